package io.github.wisecards.core.internal;

import static io.github.wisecards.core.testkit.MockServers.json;
import static io.github.wisecards.core.testkit.MockServers.jsonBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.wisecards.core.ApiResponse;
import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.core.errors.ApiConnectionException;
import io.github.wisecards.core.errors.InvalidResponseException;
import io.github.wisecards.core.errors.NotFoundException;
import io.github.wisecards.core.testkit.MockServers;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TransportRequestTest {
    @StartStop
    final MockWebServer server = MockServers.newServer();

    private final TestOptions test = new TestOptions();
    private Transport transport;

    private Transport transport(
            java.util.function.UnaryOperator<io.github.wisecards.core.ClientOptions.OptionsBuilder> f) {
        transport = Transport.create(f.apply(test.builder(server)).build());
        return transport;
    }

    @AfterEach
    void tearDown() {
        if (transport != null) {
            transport.close();
        }
    }

    @Test
    void sendsUserAgentWithVersionRuntimeOsAndAppInfo() throws Exception {
        server.enqueue(json(200, Thing.JSON));
        transport(b -> b.appInfo("acme-cards", "2.3.1")).execute(Thing.get(1).build());

        String ua = server.takeRequest().getHeaders().get("User-Agent");
        assertThat(SdkVersion.VERSION).isNotEqualTo("unknown").matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(ua)
                .isEqualTo("wise-cards-java/" + SdkVersion.VERSION + " Java/" + System.getProperty("java.version")
                        + " " + System.getProperty("os.name").replace(' ', '_') + "/"
                        + System.getProperty("os.arch") + " acme-cards/2.3.1");
        assertThat(ua).matches("wise-cards-java/\\S+ Java/\\S+ \\S+ acme-cards/2\\.3\\.1");
    }

    @Test
    void appInfoRejectsSpaces() {
        assertThatThrownBy(() -> test.builder(server).appInfo("acme cards", "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("appInfo.name");
    }

    @Test
    void sendsAuthorizationAcceptDefaultAndPerCallHeaders() throws Exception {
        server.enqueue(json(200, Thing.JSON));
        transport(b -> b.putDefaultHeader("X-Partner", "acme").putDefaultHeader("X-Region", "eu"))
                .execute(Thing.get(1)
                        .options(RequestOptions.builder()
                                .putHeader("X-Region", "us")
                                .putHeader("X-Request-Tag", "t1")
                                .build())
                        .build());

        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + TestOptions.ACCESS_TOKEN);
        assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(r.getHeaders().get("X-Partner")).isEqualTo("acme");
        assertThat(r.getHeaders().get("X-Region")).isEqualTo("us");
        assertThat(r.getHeaders().get("X-Request-Tag")).isEqualTo("t1");
        assertThat(r.getHeaders().get("X-idempotence-uuid")).isNull();
        assertThat(r.getHeaders().get("X-External-Correlation-Id")).isNull();
    }

    @Test
    void fillsPathAndQueryPercentEncoded() throws Exception {
        server.enqueue(json(200, Thing.JSON));
        transport(b -> b)
                .execute(Thing.get("a b/c")
                        .query("pageSize", 10)
                        .query("status", "A&B")
                        .query("ignored", null)
                        .build());

        assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/things/a%20b%2Fc?pageSize=10&status=A%26B");
    }

    @Test
    void sendsCorrelationIdAndExposesTheEchoedOne() throws Exception {
        server.enqueue(jsonBuilder(200, Thing.JSON)
                .setHeader("X-External-Correlation-Id", "00000000-0000-4000-8000-0000000000c4")
                .setHeader("x-trace-id", "trace-ok")
                .build());

        ApiResponse<Thing> r = transport(b -> b)
                .execute(Thing.get(1)
                        .options(RequestOptions.builder()
                                .correlationId("00000000-0000-4000-8000-0000000000c4")
                                .build())
                        .build());

        assertThat(server.takeRequest().getHeaders().get("X-External-Correlation-Id"))
                .isEqualTo("00000000-0000-4000-8000-0000000000c4");
        assertThat(r.correlationId()).contains("00000000-0000-4000-8000-0000000000c4");
        assertThat(r.traceId()).contains("trace-ok");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.header("X-TRACE-ID")).contains("trace-ok");
        assertThat(r.headers()).containsKey("x-trace-id");
    }

    @Test
    void headersManagedByTheSdkCannotBeSetPerCall() {
        for (String name :
                new String[] {"Authorization", "x-idempotence-uuid", "X-External-Correlation-Id", "user-agent"}) {
            assertThatThrownBy(() -> RequestOptions.builder().putHeader(name, "v"))
                    .isInstanceOf(io.github.wisecards.core.errors.ValidationException.class)
                    .hasMessageContaining(name);
        }
    }

    @Test
    void idempotencyKeyIsNeitherSentNorReportedForEndpointsWithoutOne() throws Exception {
        server.enqueue(json(200, Thing.JSON));
        server.enqueue(json(404, "{}"));
        RequestOptions withKey = RequestOptions.builder()
                .idempotencyKey("00000000-0000-4000-8000-0000000000ff")
                .build();
        Transport t = transport(b -> b);

        ApiResponse<Thing> r = t.execute(Thing.get(1).options(withKey).build());
        NotFoundException e = catchThrowableOfType(
                NotFoundException.class,
                () -> t.execute(Thing.get(2).options(withKey).build()));

        assertThat(server.takeRequest().getHeaders().get("X-idempotence-uuid")).isNull();
        assertThat(r.idempotencyKey()).isEmpty();
        assertThat(e.idempotencyKey()).isEmpty();
    }

    @Test
    void htmlOnSuccessIsInvalidResponseWithoutBodyContent() {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "text/html")
                .setHeader("x-trace-id", "trace-html")
                .body("<html>secret-proxy-page</html>")
                .build());

        InvalidResponseException e = catchThrowableOfType(
                InvalidResponseException.class,
                () -> transport(b -> b).execute(Thing.get(1).build()));

        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e.traceId()).contains("trace-html");
        assertThat(e.getMessage()).contains("GET /v1/things/1").doesNotContain("secret-proxy-page");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void emptyBodyOnSuccessIsInvalidResponse() {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .setHeader("x-trace-id", "trace-empty")
                .build());
        server.enqueue(json(200, Thing.JSON)); // what a retry would get: an invalid body is final

        assertThatThrownBy(() -> transport(b -> b).execute(Thing.get(1).build()))
                .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(200);
                    assertThat(e.traceId()).contains("trace-empty");
                    assertThat(e.getMessage()).contains("GET /v1/things/1 (HTTP 200) could not be read");
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void truncatedJsonOnSuccessKeepsACauseWithoutBodyContent() {
        server.enqueue(json(200, "{\"id\":7,\"name\":\"4dc0be88-903f"));

        InvalidResponseException e = catchThrowableOfType(
                InvalidResponseException.class,
                () -> transport(b -> b).execute(Thing.get(1).build()));

        assertThat(e.getMessage()).doesNotContain("4dc0be88");
        // the cause is kept (type, stack trace), but never the parser's message quoting the body
        assertThat(e.getCause()).isNotNull();
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain("4dc0be88");
        }
        assertThat(e.bodyExcerpt()).hasValueSatisfying(x -> assertThat(x).doesNotContain("4dc0be88"));
    }

    @Test
    void wrongJsonTypeOnSuccessIsInvalidResponse() {
        server.enqueue(json(200, "{\"id\":\"not-a-number\",\"name\":\"x\"}"));

        InvalidResponseException e = catchThrowableOfType(
                InvalidResponseException.class,
                () -> transport(b -> b).execute(Thing.get(1).build()));

        assertThat(e.getMessage()).doesNotContain("not-a-number");
        assertThat(e.fieldPath()).contains("/id");
        assertThat(e.idempotencyKey()).isEmpty();
    }

    @Test
    void anUnreadableAnswerToAnIdempotentPostNamesTheKeySentSoTheCallerCanRetryWithIt() throws Exception {
        server.enqueue(json(200, "{\"id\":\"not-a-number\",\"name\":\"x\"}"));
        RequestOptions withKey = RequestOptions.builder()
                .idempotencyKey("00000000-0000-4000-8000-0000000000aa")
                .build();

        InvalidResponseException e = catchThrowableOfType(
                InvalidResponseException.class,
                () -> transport(b -> b)
                        .execute(Thing.CREATE
                                .request()
                                .jsonBody(Map.of("name", "x"))
                                .options(withKey)
                                .build()));

        assertThat(e.idempotencyKey()).contains("00000000-0000-4000-8000-0000000000aa");
        assertThat(server.takeRequest().getHeaders().get("X-idempotence-uuid"))
                .isEqualTo("00000000-0000-4000-8000-0000000000aa");
    }

    @Test
    void bodyCutOffMidStreamIsAConnectionFailureAndRetried() {
        server.enqueue(jsonBuilder(200, Thing.JSON)
                .onResponseBody(new SocketEffect.CloseSocket(true, false, false))
                .build());
        server.enqueue(json(200, Thing.JSON));

        assertThat(transport(b -> b).execute(Thing.get(1).build()).attempts()).isEqualTo(2);
    }

    @Test
    void bodyCutOffMidStreamWithoutRetriesIsApiConnectionException() {
        server.enqueue(jsonBuilder(200, Thing.JSON)
                .onResponseBody(new SocketEffect.CloseSocket(true, false, false))
                .build());
        server.enqueue(json(200, Thing.JSON)); // what a retry would get

        assertThatThrownBy(() ->
                        transport(b -> b.maxRetries(0)).execute(Thing.get(1).build()))
                .isExactlyInstanceOf(ApiConnectionException.class)
                .isInstanceOfSatisfying(ApiConnectionException.class, e -> {
                    assertThat(e.isTimeout()).isFalse();
                    assertThat(e.method()).isEqualTo("GET");
                    assertThat(e.path()).isEqualTo("/v1/things/1");
                    assertThat(e.getCause()).isInstanceOf(java.io.IOException.class);
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(test.sleeper.sleeps()).isEmpty();
    }

    @Test
    void tooLargeBodyIsInvalidResponse() {
        Buffer big = new Buffer();
        big.writeUtf8("{\"id\":7,\"name\":\"");
        byte[] chunk = "x".repeat(64 * 1024).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = 0; i < CallState.MAX_RESPONSE_BYTES / chunk.length; i++) {
            big.write(chunk);
        }
        big.writeUtf8("\"}");
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/json")
                .body(big)
                .build());

        InvalidResponseException e = catchThrowableOfType(
                InvalidResponseException.class,
                () -> transport(b -> b).execute(Thing.get(1).build()));

        assertThat(e.getMessage()).contains("larger than").doesNotContain("xxxx");
    }

    @Test
    void jsonBodyIsSentWithContentType() throws Exception {
        server.enqueue(json(200, Thing.JSON));
        transport(b -> b)
                .execute(Thing.CREATE.request().jsonBody(Map.of("name", "x")).build());

        RecordedRequest r = server.takeRequest();
        assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(r.getBody().utf8()).isEqualTo("{\"name\":\"x\"}");
    }

    @Test
    void cardDataHostEndpointsGoToTheCardDataBaseUrl() throws Exception {
        try (MockWebServer cardData = MockServers.newServer()) {
            cardData.start();
            cardData.enqueue(json(200, Thing.JSON));
            Endpoint<Thing> onCardData = Endpoint.builder("GET", "/twcard-data/v1/x", ResponseDecoder.json(Thing.class))
                    .host(Host.CARD_DATA)
                    .build();

            transport(b -> b.cardDataBaseUrl(cardData.url("/").toString()))
                    .execute(onCardData.request().build());

            assertThat(cardData.takeRequest().getTarget()).isEqualTo("/twcard-data/v1/x");
            assertThat(server.getRequestCount()).isZero();
        }
    }

    @Test
    void generatedIdempotencyKeyThatIsNotAUuidIsRefusedBeforeSending() {
        Transport t = transport(b -> b.idempotencyKeyGenerator(() -> "order-8812"));

        assertThatThrownBy(() -> t.execute(
                        Thing.CREATE.request().jsonBody(Map.of("name", "x")).build()))
                .isInstanceOf(io.github.wisecards.core.errors.ValidationException.class)
                .hasMessageContaining("idempotencyKey")
                .hasMessageContaining("UUID")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("order-8812"));
        assertThat(server.getRequestCount()).isZero();
    }
}
