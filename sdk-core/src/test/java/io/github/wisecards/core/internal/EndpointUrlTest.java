package io.github.wisecards.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class EndpointUrlTest {
    private static final PathParam<Long> PROFILE = PathParam.positiveId("profileId");
    private static final PathParam<String> NAME = PathParam.text("name");
    private static final Endpoint<Thing> RESOURCE = Endpoint.builder(
                    "GET", "/v3/spend/profiles/{profileId}/things/{name}", ResponseDecoder.json(Thing.class))
            .pathParams(PROFILE, NAME)
            .build();
    private static final Endpoint<Thing> COLLECTION = Endpoint.builder(
                    "POST", "/v3/spend/profiles/{profileId}/things", ResponseDecoder.json(Thing.class))
            .pathParams(PROFILE)
            .build();
    private static final Endpoint<Thing> FLAT = Endpoint.builder("GET", "/v1/things", ResponseDecoder.json(Thing.class))
            .build();
    private static final HttpUrl BASE = HttpUrl.get("http://127.0.0.1:8080/");

    @Test
    void urlBuiltOnTheEndpointPrefixEqualsParsingTheWholeUrl() {
        ApiRequest<Thing> request = RESOURCE.request()
                .path(PROFILE, 123456L)
                .path(NAME, "a/b c%d?é")
                .query("pageSize", 10)
                .query("q", "x&y z")
                .build();

        HttpUrl url = new EndpointUrl(BASE, RESOURCE).of(request);

        assertThat(url).isEqualTo(HttpUrl.get(BASE + request.path().substring(1) + "?pageSize=10&q=x%26y%20z"));
        assertThat(url.pathSegments()).containsExactly("v3", "spend", "profiles", "123456", "things", "a/b c%d?é");
    }

    @Test
    void urlOfAPathWithoutPlaceholdersIsThePrefixItself() {
        EndpointUrl urls = new EndpointUrl(BASE, FLAT);

        HttpUrl url = urls.of(FLAT.request().build());

        assertThat(url).isSameAs(urls.prefix());
        assertThat(url).isEqualTo(HttpUrl.get("http://127.0.0.1:8080/v1/things"));
    }

    @Test
    void collectionUrlIsReusedForTheSameProfileAndRebuiltForAnother() {
        EndpointUrl urls = new EndpointUrl(BASE, COLLECTION);

        HttpUrl first = urls.of(COLLECTION.request().path(PROFILE, 1L).build());
        HttpUrl again = urls.of(COLLECTION.request().path(PROFILE, 1L).build());
        HttpUrl other = urls.of(COLLECTION.request().path(PROFILE, 2L).build());
        HttpUrl withQuery =
                urls.of(COLLECTION.request().path(PROFILE, 2L).query("a", "b").build());

        assertThat(again).isSameAs(first);
        assertThat(first).isEqualTo(HttpUrl.get("http://127.0.0.1:8080/v3/spend/profiles/1/things"));
        assertThat(other).isEqualTo(HttpUrl.get("http://127.0.0.1:8080/v3/spend/profiles/2/things"));
        assertThat(withQuery).isEqualTo(HttpUrl.get("http://127.0.0.1:8080/v3/spend/profiles/2/things?a=b"));
    }

    @Test
    void resourceUrlIsBuiltForEveryCall() {
        EndpointUrl urls = new EndpointUrl(BASE, RESOURCE);

        HttpUrl first =
                urls.of(RESOURCE.request().path(PROFILE, 1L).path(NAME, "x").build());
        HttpUrl again =
                urls.of(RESOURCE.request().path(PROFILE, 1L).path(NAME, "x").build());

        assertThat(again).isEqualTo(first).isNotSameAs(first);
    }
}
