package io.github.wisecards.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.core.FakeClock;
import io.github.wisecards.testing.WebhookSigner;
import io.github.wisecards.webhooks.WebhookHandler.Outcome;
import io.github.wisecards.webhooks.event.CardOrderStatusChangeEvent;
import io.github.wisecards.webhooks.event.WebhookEvent;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class WebhookHandlerTest {
    private static final WebhookSigner SIGNER = WebhookVerifierTest.SIGNER;

    private final WebhookVerifier verifier =
            WebhookVerifier.builder().addTrustedKey(SIGNER.publicKey()).build();
    private final WebhookHandler handler =
            WebhookHandler.builder().verifier(verifier).build();
    private final byte[] body = Fixtures.bytes("card-order-status-change.json");
    private final List<WebhookEvent> received = new CopyOnWriteArrayList<>();

    @Test
    void theSameEventDeliveredTwiceReachesTheCallbackOnce() {
        assertThat(handler.handle(headers(body), body, received::add)).isEqualTo(Outcome.PROCESSED);
        assertThat(handler.handle(headers(body), body, received::add)).isEqualTo(Outcome.DUPLICATE);
        assertThat(received).hasSize(1);
        assertThat(received.get(0)).isInstanceOf(CardOrderStatusChangeEvent.class);
    }

    @Test
    void aRedeliveryRestampedWithANewSentAtIsADuplicate() {
        byte[] restamped = new String(body, StandardCharsets.UTF_8)
                .replace("2024-01-01T12:24:57.000Z", "2024-01-02T09:00:00.000Z")
                .getBytes(StandardCharsets.UTF_8);
        handler.handle(headers(body), body, received::add);
        assertThat(handler.handle(headers(restamped), restamped, received::add)).isEqualTo(Outcome.DUPLICATE);
        assertThat(received).hasSize(1);
    }

    @Test
    void aLaterStatusChangeOfTheSameOrderIsProcessed() {
        byte[] completed = new String(body, StandardCharsets.UTF_8)
                .replace("PRODUCED", "COMPLETED")
                .replace("12:24:56.123Z", "13:00:00.000Z")
                .getBytes(StandardCharsets.UTF_8);
        handler.handle(headers(body), body, received::add);
        assertThat(handler.handle(headers(completed), completed, received::add)).isEqualTo(Outcome.PROCESSED);
        assertThat(received).hasSize(2);
    }

    @Test
    void aFailedCallbackReleasesTheKeySoWisesRetrySucceeds() {
        assertThatThrownBy(() -> handler.handle(headers(body), body, event -> {
                    throw new IllegalStateException("database down");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("database down");
        assertThat(handler.handle(headers(body), body, received::add)).isEqualTo(Outcome.PROCESSED);
        assertThat(handler.handle(headers(body), body, received::add)).isEqualTo(Outcome.DUPLICATE);
        assertThat(received).hasSize(1);
    }

    @Test
    void aForgedRequestNeverReachesTheCallbackNorBlocksTheRealOne() {
        byte[] forged = WebhookVerifierTest.OTHER_SIGNER.sign(body).getBytes(StandardCharsets.US_ASCII);
        WebhookHeaders forgedHeaders = WebhookHeaders.of(
                java.util.Map.of(WebhookHeaders.SIGNATURE, new String(forged, StandardCharsets.US_ASCII)));
        assertThatThrownBy(() -> handler.handle(forgedHeaders, body, received::add))
                .isInstanceOf(WebhookVerificationException.class);
        assertThat(received).isEmpty();
        assertThat(handler.handle(headers(body), body, received::add)).isEqualTo(Outcome.PROCESSED);
    }

    @Test
    void concurrentDuplicatesReachTheCallbackOnce() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        List<Outcome> outcomes = race(handler, handler, calls);
        assertThat(outcomes).isSubsetOf(Outcome.PROCESSED, Outcome.DUPLICATE, Outcome.IN_PROGRESS);
        assertThat(outcomes.stream().filter(o -> o == Outcome.PROCESSED)).hasSize(1);
        assertThat(calls).hasValue(1);
    }

    @Test
    void twoBackendInstancesSharingAJdbcStoreProcessARacedEventOnce() throws Exception {
        var dataSource = JdbcSeenKeyStoreTest.newDatabase();
        WebhookHandler instanceA = WebhookHandler.builder()
                .verifier(verifier)
                .seenKeyStore(JdbcSeenKeyStore.builder(dataSource).build())
                .build();
        WebhookHandler instanceB = WebhookHandler.builder()
                .verifier(verifier)
                .seenKeyStore(JdbcSeenKeyStore.builder(dataSource).build())
                .build();
        AtomicInteger calls = new AtomicInteger();
        List<Outcome> outcomes = race(instanceA, instanceB, calls);
        assertThat(calls).hasValue(1);
        assertThat(outcomes.stream().filter(o -> o == Outcome.PROCESSED)).hasSize(1);
    }

    @Test
    void aDeliveryWhileAnotherAttemptHoldsALiveClaimIsInProgressNotAcknowledged() {
        AtomicInteger inner = new AtomicInteger();
        Outcome first = handler.handle(headers(body), body, event -> {
            inner.set(handler.handle(headers(body), body, received::add).httpStatus());
        });
        assertThat(first).isEqualTo(Outcome.PROCESSED);
        assertThat(inner).hasValue(503);
        assertThat(received).isEmpty();
        assertThat(handler.handle(headers(body), body, received::add)).isEqualTo(Outcome.DUPLICATE);
    }

    @Test
    void outcomesTellTheHttpStatusToAnswer() {
        assertThat(Outcome.PROCESSED.httpStatus()).isEqualTo(200);
        assertThat(Outcome.DUPLICATE.httpStatus()).isEqualTo(200);
        assertThat(Outcome.IN_PROGRESS.httpStatus()).isEqualTo(503);
    }

    @Test
    void aClaimWhoseReplyWasLostDelaysTheEventUntilTheLeaseExpiresButNeverLosesIt() {
        FakeClock clock = new FakeClock();
        InMemorySeenKeyStore memory =
                InMemorySeenKeyStore.builder().clock(clock).build();
        SeenKeyStore lostReply = new ForwardingStore(memory) {
            @Override
            public Claim claim(String eventKey, String claimId, Instant deadline) {
                super.claim(eventKey, claimId, deadline);
                throw new SeenKeyStoreException("connection reset after the INSERT reached the database", null);
            }
        };
        WebhookHandler first = handlerOver(lostReply, clock);
        WebhookHandler redelivery = handlerOver(memory, clock);
        assertThatThrownBy(() -> first.handle(headers(body), body, received::add))
                .isInstanceOf(SeenKeyStoreException.class);
        assertThat(redelivery.handle(headers(body), body, received::add)).isEqualTo(Outcome.IN_PROGRESS);
        clock.advance(InMemorySeenKeyStore.DEFAULT_LEASE);
        assertThat(redelivery.handle(headers(body), body, received::add)).isEqualTo(Outcome.PROCESSED);
        assertThat(received).hasSize(1);
    }

    @Test
    void aFailedCallbackWhoseReleaseFailedIsProcessedOnceTheLeaseExpires() {
        FakeClock clock = new FakeClock();
        InMemorySeenKeyStore memory =
                InMemorySeenKeyStore.builder().clock(clock).build();
        SeenKeyStore databaseDown = new ForwardingStore(memory) {
            @Override
            public void release(String eventKey, String claimId, Instant deadline) {
                throw new SeenKeyStoreException("database down", null);
            }
        };
        WebhookHandler handlerDuringOutage = handlerOver(databaseDown, clock);
        assertThatThrownBy(() -> handlerDuringOutage.handle(headers(body), body, event -> {
                    throw new IllegalStateException("app database down");
                }))
                .isInstanceOf(IllegalStateException.class)
                .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
        WebhookHandler recovered = handlerOver(memory, clock);
        assertThat(recovered.handle(headers(body), body, received::add)).isEqualTo(Outcome.IN_PROGRESS);
        clock.advance(InMemorySeenKeyStore.DEFAULT_LEASE);
        assertThat(recovered.handle(headers(body), body, received::add)).isEqualTo(Outcome.PROCESSED);
        assertThat(received).hasSize(1);
    }

    @Test
    void aProcessedEventWhoseDoneMarkFailedIsStillAcknowledged() {
        SeenKeyStore cannotComplete = new ForwardingStore(InMemorySeenKeyStore.create()) {
            @Override
            public boolean complete(String eventKey, String claimId, Instant deadline) {
                throw new SeenKeyStoreException("connection reset", null);
            }
        };
        assertThat(handlerOver(cannotComplete, new FakeClock()).handle(headers(body), body, received::add))
                .isEqualTo(Outcome.PROCESSED);
        assertThat(received).hasSize(1);
    }

    @Test
    void transactionalHandlingCommitsTheCallbacksWritesExactlyOnce() throws Exception {
        DataSource dataSource = JdbcSeenKeyStoreTest.newDatabase();
        JdbcSeenKeyStoreTest.execute(dataSource, "CREATE TABLE effects (event_key VARCHAR(128) PRIMARY KEY)");
        WebhookHandler transactional = WebhookHandler.builder()
                .verifier(verifier)
                .seenKeyStore(JdbcSeenKeyStore.builder(dataSource).build())
                .build();
        TransactionalWebhookCallback failing = (event, c) -> {
            insertEffect(c, event.eventKey());
            throw new SQLException("constraint of the partner's own", "23514");
        };
        assertThatThrownBy(() -> transactional.handleInTransaction(headers(body), body, failing))
                .isInstanceOf(WebhookCallbackException.class);
        TransactionalWebhookCallback apply = (event, c) -> insertEffect(c, event.eventKey());
        assertThat(transactional.handleInTransaction(headers(body), body, apply))
                .isEqualTo(Outcome.PROCESSED);
        assertThat(transactional.handleInTransaction(headers(body), body, apply))
                .isEqualTo(Outcome.DUPLICATE);
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM effects")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void transactionalHandlingNeedsAJdbcStore() {
        assertThatThrownBy(() -> handler.handleInTransaction(headers(body), body, (event, c) -> {}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JdbcSeenKeyStore");
    }

    @Test
    void theReplyBudgetMustStayBelowWisesFiveSecondWindow() {
        assertThatThrownBy(() -> WebhookHandler.builder().replyBudget(Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5 s");
        WebhookHandler.builder().replyBudget(Duration.ofMillis(4_999));
    }

    @Test
    void aTransactionalCallbackThatOutlivedItsLeaseIsRolledBackAndAnsweredInProgress() throws Exception {
        DataSource dataSource = JdbcSeenKeyStoreTest.newDatabase();
        JdbcSeenKeyStoreTest.execute(dataSource, "CREATE TABLE effects (event_key VARCHAR(128) PRIMARY KEY)");
        FakeClock clock = new FakeClock();
        JdbcSeenKeyStore store = JdbcSeenKeyStore.builder(dataSource)
                .clock(clock)
                .lease(Duration.ofSeconds(10))
                .build();
        WebhookHandler slow = handlerOver(store, clock);

        Outcome outcome = slow.handleInTransaction(headers(body), body, (event, c) -> {
            insertEffect(c, event.eventKey());
            // the lease runs out and a redelivery takes the event over meanwhile
            clock.advance(Duration.ofSeconds(10));
            assertThat(store.claim(
                            event.eventKey(), "redelivery", clock.instant().plusSeconds(4)))
                    .isEqualTo(SeenKeyStore.Claim.CLAIMED);
        });

        assertThat(outcome).isEqualTo(Outcome.IN_PROGRESS);
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM effects")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void aCallbackThatOutlivedItsLeaseIsAcknowledgedWithAWarningThatItMayRunAgain() {
        FakeClock clock = new FakeClock();
        InMemorySeenKeyStore memory =
                InMemorySeenKeyStore.builder().clock(clock).build();
        WebhookHandler slow = handlerOver(memory, clock);

        // on standard error: the SLF4J binding of this module's tests is not always the capturing one
        String onTime = InMemorySeenKeyStoreTest.stderrOf(() ->
                assertThat(slow.handle(headers(body), body, received::add)).isEqualTo(Outcome.PROCESSED));
        byte[] other = Fixtures.bytes("card-status-change.json");
        String late = InMemorySeenKeyStoreTest.stderrOf(() -> assertThat(slow.handle(headers(other), other, event -> {
                    clock.advance(InMemorySeenKeyStore.DEFAULT_LEASE);
                    memory.claim(event.eventKey(), "redelivery", clock.instant());
                }))
                .isEqualTo(Outcome.PROCESSED));

        assertThat(onTime).doesNotContain("lease expired");
        assertThat(late.split("lease expired", -1)).hasSize(2);
        assertThat(late).contains("WARN");
    }

    @Test
    void exposesItsVerifierAndDescribesItsSettings() {
        WebhookHandler described = WebhookHandler.builder()
                .replyBudget(Duration.ofSeconds(2))
                .verifier(verifier)
                .seenKeyStore(InMemorySeenKeyStore.builder().maxEntries(7).build())
                .build();

        assertThat(described.verifier()).isSameAs(verifier);
        assertThat(described.toString())
                .startsWith("WebhookHandler{WebhookVerifier{keys=")
                .contains("store=InMemorySeenKeyStore{", "maxEntries=7", "replyBudget=PT2S}");
    }

    private WebhookHandler handlerOver(SeenKeyStore store, FakeClock clock) {
        return WebhookHandler.builder()
                .verifier(verifier)
                .seenKeyStore(store)
                .clock(clock)
                .build();
    }

    private static void insertEffect(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO effects (event_key) VALUES (?)")) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
    }

    /** Delegates every call; tests override one method to inject a failure. */
    private static class ForwardingStore implements SeenKeyStore {
        private final SeenKeyStore delegate;

        ForwardingStore(SeenKeyStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public Claim claim(String eventKey, String claimId, Instant deadline) {
            return delegate.claim(eventKey, claimId, deadline);
        }

        @Override
        public boolean complete(String eventKey, String claimId, Instant deadline) {
            return delegate.complete(eventKey, claimId, deadline);
        }

        @Override
        public void release(String eventKey, String claimId, Instant deadline) {
            delegate.release(eventKey, claimId, deadline);
        }
    }

    @Test
    void handlerNeedsAVerifier() {
        assertThatThrownBy(() -> WebhookHandler.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("verifier");
    }

    /** Delivers the same body from 8 threads at once, alternating between two handlers. */
    private List<Outcome> race(WebhookHandler a, WebhookHandler b, AtomicInteger calls) throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                WebhookHandler h = i % 2 == 0 ? a : b;
                WebhookHeaders headers = headers(body);
                futures.add(pool.submit(() -> {
                    start.await();
                    return h.handle(headers, body, event -> calls.incrementAndGet());
                }));
            }
            start.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get(30, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static WebhookHeaders headers(byte[] body) {
        return WebhookHeaders.of(SignedHeaders.of(SIGNER, body));
    }
}
