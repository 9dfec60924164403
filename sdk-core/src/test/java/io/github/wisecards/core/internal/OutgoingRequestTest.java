package io.github.wisecards.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.Environment;
import io.github.wisecards.core.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class OutgoingRequestTest {
    private static final PathParam<Long> PROFILE = PathParam.positiveId("profileId");
    private static final PathParam<String> NAME = PathParam.text("name");
    private static final Endpoint<Thing> NESTED = Endpoint.builder(
                    "GET", "/v3/spend/profiles/{profileId}/things/{name}", ResponseDecoder.json(Thing.class))
            .pathParams(PROFILE, NAME)
            .build();
    private static final Endpoint<Thing> FLAT = Endpoint.builder("GET", "/v1/things", ResponseDecoder.json(Thing.class))
            .build();
    private static final HttpUrl BASE = HttpUrl.get("http://127.0.0.1:8080/");

    private static ClientOptions options(Map<String, String> defaultHeaders) {
        ClientOptions.OptionsBuilder b = ClientOptions.builder()
                .environment(Environment.custom(BASE.toString(), BASE.toString()))
                .accessToken("test-access-token-0001");
        defaultHeaders.forEach(b::putDefaultHeader);
        return b.build();
    }

    private static OutgoingRequest outgoing(ApiRequest<?> request, Headers clientHeaders, String key) {
        return new OutgoingRequest(
                request, OutgoingRequest.prefixUrl(BASE, request.endpoint()), clientHeaders, key, null);
    }

    @Test
    void urlBuiltOnTheEndpointPrefixEqualsParsingTheWholeUrl() {
        ApiRequest<Thing> request = NESTED.request()
                .path(PROFILE, 123456L)
                .path(NAME, "a/b c%d?é")
                .query("pageSize", 10)
                .query("q", "x&y z")
                .build();

        HttpUrl url = outgoing(request, Headers.of(), null).url;

        assertThat(url).isEqualTo(HttpUrl.get(BASE + request.path().substring(1) + "?pageSize=10&q=x%26y%20z"));
        assertThat(url.pathSegments()).containsExactly("v3", "spend", "profiles", "123456", "things", "a/b c%d?é");
    }

    @Test
    void urlOfAPathWithoutPlaceholdersIsThePrefixItself() {
        ApiRequest<Thing> request = FLAT.request().build();
        HttpUrl prefix = OutgoingRequest.prefixUrl(BASE, FLAT);

        OutgoingRequest out = new OutgoingRequest(request, prefix, Headers.of(), null, null);

        assertThat(out.url).isSameAs(prefix);
        assertThat(out.url).isEqualTo(HttpUrl.get("http://127.0.0.1:8080/v1/things"));
    }

    @Test
    void callHeadersFollowTheClientHeadersAndReplaceThoseOfTheSameName() {
        Headers client = OutgoingRequest.clientHeaders(
                "wise-cards-java/test", options(Map.of("X-Partner", "client", "X-Region", "eu")));
        ApiRequest<Thing> request = FLAT.request()
                .options(RequestOptions.builder().putHeader("x-partner", "call").build())
                .build();

        Headers headers = outgoing(request, client, "054064c9-e01e-49fb-8fd9-b0990b9442f4")
                .headers("Bearer token-1");

        assertThat(headers.get("User-Agent")).isEqualTo("wise-cards-java/test");
        assertThat(headers.get("Accept")).isEqualTo("application/json");
        assertThat(headers.values("X-Partner")).containsExactly("call");
        assertThat(headers.get("X-Region")).isEqualTo("eu");
        assertThat(headers.get(Endpoint.IDEMPOTENCY_HEADER)).isEqualTo("054064c9-e01e-49fb-8fd9-b0990b9442f4");
        assertThat(headers.get("Authorization")).isEqualTo("Bearer token-1");
    }

    @Test
    void callWithoutHeadersOfItsOwnSendsTheClientHeadersAsBuilt() {
        Headers client = OutgoingRequest.clientHeaders("wise-cards-java/test", options(Map.of()));

        OutgoingRequest out = outgoing(FLAT.request().build(), client, null);

        assertThat(out.headers(null)).isSameAs(client);
        assertThat(out.headers(null).names()).containsExactly("Accept", "User-Agent");
    }

    @Test
    void jsonBodyBytesAreWhatTheMapperWritesForIt() throws Exception {
        JsonBody<Thing> body = JsonBody.of(new Thing(7, "sev\"en \u00e9"), (out, t) -> {
            out.writeStartObject();
            out.writeNumberField("id", t.id());
            JsonBody.string(out, "name", t.name());
            JsonBody.string(out, "absent", null);
            out.writeEndObject();
        });

        byte[] bytes = body.toBytes();

        assertThat(bytes).isEqualTo(Json.mapper().writeValueAsBytes(body));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("{\"id\":7,\"name\":\"sev\\\"en é\"}");
    }
}
