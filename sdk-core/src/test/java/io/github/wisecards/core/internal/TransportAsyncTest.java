package io.github.wisecards.core.internal;

import static io.github.wisecards.core.testkit.MockServers.json;
import static io.github.wisecards.core.testkit.MockServers.jsonBuilder;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.core.ApiResponse;
import io.github.wisecards.core.errors.ApiConnectionException;
import io.github.wisecards.core.errors.AuthenticationException;
import io.github.wisecards.core.errors.NotFoundException;
import io.github.wisecards.core.errors.ServerException;
import io.github.wisecards.core.testkit.MockServers;
import io.github.wisecards.core.testkit.SequenceRandom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TransportAsyncTest {
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
        transport.close();
    }

    private static Throwable failure(CompletableFuture<?> future) throws Exception {
        try {
            future.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("future succeeded");
    }

    @Test
    void asyncRetriesRetryableStatusesThenSucceeds() throws Exception {
        server.enqueue(json(503, "{}"));
        server.enqueue(json(429, "{}"));
        server.enqueue(json(200, Thing.JSON));

        ApiResponse<Thing> r =
                transport(b -> b).executeAsync(Thing.get(1).build()).get(10, TimeUnit.SECONDS);

        assertThat(r.data()).isEqualTo(new Thing(7, "seven"));
        assertThat(r.attempts()).isEqualTo(3);
        assertThat(test.sleeper.sleeps()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
    }

    @Test
    void asyncRetriesConnectionResetForPostWithTheSameKey() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
                .build());
        server.enqueue(json(200, Thing.JSON));

        ApiResponse<Thing> r = transport(b -> b)
                .executeAsync(
                        Thing.CREATE.request().jsonBody(Map.of("name", "x")).build())
                .get(10, TimeUnit.SECONDS);

        assertThat(r.attempts()).isEqualTo(2);
        assertThat(server.takeRequest().getHeaders().get("X-idempotence-uuid"))
                .isEqualTo("00000000-0000-4000-8000-000000000001");
        assertThat(server.takeRequest().getHeaders().get("X-idempotence-uuid"))
                .isEqualTo("00000000-0000-4000-8000-000000000001");
    }

    @Test
    void asyncPostWithoutKeyIsNotRetried() throws Exception {
        server.enqueue(json(500, "{}"));

        Throwable e = failure(transport(b -> b)
                .executeAsync(Thing.CREATE_WITHOUT_KEY
                        .request()
                        .jsonBody(Map.of("a", 1))
                        .build()));

        assertThat(e).isInstanceOf(ServerException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void asyncFailsWithTypedExceptions() throws Exception {
        server.enqueue(jsonBuilder(404, "{\"errors\":[{\"code\":\"not.found\",\"message\":\"No thing\"}]}")
                .setHeader("x-trace-id", "trace-404")
                .build());
        server.enqueue(json(401, "{}"));

        Transport t = transport(b -> b);
        Throwable notFound = failure(t.executeAsync(Thing.get(5).build()));
        Throwable unauthorized = failure(t.executeAsync(Thing.get(6).build()));

        assertThat(notFound).isInstanceOf(NotFoundException.class);
        assertThat(((NotFoundException) notFound).traceId()).contains("trace-404");
        assertThat(unauthorized).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void asyncDeadlineStopsRetries() throws Exception {
        for (int i = 0; i < 5; i++) {
            server.enqueue(json(502, "{}"));
        }

        Throwable e = failure(transport(
                        b -> b.callTimeout(Duration.ofSeconds(1)).maxRetries(4).random(SequenceRandom.of(0.9)))
                .executeAsync(Thing.get(1).build()));

        assertThat(e).isInstanceOf(ServerException.class);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void asyncConnectionFailureIsApiConnectionException() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder()
                    .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
                    .build());
        }

        Throwable e = failure(transport(b -> b).executeAsync(Thing.get(1).build()));

        assertThat(e).isInstanceOf(ApiConnectionException.class);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void asyncFailsWhenAnErrorHandlerThrowsAnUnexpectedException() throws Exception {
        Endpoint<Thing> broken = Endpoint.builder("GET", "/v1/broken", ResponseDecoder.json(Thing.class))
                .errorHandler(r -> {
                    throw new IllegalStateException("handler bug");
                })
                .build();
        server.enqueue(json(422, "{}"));

        Throwable e = failure(transport(b -> b).executeAsync(broken.request().build()));

        assertThat(e).isInstanceOf(IllegalStateException.class).hasMessage("handler bug");
    }

    @Test
    void asyncOnAClosedTransportFailsImmediately() throws Exception {
        Transport t = transport(b -> b);
        t.close();

        assertThat(failure(t.executeAsync(Thing.get(1).build()))).isInstanceOf(IllegalStateException.class);
    }

    /** A sleeper whose waits before a retry are the given future, whatever their length. */
    private static io.github.wisecards.core.Sleeper delayingWith(
            java.util.function.Function<Duration, CompletableFuture<Void>> delay) {
        return new io.github.wisecards.core.Sleeper() {
            @Override
            public void sleep(Duration duration) {
                throw new AssertionError("an async call never blocks");
            }

            @Override
            public CompletableFuture<Void> delay(Duration duration) {
                return delay.apply(duration);
            }
        };
    }

    @Test
    void anAsyncSandboxOnlyCallInProductionFailsWithoutSending() throws Exception {
        Endpoint<Thing> sandboxOnly = Endpoint.builder("GET", "/v1/simulate", ResponseDecoder.json(Thing.class))
                .sandboxOnly(path -> new io.github.wisecards.core.errors.ValidationException(
                        "simulation",
                        java.util.List.of(io.github.wisecards.core.errors.FieldViolation.of(
                                "environment", "sandbox only: " + path))))
                .build();

        Throwable e = failure(transport(b -> b.environment(io.github.wisecards.core.Environment.PRODUCTION))
                .executeAsync(sandboxOnly.request().build()));

        assertThat(e)
                .isInstanceOf(io.github.wisecards.core.errors.ValidationException.class)
                .hasMessageContaining("sandbox only: GET /v1/simulate");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void anAsyncRetryWhoseWaitOverranTheDeadlineFailsAsATimeout() throws Exception {
        server.enqueue(json(503, "{}"));
        server.enqueue(json(200, Thing.JSON));

        // the wait took far longer than asked: the deadline has passed when the retry would start
        Throwable e = failure(transport(b -> b.sleeper(delayingWith(d -> {
                    test.clock.advance(Duration.ofMinutes(5));
                    return CompletableFuture.completedFuture(null);
                })))
                .executeAsync(Thing.get(1).build()));

        assertThat(e).isInstanceOfSatisfying(ApiConnectionException.class, x -> {
            assertThat(x.isTimeout()).isTrue();
            assertThat(x.getCause()).hasMessage("call deadline passed before attempt 2");
        });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anAsyncRetryWhoseWaitFailedFailsWithThatError() throws Exception {
        server.enqueue(json(503, "{}"));
        server.enqueue(json(200, Thing.JSON));
        IllegalStateException broken = new IllegalStateException("timer broken");

        Throwable e = failure(transport(b -> b.sleeper(delayingWith(d -> CompletableFuture.failedFuture(broken))))
                .executeAsync(Thing.get(1).build()));

        assertThat(e).isSameAs(broken);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anAsyncRetryAfterTheClientClosedFailsWithoutSending() throws Exception {
        server.enqueue(json(503, "{}"));
        server.enqueue(json(200, Thing.JSON));
        CompletableFuture<Void> wait = new CompletableFuture<>();
        CompletableFuture<Void> waiting = new CompletableFuture<>();

        CompletableFuture<ApiResponse<Thing>> future = transport(b -> b.sleeper(delayingWith(d -> {
                    waiting.complete(null);
                    return wait;
                })))
                .executeAsync(Thing.get(1).build());
        waiting.get(10, TimeUnit.SECONDS);
        transport.close();
        wait.complete(null);

        assertThat(failure(future)).isInstanceOfSatisfying(ApiConnectionException.class, x -> {
            assertThat(x.isTimeout()).isFalse();
            assertThat(x.getCause()).hasMessage("client closed before attempt 2");
        });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anAsyncCallWhoseTokenProviderGivesNoTokenFailsTyped() throws Exception {
        Throwable e = failure(transport(b -> b.tokenProvider(() -> null))
                .executeAsync(Thing.get(1).build()));

        assertThat(e)
                .isInstanceOf(io.github.wisecards.core.errors.ValidationException.class)
                .hasMessageContaining("accessToken");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void theTransportKeepsTheOptionsItWasBuiltFrom() {
        io.github.wisecards.core.ClientOptions options = test.builder(server).build();
        transport = Transport.create(options);

        assertThat(transport.options()).isSameAs(options);
    }
}
