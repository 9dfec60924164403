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
                request, new EndpointUrl(BASE, request.endpoint()).of(request), clientHeaders, key, null);
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
