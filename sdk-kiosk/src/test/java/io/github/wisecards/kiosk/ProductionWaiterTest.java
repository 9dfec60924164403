package io.github.wisecards.kiosk;

import static io.github.wisecards.kiosk.KioskTestSupport.CARD_TOKEN;
import static io.github.wisecards.kiosk.KioskTestSupport.PRODUCTION_PATH;
import static io.github.wisecards.kiosk.KioskTestSupport.PROFILE_ID;
import static io.github.wisecards.kiosk.KioskTestSupport.fixture;
import static io.github.wisecards.kiosk.KioskTestSupport.fixtureResponse;
import static io.github.wisecards.kiosk.KioskTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.contract.ContractCheck;
import io.github.wisecards.contract.MalformedResponses;
import io.github.wisecards.core.Environment;
import io.github.wisecards.core.RequestAttempt;
import io.github.wisecards.core.Sleeper;
import io.github.wisecards.core.errors.NotFoundException;
import io.github.wisecards.core.errors.PermissionDeniedException;
import io.github.wisecards.kiosk.model.CardProductionStatus;
import io.github.wisecards.kiosk.model.ProductionErrorCode;
import io.github.wisecards.kiosk.model.ProductionStatus;
import io.github.wisecards.kiosk.model.RecommendedAction;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProductionWaiterTest {
    @StartStop
    private final MockWebServer server = ContractCheck.mockWebServer();

    private final KioskTestSupport support = KioskTestSupport.create();
    private final List<CardProductionStatus> observed = new CopyOnWriteArrayList<>();
    private final WaitOptions wait = WaitOptions.builder()
            .timeout(Duration.ofMinutes(1))
            .initialInterval(Duration.ofSeconds(2))
            .maxInterval(Duration.ofSeconds(8))
            .onStatusChange(observed::add)
            .build();
    private KioskClient kiosk;

    @BeforeEach
    void setUp() {
        kiosk = support.client(server);
    }

    @AfterEach
    void tearDown() {
        kiosk.close();
    }

    @Test
    void awaitProductionReturnsProducedAndReportsEachChangeWithBackoff() throws Exception {
        server.enqueue(fixtureResponse(200, "retrieve-in-progress"));
        server.enqueue(fixtureResponse(200, "retrieve-in-progress"));
        server.enqueue(fixtureResponse(200, "retrieve-in-progress"));
        server.enqueue(fixtureResponse(200, "retrieve-produced"));

        CardProductionStatus done = kiosk.cardProductions().awaitProduction(PROFILE_ID, CARD_TOKEN, wait);

        assertThat(done.status()).isEqualTo(ProductionStatus.PRODUCED);
        assertThat(observed)
                .extracting(CardProductionStatus::status)
                .containsExactly(ProductionStatus.IN_PROGRESS, ProductionStatus.PRODUCED);
        assertThat(support.sleeper.sleeps())
                .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
        RecordedRequest poll = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(poll.getMethod()).isEqualTo("GET");
        assertThat(poll.getTarget()).isEqualTo(PRODUCTION_PATH);
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void awaitProductionReturnsProductionErrorWithTypedCode() {
        server.enqueue(fixtureResponse(200, "retrieve-in-progress"));
        server.enqueue(fixtureResponse(200, "retrieve-production-error"));

        CardProductionStatus done = kiosk.cardProductions().awaitProduction(PROFILE_ID, CARD_TOKEN, wait);

        assertThat(done.status()).isEqualTo(ProductionStatus.PRODUCTION_ERROR);
        assertThat(done.productionErrorCode()).contains(ProductionErrorCode.PRT_RIBBON_ENDED);
        assertThat(done.recommendedAction()).isEqualTo(RecommendedAction.OPERATOR_ACTION_AT_KIOSK);
        assertThat(done.status().canProduce()).isTrue();
    }

    @Test
    void awaitProductionKeepsPollingWhileRequestIsPending() {
        server.enqueue(json(
                200,
                KioskTestSupport.requestError(
                        "REQUEST_CREATED_BUT_NOT_STARTED", "production is pending until the printer is ready")));
        server.enqueue(fixtureResponse(200, "retrieve-in-progress"));
        server.enqueue(fixtureResponse(200, "retrieve-produced"));

        CardProductionStatus done = kiosk.cardProductions().awaitProduction(PROFILE_ID, CARD_TOKEN, wait);

        assertThat(done.status()).isEqualTo(ProductionStatus.PRODUCED);
        assertThat(observed).hasSize(3);
        assertThat(observed.get(0).isPending()).isTrue();
    }

    @Test
    void awaitProductionStopsAtANonPendingRequestError() {
        server.enqueue(json(200, KioskTestSupport.requestError("KIOSK_ID_NOT_FOUND", "The kiosk ID does not exist.")));

        CardProductionStatus done = kiosk.cardProductions().awaitProduction(PROFILE_ID, CARD_TOKEN, wait);

        assertThat(done.status()).isEqualTo(ProductionStatus.REQUEST_ERROR);
        assertThat(support.sleeper.sleeps()).isEmpty();
    }

    @Test
    void awaitProductionTimesOutAtTheDeadlineWithoutSleeping() {
        server.setDispatcher(always(fixture("retrieve-in-progress")));
        WaitOptions short10s = wait.toBuilder()
                .timeout(Duration.ofSeconds(10))
                .maxInterval(Duration.ofSeconds(4))
                .build();

        assertThatThrownBy(() -> kiosk.cardProductions().awaitProduction(PROFILE_ID, CARD_TOKEN, short10s))
                .isInstanceOfSatisfying(ProductionWaitTimeoutException.class, e -> {
                    assertThat(e.timeout()).isEqualTo(Duration.ofSeconds(10));
                    assertThat(e.lastStatus()).map(CardProductionStatus::status).contains(ProductionStatus.IN_PROGRESS);
                    assertThat(e.getMessage()).contains("****e3dd").doesNotContain(CARD_TOKEN);
                });
        // Polls at 0 s, 2 s, 6 s and 10 s (the last wait is cut to the deadline).
        assertThat(support.sleeper.sleeps())
                .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(4));
        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(observed).hasSize(1);
    }

    @Test
    void cancellingTheAsyncWaitStopsPolling() throws Exception {
        server.setDispatcher(always(fixture("retrieve-in-progress")));
        NeverEndingSleeper sleeper = new NeverEndingSleeper();
        try (KioskClient client = support.client(server, sleeper)) {
            CompletableFuture<CardProductionStatus> handle =
                    client.cardProductions().async().awaitProduction(PROFILE_ID, CARD_TOKEN, wait);
            CompletableFuture<Void> pending = sleeper.started.get(5, TimeUnit.SECONDS);

            assertThat(handle.cancel(true)).isTrue();

            assertThat(handle).isCancelled();
            // The loop may publish its pending wait just after the cancel: it then cancels it itself.
            assertThatThrownBy(() -> pending.get(5, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
            assertThat(server.getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void interruptingTheBlockingWaitCancelsItAndKeepsTheInterruptFlag() throws Exception {
        server.setDispatcher(always(fixture("retrieve-in-progress")));
        NeverEndingSleeper sleeper = new NeverEndingSleeper();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> interrupted = new AtomicReference<>();
        CountDownLatch finished = new CountDownLatch(1);
        try (KioskClient client = support.client(server, sleeper)) {
            Thread waiter = new Thread(() -> {
                try {
                    client.cardProductions().awaitProduction(PROFILE_ID, CARD_TOKEN, wait);
                } catch (RuntimeException e) {
                    thrown.set(e);
                    interrupted.set(Thread.currentThread().isInterrupted());
                } finally {
                    finished.countDown();
                }
            });
            waiter.start();
            CompletableFuture<Void> pending = sleeper.started.get(5, TimeUnit.SECONDS);

            waiter.interrupt();

            assertThat(finished.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(thrown.get()).isInstanceOf(CancellationException.class);
            assertThat(interrupted.get()).isTrue();
            assertThatThrownBy(() -> pending.get(5, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        }
    }

    @Test
    void awaitReadyTreatsNotFoundAsNotYetThenReturnsReady() {
        server.enqueue(json(404, "{\"errors\":[{\"code\":\"not.found\",\"message\":\"Card production not found\"}]}"));
        server.enqueue(fixtureResponse(200, "retrieve-ready"));

        CardProductionStatus ready = kiosk.cardProductions().awaitReady(PROFILE_ID, CARD_TOKEN, wait);

        assertThat(ready.status()).isEqualTo(ProductionStatus.READY);
        assertThat(ready.status().canProduce()).isTrue();
        assertThat(observed).extracting(CardProductionStatus::status).containsExactly(ProductionStatus.READY);
        assertThat(support.sleeper.sleeps()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void asyncAwaitReadyCompletesWithReady() throws Exception {
        server.enqueue(fixtureResponse(200, "retrieve-ready"));

        CardProductionStatus ready = kiosk.cardProductions()
                .async()
                .awaitReady(PROFILE_ID, CARD_TOKEN, null)
                .get(5, TimeUnit.SECONDS);

        assertThat(ready.status()).isEqualTo(ProductionStatus.READY);
    }

    @Test
    void awaitProductionFailsWhenAPollFails() {
        server.enqueue(json(404, "{\"errors\":[{\"code\":\"not.found\",\"message\":\"Not found\"}]}"));

        assertThatThrownBy(() -> kiosk.cardProductions().awaitProduction(PROFILE_ID, CARD_TOKEN, wait))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aThrowingListenerEndsTheWaitWithItsException() {
        server.enqueue(fixtureResponse(200, "retrieve-in-progress"));
        WaitOptions throwing = wait.toBuilder()
                .onStatusChange(s -> {
                    throw new IllegalStateException("listener failed");
                })
                .build();

        assertThatThrownBy(() -> kiosk.cardProductions().awaitProduction(PROFILE_ID, CARD_TOKEN, throwing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("listener failed");
    }

    @Test
    void awaitReadyFailsFastOnAnErrorOtherThanNotFound() {
        server.enqueue(json(403, "{\"errors\":[{\"code\":\"forbidden\",\"message\":\"No access\"}]}"));
        server.enqueue(fixtureResponse(200, "retrieve-ready"));

        assertThatThrownBy(() -> kiosk.cardProductions().awaitReady(PROFILE_ID, CARD_TOKEN, wait))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(support.sleeper.sleeps()).isEmpty();
    }

    @Test
    @MalformedResponses("a status outside the enum: awaitReady treats it as not ready yet")
    void awaitReadyKeepsPollingThroughAStatusItDoesNotKnow() {
        server.enqueue(json(200, "{\"status\":\"BEING_PREPARED\",\"occurredAt\":\"2024-01-01T12:24:56.124Z\"}"));
        server.enqueue(fixtureResponse(200, "retrieve-ready"));

        CardProductionStatus ready = kiosk.cardProductions().awaitReady(PROFILE_ID, CARD_TOKEN, wait);

        assertThat(ready.status()).isEqualTo(ProductionStatus.READY);
        assertThat(observed).extracting(s -> s.status().raw()).containsExactly("BEING_PREPARED", "READY");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void cancellingTheWaitDuringTheFirstPollCancelsItsHttpCall() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch arrived = new CountDownLatch(1);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                arrived.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return fixtureResponse(200, "retrieve-in-progress");
            }
        });
        List<RequestAttempt> attempts = new CopyOnWriteArrayList<>();
        CountDownLatch attempted = new CountDownLatch(1);
        String base = server.url("/").toString();
        try (KioskClient client = KioskClient.builder()
                .environment(Environment.custom(base, base))
                .accessToken(KioskTestSupport.ACCESS_TOKEN)
                .clock(support.clock)
                .sleeper(support.sleeper)
                .maxRetries(0)
                .addRequestListener(a -> {
                    attempts.add(a);
                    attempted.countDown();
                })
                .build()) {
            CompletableFuture<CardProductionStatus> handle =
                    client.cardProductions().async().awaitReady(PROFILE_ID, CARD_TOKEN, wait);
            assertThat(arrived.await(5, TimeUnit.SECONDS)).isTrue();

            assertThat(handle.cancel(true)).isTrue();

            // the poll's HTTP call is cancelled: it ends with an I/O failure, not the late response
            assertThat(attempted.await(5, TimeUnit.SECONDS)).isTrue();
            release.countDown();
            assertThat(attempts).hasSize(1);
            assertThat(attempts.get(0).statusCode()).isEmpty();
            assertThat(attempts.get(0).error()).isPresent();
            assertThat(server.getRequestCount()).isEqualTo(1);
        } finally {
            release.countDown();
        }
    }

    @Test
    void theWaitBetweenPollsDoublesUpToTheMaximumAndNeverPassesTheDeadline() {
        server.setDispatcher(always(fixture("retrieve-in-progress")));
        WaitOptions tight = WaitOptions.builder()
                .timeout(Duration.ofSeconds(13))
                .initialInterval(Duration.ofSeconds(2))
                .maxInterval(Duration.ofSeconds(4))
                .build();

        assertThatThrownBy(() -> kiosk.cardProductions().awaitProduction(PROFILE_ID, CARD_TOKEN, tight))
                .isInstanceOf(ProductionWaitTimeoutException.class);

        // 2, 4 (doubled), 4 (capped at the maximum), then only the 3 s left: 13 s in all
        assertThat(support.sleeper.sleeps())
                .containsExactly(
                        Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(4), Duration.ofSeconds(3));
    }

    @Test
    void waitOptionsRejectNonPositiveDurationsAndInvertedIntervals() {
        assertThatThrownBy(() -> WaitOptions.builder().timeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WaitOptions.builder()
                        .initialInterval(Duration.ofSeconds(10))
                        .maxInterval(Duration.ofSeconds(5))
                        .build())
                .isInstanceOf(IllegalStateException.class);
        assertThat(WaitOptions.defaults().timeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(WaitOptions.defaults().listener()).isEmpty();
    }

    @Test
    void waitOptionsAreValuesAndAcceptEqualIntervals() {
        WaitOptions same = WaitOptions.builder()
                .timeout(Duration.ofMinutes(1))
                .initialInterval(Duration.ofSeconds(8))
                .maxInterval(Duration.ofSeconds(8))
                .build();

        assertThat(same.initialInterval()).isEqualTo(same.maxInterval());
        assertThat(same.toBuilder().build()).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(same).isNotEqualTo(wait).isNotEqualTo(null);
        assertThat(same.toBuilder().timeout(Duration.ofMinutes(2)).build()).isNotEqualTo(same);
        assertThat(same.toBuilder().initialInterval(Duration.ofSeconds(1)).build())
                .isNotEqualTo(same);
        assertThat(same.toBuilder().maxInterval(Duration.ofSeconds(9)).build()).isNotEqualTo(same);
        assertThat(same.toBuilder().onStatusChange(s -> {}).build()).isNotEqualTo(same);
        assertThat(same.hashCode()).isNotEqualTo(wait.hashCode());
        assertThat(same.toString()).contains("PT1M", "PT8S", "listener=false");
        assertThat(wait.toString()).contains("listener=true");
    }

    private static Dispatcher always(String body) {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return json(200, body);
            }
        };
    }

    /** A sleeper whose waits never end; exposes the first one so the test can see it cancelled. */
    private static final class NeverEndingSleeper implements Sleeper {
        final CompletableFuture<CompletableFuture<Void>> started = new CompletableFuture<>();

        @Override
        public void sleep(Duration duration) {
            throw new UnsupportedOperationException("waiters use delay");
        }

        @Override
        public CompletableFuture<Void> delay(Duration duration) {
            CompletableFuture<Void> never = new CompletableFuture<>();
            started.complete(never);
            return never;
        }
    }
}
