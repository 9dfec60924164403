package io.github.wisecards.core.internal;

import static io.github.wisecards.core.testkit.MockServers.json;
import static io.github.wisecards.core.testkit.MockServers.jsonBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.RequestAttempt;
import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.core.Sleeper;
import io.github.wisecards.core.errors.ApiConnectionException;
import io.github.wisecards.core.errors.ApiException;
import io.github.wisecards.core.errors.RateLimitException;
import io.github.wisecards.core.testkit.MockServers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edges of the retry decision, through the transport: which deadline a call has, when a wait
 * would reach it, what counts as success, and what cancelling or interrupting a call does.
 */
class RetryDecisionTest {
    @StartStop
    final MockWebServer server = MockServers.newServer();

    private final TestOptions test = new TestOptions();

    private Transport transport(UnaryOperator<ClientOptions.OptionsBuilder> f) {
        return Transport.create(f.apply(test.builder(server)).build());
    }

    private void enqueueRateLimited(int times, int retryAfterSeconds) {
        for (int i = 0; i < times; i++) {
            server.enqueue(jsonBuilder(429, "{}")
                    .setHeader("Retry-After", String.valueOf(retryAfterSeconds))
                    .build());
        }
    }

    private static RequestOptions timeout(Duration timeout) {
        return RequestOptions.builder().timeout(timeout).build();
    }

    @Test
    void aPerRequestTimeoutShorterThanTheClientsEndsRetriesAtItsOwnDeadline() {
        enqueueRateLimited(5, 15);
        // the client's default deadline (60 s) would allow three waits of 15 s
        try (Transport t = transport(b -> b.maxRetries(4))) {
            assertThatThrownBy(() -> t.execute(Thing.get(1)
                            .options(timeout(Duration.ofSeconds(20)))
                            .build()))
                    .isInstanceOf(RateLimitException.class);
        }
        assertThat(test.sleeper.sleeps()).containsExactly(Duration.ofSeconds(15));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aPerRequestTimeoutLongerThanTheClientsAllowsMoreRetries() {
        enqueueRateLimited(2, 15);
        server.enqueue(json(200, Thing.JSON));
        // the client's own deadline (20 s) would allow a single wait of 15 s
        try (Transport t = transport(b -> b.maxRetries(4).callTimeout(Duration.ofSeconds(20)))) {
            assertThat(t.execute(Thing.get(1)
                                    .options(timeout(Duration.ofSeconds(40)))
                                    .build())
                            .attempts())
                    .isEqualTo(3);
        }
        assertThat(test.sleeper.sleeps()).containsExactly(Duration.ofSeconds(15), Duration.ofSeconds(15));
    }

    @Test
    void aRetryWhoseWaitWouldEndExactlyAtTheDeadlineIsNotMade() {
        enqueueRateLimited(1, 30);
        try (Transport t = transport(b -> b.callTimeout(Duration.ofSeconds(30)))) {
            assertThatThrownBy(() -> t.execute(Thing.get(1).build())).isInstanceOf(RateLimitException.class);
        }
        assertThat(test.sleeper.sleeps()).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRetryWhoseWaitEndsJustBeforeTheDeadlineIsMade() {
        enqueueRateLimited(1, 29);
        server.enqueue(json(200, Thing.JSON));
        try (Transport t = transport(b -> b.callTimeout(Duration.ofSeconds(30)))) {
            assertThat(t.execute(Thing.get(1).build()).attempts()).isEqualTo(2);
        }
        assertThat(test.sleeper.sleeps()).containsExactly(Duration.ofSeconds(29));
    }

    @ParameterizedTest
    @ValueSource(ints = {300, 302, 303, 399})
    void aRedirectOrOther3xxIsNeverASuccessEvenWithAReadableBody(int status) {
        server.enqueue(jsonBuilder(status, Thing.JSON)
                .setHeader("Location", server.url("/elsewhere").toString())
                .build());
        try (Transport t = transport(b -> b)) {
            assertThatThrownBy(() -> t.execute(Thing.get(1).build()))
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.statusCode()).isEqualTo(status));
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void cancellingAnAsyncCallCancelsItsHttpCall() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                arrived.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return json(200, Thing.JSON);
            }
        });
        List<RequestAttempt> attempts = new CopyOnWriteArrayList<>();
        CountDownLatch attempted = new CountDownLatch(1);
        try (Transport t = transport(b -> b.addRequestListener(a -> {
            attempts.add(a);
            attempted.countDown();
        }))) {
            CompletableFuture<?> future = t.executeAsync(Thing.get(1).build());
            assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(future.cancel(true)).isTrue();

            // the HTTP call ends at once with an I/O failure, before the server answers
            assertThat(attempted.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(attempts.get(0).statusCode()).isEmpty();
            assertThat(attempts.get(0).error()).isPresent();
        } finally {
            release.countDown();
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anInterruptDuringTheWaitBeforeARetryEndsTheCallAndKeepsTheInterruptFlag() {
        server.enqueue(json(503, "{}"));
        server.enqueue(json(200, Thing.JSON));
        Sleeper interrupted = duration -> {
            throw new InterruptedException("test interrupt");
        };
        try (Transport t = transport(b -> b.sleeper(interrupted))) {
            assertThatThrownBy(() -> t.execute(Thing.get(1).build()))
                    .isInstanceOfSatisfying(ApiConnectionException.class, e -> {
                        assertThat(e.isTimeout()).isFalse();
                        assertThat(e.getCause()).hasMessageContaining("interrupted while waiting to retry");
                    });
            assertThat(Thread.interrupted()).isTrue(); // also clears it for the next test
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
