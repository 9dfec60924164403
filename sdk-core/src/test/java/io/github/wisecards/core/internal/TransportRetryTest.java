package io.github.wisecards.core.internal;

import static io.github.wisecards.core.testkit.MockServers.json;
import static io.github.wisecards.core.testkit.MockServers.jsonBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.wisecards.core.ApiResponse;
import io.github.wisecards.core.RequestAttempt;
import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.core.errors.ApiConnectionException;
import io.github.wisecards.core.errors.ApiException;
import io.github.wisecards.core.errors.ServerException;
import io.github.wisecards.core.testkit.MockServers;
import io.github.wisecards.core.testkit.SequenceRandom;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransportRetryTest {
    @StartStop
    final MockWebServer server = MockServers.newServer();

    private final TestOptions test = new TestOptions();

    private Transport transport(
            java.util.function.UnaryOperator<io.github.wisecards.core.ClientOptions.OptionsBuilder> f) {
        return Transport.create(f.apply(test.builder(server)).build());
    }

    private static MockResponse ok() {
        return json(200, Thing.JSON);
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503, 504})
    void retryableStatusIsRetriedThenSucceeds(int status) throws Exception {
        server.enqueue(json(status, "{}"));
        server.enqueue(ok());
        try (Transport t = transport(b -> b)) {
            ApiResponse<Thing> r = t.execute(Thing.get(1).build());

            assertThat(r.data()).isEqualTo(new Thing(7, "seven"));
            assertThat(r.attempts()).isEqualTo(2);
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
        // backoff of the first retry: 0.5 (jitter) * 500 ms base
        assertThat(test.sleeper.sleeps()).containsExactly(Duration.ofMillis(250));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 422, 501})
    void nonRetryableStatusIsNotRetried(int status) {
        server.enqueue(json(status, "{}"));
        server.enqueue(ok()); // what a retry would get: the call would succeed
        List<RequestAttempt> attempts = new CopyOnWriteArrayList<>();
        try (Transport t = transport(b -> b.addRequestListener(attempts::add))) {
            assertThatThrownBy(() -> t.execute(Thing.get(1).build()))
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.statusCode()).isEqualTo(status));
        }
        assertThat(attempts).singleElement().satisfies(a -> {
            assertThat(a.statusCode()).hasValue(status);
            assertThat(a.willRetry()).isFalse();
        });
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(test.sleeper.sleeps()).isEmpty();
    }

    @Test
    void retriesStopAtMaxRetriesAndThrowTheLastError() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(503, "{}"));
        }
        try (Transport t = transport(b -> b)) {
            ServerException e = catchThrowableOfType(
                    ServerException.class, () -> t.execute(Thing.get(1).build()));
            assertThat(e.statusCode()).isEqualTo(503);
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(test.sleeper.sleeps()).hasSize(2);
    }

    @Test
    void connectionResetIsRetried() {
        server.enqueue(new MockResponse.Builder()
                .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
                .build());
        server.enqueue(ok());
        try (Transport t = transport(b -> b)) {
            assertThat(t.execute(Thing.get(1).build()).attempts()).isEqualTo(2);
        }
    }

    @Test
    void connectionFailureExhaustingRetriesThrowsApiConnectionException() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder()
                    .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
                    .build());
        }
        try (Transport t = transport(b -> b)) {
            ApiConnectionException e = catchThrowableOfType(
                    ApiConnectionException.class, () -> t.execute(Thing.get(1).build()));
            assertThat(e.method()).isEqualTo("GET");
            assertThat(e.path()).isEqualTo("/v1/things/1");
            assertThat(e.isTimeout()).isFalse();
        }
        assertThat(test.sleeper.sleeps()).hasSize(2);
    }

    @Test
    void readTimeoutIsRetried() {
        server.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.Stall.INSTANCE)
                .build());
        server.enqueue(ok());
        try (Transport t = transport(b -> b.readTimeout(Duration.ofMillis(200)))) {
            assertThat(t.execute(Thing.get(1).build()).attempts()).isEqualTo(2);
        }
    }

    @Test
    void readTimeoutWithoutRetriesIsATimeoutConnectionException() {
        server.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.Stall.INSTANCE)
                .build());
        try (Transport t = transport(b -> b.readTimeout(Duration.ofMillis(200)).maxRetries(0))) {
            ApiConnectionException e = catchThrowableOfType(
                    ApiConnectionException.class, () -> t.execute(Thing.get(1).build()));
            assertThat(e.isTimeout()).isTrue();
        }
    }

    @Test
    void retryAfterSecondsIsHonoured() {
        server.enqueue(jsonBuilder(429, "{}").setHeader("Retry-After", "3").build());
        server.enqueue(ok());
        try (Transport t = transport(b -> b)) {
            t.execute(Thing.get(1).build());
        }
        assertThat(test.sleeper.sleeps()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void retryAfterHttpDateIsRelativeToTheClock() {
        String at = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                test.clock.instant().plusSeconds(12).atOffset(ZoneOffset.UTC));
        server.enqueue(jsonBuilder(503, "{}").setHeader("Retry-After", at).build());
        server.enqueue(ok());
        try (Transport t = transport(b -> b)) {
            t.execute(Thing.get(1).build());
        }
        assertThat(test.sleeper.sleeps()).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void retryAfterOverTheCapWaitsExactlyTheCap() {
        server.enqueue(jsonBuilder(429, "{}").setHeader("Retry-After", "3600").build());
        server.enqueue(ok());
        try (Transport t = transport(b -> b.callTimeout(Duration.ofMinutes(5)))) {
            t.execute(Thing.get(1).build());
        }
        assertThat(test.sleeper.sleeps()).containsExactly(Duration.ofSeconds(60));
    }

    @Test
    void postWithoutIdempotencyKeyIsNotRetried() {
        server.enqueue(json(503, "{}"));
        try (Transport t = transport(b -> b)) {
            ServerException e = catchThrowableOfType(
                    ServerException.class,
                    () -> t.execute(Thing.CREATE_WITHOUT_KEY
                            .request()
                            .jsonBody(Map.of("name", "x"))
                            .build()));
            assertThat(e.idempotencyKey()).isEmpty();
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void postWithoutIdempotencyKeyIsNotRetriedAfterConnectionFailure() {
        server.enqueue(new MockResponse.Builder()
                .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
                .build());
        server.enqueue(ok());
        try (Transport t = transport(b -> b)) {
            assertThatThrownBy(() -> t.execute(Thing.CREATE_WITHOUT_KEY
                            .request()
                            .jsonBody(Map.of("name", "x"))
                            .build()))
                    .isInstanceOf(ApiConnectionException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void postWithIdempotencyKeyIsRetriedWithTheSameGeneratedKey() throws Exception {
        server.enqueue(json(500, "{}"));
        server.enqueue(new MockResponse.Builder()
                .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
                .build());
        server.enqueue(ok());
        ApiResponse<Thing> r;
        try (Transport t = transport(b -> b)) {
            r = t.execute(Thing.CREATE.request().jsonBody(Map.of("name", "x")).build());
        }
        assertThat(r.idempotencyKey()).contains("00000000-0000-4000-8000-000000000001");
        assertThat(r.attempts()).isEqualTo(3);
        assertThat(server.getRequestCount()).isEqualTo(3);
        RecordedRequest first = server.takeRequest();
        assertThat(first.getMethod()).isEqualTo("POST");
        assertThat(first.getBody().utf8()).isEqualTo("{\"name\":\"x\"}");
        assertThat(first.getHeaders().get("X-idempotence-uuid")).isEqualTo("00000000-0000-4000-8000-000000000001");
        assertThat(server.takeRequest().getHeaders().get("X-idempotence-uuid"))
                .isEqualTo("00000000-0000-4000-8000-000000000001");
        assertThat(server.takeRequest().getHeaders().get("X-idempotence-uuid"))
                .isEqualTo("00000000-0000-4000-8000-000000000001");
        assertThat(test.keys.get()).isEqualTo(1);
    }

    @Test
    void everyAttemptOfAPostSendsTheSameKey() throws Exception {
        server.enqueue(json(502, "{}"));
        server.enqueue(json(503, "{}"));
        server.enqueue(ok());
        try (Transport t = transport(b -> b)) {
            t.execute(Thing.CREATE.request().jsonBody(Map.of("name", "x")).build());
        }
        for (int i = 0; i < 3; i++) {
            assertThat(server.takeRequest().getHeaders().get("X-idempotence-uuid"))
                    .isEqualTo("00000000-0000-4000-8000-000000000001");
        }
    }

    @Test
    void callerGivenIdempotencyKeyIsUsed() throws Exception {
        server.enqueue(json(500, "{}"));
        server.enqueue(ok());
        try (Transport t = transport(b -> b)) {
            ApiResponse<Thing> r = t.execute(Thing.CREATE
                    .request()
                    .jsonBody(Map.of("name", "x"))
                    .options(RequestOptions.builder()
                            .idempotencyKey("00000000-0000-4000-8000-000000000042")
                            .build())
                    .build());
            assertThat(r.idempotencyKey()).contains("00000000-0000-4000-8000-000000000042");
        }
        assertThat(server.takeRequest().getHeaders().get("X-idempotence-uuid"))
                .isEqualTo("00000000-0000-4000-8000-000000000042");
        assertThat(server.takeRequest().getHeaders().get("X-idempotence-uuid"))
                .isEqualTo("00000000-0000-4000-8000-000000000042");
        assertThat(test.keys.get()).isZero();
    }

    @Test
    void eachLogicalCallGetsItsOwnKey() throws Exception {
        server.enqueue(ok());
        server.enqueue(ok());
        try (Transport t = transport(b -> b)) {
            t.execute(Thing.CREATE.request().jsonBody(Map.of("name", "x")).build());
            t.execute(Thing.CREATE.request().jsonBody(Map.of("name", "x")).build());
        }
        assertThat(server.takeRequest().getHeaders().get("X-idempotence-uuid"))
                .isEqualTo("00000000-0000-4000-8000-000000000001");
        assertThat(server.takeRequest().getHeaders().get("X-idempotence-uuid"))
                .isEqualTo("00000000-0000-4000-8000-000000000002");
    }

    @Test
    void callTimeoutStopsRetries() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(json(503, "{}"));
        }
        // jitter 0.9: waits 450 ms, then would wait 900 ms with only 550 ms left
        try (Transport t = transport(
                b -> b.callTimeout(Duration.ofSeconds(1)).maxRetries(4).random(SequenceRandom.of(0.9)))) {
            assertThatThrownBy(() -> t.execute(Thing.get(1).build())).isInstanceOf(ServerException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(test.sleeper.sleeps()).containsExactly(Duration.ofMillis(450));
    }

    @Test
    void callTimeoutBoundsAStalledAttemptOnTheRealClock() {
        server.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.Stall.INSTANCE)
                .build());
        long start = System.nanoTime();
        try (Transport t = transport(b -> b.clock(java.time.Clock.systemUTC()).callTimeout(Duration.ofMillis(300)))) {
            ApiConnectionException e = catchThrowableOfType(
                    ApiConnectionException.class, () -> t.execute(Thing.get(1).build()));
            assertThat(e.isTimeout()).isTrue();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aFailingListenerDoesNotBreakTheCall() {
        server.enqueue(ok());
        try (io.github.wisecards.core.testkit.LogCapture logs =
                        io.github.wisecards.core.testkit.LogCapture.start("io.github.wisecards.http");
                Transport t = transport(b -> b.addRequestListener(a -> {
                    throw new IllegalStateException("listener bug");
                }))) {
            assertThat(t.execute(Thing.get(1).build()).data().id()).isEqualTo(7);
            assertThat(logs.events(org.slf4j.event.Level.WARN)).hasSize(1);
        }
    }

    @Test
    void requestOptionsTimeoutStopsRetries() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(jsonBuilder(429, "{}").setHeader("Retry-After", "20").build());
        }
        // 30 s leave room for one wait of 20 s; the client's default 60 s would allow two
        try (Transport t = transport(b -> b.maxRetries(4))) {
            assertThatThrownBy(() -> t.execute(Thing.get(1)
                            .options(RequestOptions.builder()
                                    .timeout(Duration.ofSeconds(30))
                                    .build())
                            .build()))
                    .isInstanceOf(ApiException.class);
        }
        assertThat(test.sleeper.sleeps()).containsExactly(Duration.ofSeconds(20));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void requestOptionsMaxRetriesOverridesTheClient() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(json(500, "{}"));
        }
        try (Transport t = transport(b -> b.maxRetries(4))) {
            assertThatThrownBy(() -> t.execute(Thing.get(1)
                            .options(RequestOptions.builder().maxRetries(1).build())
                            .build()))
                    .isInstanceOf(ServerException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void backoffFollowsFullJitterBounds() {
        for (int i = 0; i < 6; i++) {
            server.enqueue(json(500, "{}"));
        }
        server.enqueue(ok());
        // 0.999 is the top of the range
        try (Transport t = transport(b -> b.maxRetries(6)
                .callTimeout(Duration.ofMinutes(5))
                .random(SequenceRandom.of(0.999, 0.999, 0.999, 0.999, 0.999, 0.25)))) {
            t.execute(Thing.get(1).build());
        }
        assertThat(test.sleeper.sleeps())
                .containsExactly(
                        Duration.ofNanos((long) (0.999 * 500_000_000L)),
                        Duration.ofNanos((long) (0.999 * 1_000_000_000L)),
                        Duration.ofNanos((long) (0.999 * 2_000_000_000L)),
                        Duration.ofNanos((long) (0.999 * 4_000_000_000L)),
                        Duration.ofNanos((long) (0.999 * 8_000_000_000L)), // capped at 8 s
                        Duration.ofSeconds(2));
    }

    @Test
    void retryPolicyDelaysStayWithinTheFullJitterCeiling() {
        RetryPolicy p = new RetryPolicy(
                Duration.ofMillis(500),
                Duration.ofSeconds(8),
                Duration.ofSeconds(60),
                new java.util.SplittableRandom(1));
        for (int retry = 1; retry <= 40; retry++) {
            long ceiling = Math.min(8_000L, 500L << Math.min(retry - 1, 20));
            for (int i = 0; i < 50; i++) {
                Duration d = p.delay(retry, null);
                assertThat(d).isBetween(Duration.ZERO, Duration.ofMillis(ceiling));
            }
        }
    }

    @Test
    void listenerSeesEveryAttemptWithThePathTemplate() {
        List<RequestAttempt> attempts = new CopyOnWriteArrayList<>();
        server.enqueue(jsonBuilder(503, "{}").setHeader("x-trace-id", "t-1").build());
        server.enqueue(
                jsonBuilder(200, Thing.JSON).setHeader("x-trace-id", "t-2").build());
        try (Transport t = transport(b -> b.addRequestListener(attempts::add))) {
            t.execute(Thing.get(99).build());
        }
        assertThat(attempts).hasSize(2);
        RequestAttempt first = attempts.get(0);
        assertThat(first.method()).isEqualTo("GET");
        assertThat(first.pathTemplate()).isEqualTo("/v1/things/{thingId}");
        assertThat(first.statusCode()).hasValue(503);
        assertThat(first.attemptNumber()).isEqualTo(1);
        assertThat(first.traceId()).contains("t-1");
        assertThat(first.error()).get().isInstanceOf(ServerException.class);
        assertThat(first.willRetry()).isTrue();
        RequestAttempt second = attempts.get(1);
        assertThat(second.attemptNumber()).isEqualTo(2);
        assertThat(second.error()).isEmpty();
        assertThat(second.willRetry()).isFalse();
    }
}
