package io.github.wisecards.reliability.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.core.errors.ApiConnectionException;
import io.github.wisecards.core.testkit.MockServers;
import io.github.wisecards.reliability.Sockets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code close()} while 16 threads call, blocking and async, 20 rounds: every call succeeds or
 * fails with a clear "client closed" error (never "executor rejected"), no call starts after
 * close, and once the calls have ended no established connection is left (counted from the
 * kernel's {@code /proc/net/tcp} tables). The same rules, deterministically: a call in flight
 * finishes and its connection closes when it ends; a call between attempts starts no other.
 */
class CloseUnderLoadTest extends HostileServerBase {
    private static final int THREADS = 16;
    private static final int ROUNDS = 20;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void closeUnderLoadLeavesNoConnectionAndOnlyClearErrors() throws Exception {
        assertThat(Path.of("/proc/net/tcp"))
                .as("counting sockets needs Linux /proc/net/tcp")
                .isReadable();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return MockServers.json(200, Hostile.CARD_ORDER);
            }
        });
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        AtomicInteger closedErrors = new AtomicInteger();
        AtomicInteger successes = new AtomicInteger();
        List<Integer> leftOpen = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            CardsClient cards = cardsBuilder().maxRetries(0).build();
            CountDownLatch warm = new CountDownLatch(THREADS);
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                boolean async = t % 2 == 1;
                Thread thread = new Thread(() -> {
                    boolean counted = false;
                    while (true) {
                        try {
                            if (async) {
                                cards.cardOrders()
                                        .async()
                                        .retrieve(Hostile.PROFILE_ID, 142L)
                                        .join();
                            } else {
                                cards.cardOrders().retrieve(Hostile.PROFILE_ID, 142L);
                            }
                            successes.incrementAndGet();
                        } catch (RuntimeException e) {
                            Throwable cause = e instanceof CompletionException ? e.getCause() : e;
                            if (isClientClosed(cause)) {
                                closedErrors.incrementAndGet();
                                if (cause instanceof IllegalStateException) {
                                    break; // the client refuses new calls: done
                                }
                            } else {
                                unexpected.add(cause);
                                break;
                            }
                        }
                        if (!counted) {
                            counted = true;
                            warm.countDown();
                        }
                    }
                    if (!counted) {
                        warm.countDown();
                    }
                });
                threads.add(thread);
                thread.start();
            }
            assertThat(warm.await(20, TimeUnit.SECONDS)).isTrue();
            cards.close();
            for (Thread thread : threads) {
                thread.join(TimeUnit.SECONDS.toMillis(20));
                assertThat(thread.isAlive()).isFalse();
            }
            leftOpen.add(Sockets.established(server.getPort()));
            assertThatThrownBy(() -> cards.cardOrders().retrieve(Hostile.PROFILE_ID, 142L))
                    .as("no call starts after close, and nothing is re-created")
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("client is closed");
            assertThat(Sockets.established(server.getPort())).isZero();
        }
        assertThat(unexpected).as("only clear 'client closed' errors").isEmpty();
        assertThat(leftOpen).as("established connections after each round").containsOnly(0);
        assertThat(successes.get()).isGreaterThanOrEqualTo(ROUNDS * THREADS);
    }

    @Test
    void callInFlightWhenCloseRunsFinishesAndItsConnectionIsClosedAfterwards() throws Exception {
        CountDownLatch received = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                received.countDown();
                answer.await(10, TimeUnit.SECONDS);
                return MockServers.json(200, Hostile.CARD_ORDER);
            }
        });
        cards = cardsBuilder().build();
        java.util.concurrent.CompletableFuture<?> inFlight =
                cards.cardOrders().async().retrieve(Hostile.PROFILE_ID, 142L);
        assertThat(received.await(10, TimeUnit.SECONDS)).isTrue();

        cards.close();
        assertThat(Sockets.established(server.getPort()))
                .as("still in use by the call")
                .isEqualTo(1);
        answer.countDown();

        assertThat(inFlight.get(10, TimeUnit.SECONDS)).isNotNull();
        assertThat(Sockets.established(server.getPort())).isZero();
    }

    @Test
    void callInFlightStartsNoRetryAfterCloseAndSaysTheClientWasClosed() {
        server.enqueue(MockServers.json(503, "{}"));
        server.enqueue(MockServers.json(200, Hostile.CARD_ORDER));
        AtomicReference<CardsClient> client = new AtomicReference<>();
        cards = cardsBuilder()
                .maxRetries(3)
                .sleeper(duration -> client.get().close()) // close() runs during the backoff
                .build();
        client.set(cards);

        assertThatThrownBy(() -> cards.cardOrders().retrieve(Hostile.PROFILE_ID, 142L))
                .isInstanceOf(ApiConnectionException.class)
                .hasMessageContaining("client closed before attempt 2");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    private static boolean isClientClosed(Throwable e) {
        if (e instanceof IllegalStateException) {
            return "client is closed".equals(e.getMessage());
        }
        return e instanceof ApiConnectionException && e.getMessage().contains("client closed");
    }
}
