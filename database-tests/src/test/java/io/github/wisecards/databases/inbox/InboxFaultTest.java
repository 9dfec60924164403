package io.github.wisecards.databases.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.github.wisecards.databases.Database;
import io.github.wisecards.databases.ReplyDroppingProxy;
import io.github.wisecards.databases.RestartableServer;
import io.github.wisecards.databases.TestDatabases;
import io.github.wisecards.databases.TestDatabases.Driver;
import io.github.wisecards.databases.inbox.SignedDeliveries.Delivery;
import io.github.wisecards.webhooks.JdbcSeenKeyStore;
import io.github.wisecards.webhooks.SeenKeyStoreException;
import io.github.wisecards.webhooks.TransactionalWebhookCallback;
import io.github.wisecards.webhooks.WebhookCallback;
import io.github.wisecards.webhooks.WebhookHandler;
import io.github.wisecards.webhooks.WebhookHandler.Outcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lost database replies (a loopback TCP proxy swallows the reply after the statement reached the
 * server) and a database server stopped in the middle of a run: events are delayed, never lost,
 * and transactional effects are never applied twice.
 */
class InboxFaultTest {
    private static final Logger LOG = LoggerFactory.getLogger(InboxFaultTest.class);
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static SignedDeliveries events;

    private final MutableClock clock = new MutableClock();
    private final List<AutoCloseable> resources = new ArrayList<>();

    @BeforeAll
    static void signEvents() {
        events = SignedDeliveries.generate(300, "fault-");
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable r : resources) {
            r.close();
        }
    }

    static Stream<Arguments> driversAndAutoCommit() {
        return Stream.of(Driver.values()).flatMap(d -> Stream.of(Arguments.of(d, true), Arguments.of(d, false)));
    }

    private record Setup(HikariDataSource pool, ReplyDroppingProxy proxy, WebhookHandler handler) {}

    private Setup setUp(Driver driver, boolean autoCommit) throws Exception {
        Database db = TestDatabases.newDatabase(driver);
        InboxSchema.create(db);
        ReplyDroppingProxy proxy = ReplyDroppingProxy.start(db.port());
        resources.add(proxy);
        String url = db.jdbcUrlVia("127.0.0.1", proxy.port());
        // pgjdbc: no server-side prepared statements, so every packet carries its SQL text.
        url += driver == Driver.PGJDBC ? "&prepareThreshold=0" : "";
        HikariDataSource pool = TestDatabases.pool(url, db.user(), db.password(), autoCommit, 4);
        resources.add(pool);
        WebhookHandler handler = WebhookHandler.builder()
                .verifier(events.verifier())
                .seenKeyStore(
                        JdbcSeenKeyStore.builder(pool).clock(clock).lease(LEASE).build())
                .clock(clock)
                .build();
        return new Setup(pool, proxy, handler);
    }

    @ParameterizedTest(name = "{0} autoCommit={1}")
    @MethodSource("driversAndAutoCommit")
    void aLostReplyToTheClaimDelaysTheEventUntilTheLeaseExpiresButNeverLosesIt(Driver driver, boolean autoCommit)
            throws Exception {
        Setup s = setUp(driver, autoCommit);
        Delivery d = events.deliveries().get(0);
        WebhookCallback callback = event -> recordEffect(s.pool(), event.eventKey());
        // With auto-commit off the claim commits with its COMMIT; lose the reply to that.
        s.proxy().dropReplyTo(autoCommit ? "INSERT INTO wise_webhook_inbox" : "COMMIT");

        assertThatThrownBy(() -> s.handler().handle(d.headers(), d.body(), callback))
                .isInstanceOf(SeenKeyStoreException.class);
        assertThat(s.proxy().droppedReplies()).isEqualTo(1);
        assertThat(s.handler().handle(d.headers(), d.body(), callback))
                .as("redelivery while the orphaned claim's lease runs")
                .isEqualTo(Outcome.IN_PROGRESS);
        clock.advance(LEASE);
        assertThat(s.handler().handle(d.headers(), d.body(), callback)).isEqualTo(Outcome.PROCESSED);
        assertThat(s.handler().handle(d.headers(), d.body(), callback)).isEqualTo(Outcome.DUPLICATE);
        assertThat(InboxSchema.effectsPerKey(s.pool()).values()).containsExactly(1);
    }

    @ParameterizedTest(name = "{0} autoCommit={1}")
    @MethodSource("driversAndAutoCommit")
    void aLostReplyToTheDoneMarkIsAcknowledgedAndNeverLosesTheEvent(Driver driver, boolean autoCommit)
            throws Exception {
        Setup s = setUp(driver, autoCommit);
        Delivery d = events.deliveries().get(1);
        WebhookCallback callback = event -> recordEffect(s.pool(), event.eventKey());
        s.proxy().dropReplyTo("SET status = 'DONE'");

        assertThat(s.handler().handle(d.headers(), d.body(), callback))
                .as("the callback ran: acknowledge, do not make Wise redeliver")
                .isEqualTo(Outcome.PROCESSED);
        assertThat(s.proxy().droppedReplies()).isEqualTo(1);
        // Auto-commit on: the done mark committed, the redelivery is a duplicate. Off: the
        // connection died before COMMIT, so the claim stays until its lease expires and the event
        // is processed again (at least once).
        clock.advance(LEASE);
        Outcome redelivery = s.handler().handle(d.headers(), d.body(), callback);
        assertThat(redelivery).isEqualTo(autoCommit ? Outcome.DUPLICATE : Outcome.PROCESSED);
        assertThat(s.handler().handle(d.headers(), d.body(), callback)).isEqualTo(Outcome.DUPLICATE);
        assertThat(InboxSchema.effectsPerKey(s.pool()).values()).containsExactly(autoCommit ? 1 : 2);
    }

    @ParameterizedTest(name = "{0} autoCommit={1}")
    @MethodSource("driversAndAutoCommit")
    void transactionalModeAppliesTheEffectOnceWhenTheCommitReplyIsLost(Driver driver, boolean autoCommit)
            throws Exception {
        Setup s = setUp(driver, autoCommit);
        Delivery d = events.deliveries().get(2);
        AtomicInteger calls = new AtomicInteger();
        TransactionalWebhookCallback losingCommitReply = (event, c) -> {
            calls.incrementAndGet();
            // Armed inside the transaction, after the claim committed: the next COMMIT is ours.
            s.proxy().dropReplyTo("COMMIT");
            insertEffect(c, event.eventKey());
        };
        TransactionalWebhookCallback plain = (event, c) -> {
            calls.incrementAndGet();
            insertEffect(c, event.eventKey());
        };

        assertThatThrownBy(() -> s.handler().handleInTransaction(d.headers(), d.body(), losingCommitReply))
                .isInstanceOf(SeenKeyStoreException.class)
                .hasMessageContaining("unknown");
        assertThat(s.proxy().droppedReplies()).isEqualTo(1);
        assertThat(s.handler().handleInTransaction(d.headers(), d.body(), plain))
                .as("the commit happened; only its reply was lost")
                .isEqualTo(Outcome.DUPLICATE);
        clock.advance(LEASE);
        assertThat(s.handler().handleInTransaction(d.headers(), d.body(), plain))
                .isEqualTo(Outcome.DUPLICATE);
        assertThat(calls).hasValue(1);
        assertThat(InboxSchema.effectsPerKey(s.pool()).values()).containsExactly(1);
    }

    @ParameterizedTest(name = "{0} autoCommit={1}")
    @MethodSource("driversAndAutoCommit")
    void transactionalModeRetriesAnEventWhoseWriteReplyWasLost(Driver driver, boolean autoCommit) throws Exception {
        Setup s = setUp(driver, autoCommit);
        Delivery d = events.deliveries().get(3);
        s.proxy().dropReplyTo("INSERT INTO inbox_effects");
        TransactionalWebhookCallback callback = (event, c) -> insertEffect(c, event.eventKey());

        assertThatThrownBy(() -> s.handler().handleInTransaction(d.headers(), d.body(), callback))
                .isInstanceOf(RuntimeException.class);
        assertThat(s.proxy().droppedReplies()).isEqualTo(1);
        assertThat(s.handler().handleInTransaction(d.headers(), d.body(), callback))
                .as("rolled back and released: processed at once")
                .isEqualTo(Outcome.PROCESSED);
        assertThat(InboxSchema.effectsPerKey(s.pool()).values()).containsExactly(1);
    }

    /**
     * The database stops answering (a black hole: connections stay open, nothing comes back).
     * With the README's settings (pool wait 1 s, pgjdbc cancelSignalTimeout 1 s) and a reply
     * budget of 2 s, the store's network timeout makes the handler give up with a store error
     * inside Wise's 5 s reply window instead of hanging.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Driver.class)
    void aDatabaseThatStopsAnsweringCostsLessThanWisesReplyWindow(Driver driver) throws Exception {
        Database db = TestDatabases.newDatabase(driver);
        InboxSchema.create(db);
        ReplyDroppingProxy proxy = ReplyDroppingProxy.start(db.port());
        resources.add(proxy);
        HikariDataSource pool =
                TestDatabases.pool(db.jdbcUrlVia("127.0.0.1", proxy.port(), 3), db.user(), db.password(), true, 2);
        resources.add(pool);
        WebhookHandler handler = WebhookHandler.builder()
                .verifier(events.verifier())
                .seenKeyStore(JdbcSeenKeyStore.builder(pool).build())
                .replyBudget(Duration.ofSeconds(2))
                .build();
        WebhookCallback callback = event -> {};
        Delivery warmUp = events.deliveries().get(10);
        assertThat(handler.handle(warmUp.headers(), warmUp.body(), callback)).isEqualTo(Outcome.PROCESSED);

        proxy.blackHole(true);
        Delivery d = events.deliveries().get(11);
        long started = System.nanoTime();
        assertThatThrownBy(() -> handler.handle(d.headers(), d.body(), callback))
                .isInstanceOf(SeenKeyStoreException.class);
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info("{}: a hung database answered with a store error after {} ms", driver, millis);
        assertThat(millis).as("time to give up, ms").isLessThan(5_000);

        proxy.blackHole(false);
        assertThat(handler.handle(d.headers(), d.body(), callback))
                .as("after the outage (the claim, if it reached the database, was never made)")
                .isIn(Outcome.PROCESSED, Outcome.IN_PROGRESS);
    }

    /**
     * 4 threads feed 300 events; after 100 are processed the server is stopped, and started
     * again once 8 deliveries have failed against it. Every delivery not answered 200 is
     * redelivered; leases of claims orphaned by the outage expire (the clock moves past them).
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Driver.class,
            names = {"PGJDBC", "MARIADB_CONNECTOR_J"})
    void aServerStoppedMidRunLosesNoEventInEitherMode(Driver driver) throws Exception {
        for (boolean transactional : new boolean[] {false, true}) {
            Database db = TestDatabases.newDatabase(driver);
            InboxSchema.create(db);
            HikariDataSource pool = TestDatabases.pool(db, !transactional, 6);
            resources.add(pool);
            WebhookHandler handler = WebhookHandler.builder()
                    .verifier(events.verifier())
                    .seenKeyStore(JdbcSeenKeyStore.builder(pool)
                            .clock(clock)
                            .lease(LEASE)
                            .build())
                    .clock(clock)
                    .build();
            RestartableServer server = TestDatabases.server(driver.server());
            ConcurrentLinkedQueue<Delivery> queue = new ConcurrentLinkedQueue<>(events.deliveries());
            AtomicInteger processed = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            AtomicInteger inProgress = new AtomicInteger();
            ExecutorService threads = Executors.newFixedThreadPool(4);
            long started = System.nanoTime();
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    futures.add(threads.submit(
                            () -> feed(queue, handler, pool, transactional, processed, failed, inProgress)));
                }
                awaitCondition(() -> processed.get() >= 100);
                server.stop();
                int failedBefore = failed.get();
                awaitCondition(() -> failed.get() >= failedBefore + 8);
                server.start();
                awaitRedeliveries(
                        futures,
                        () -> "processed=" + processed + " failed=" + failed + " inProgress=" + inProgress + " queued="
                                + queue.size());
            } finally {
                threads.shutdownNow();
            }
            Map<String, Integer> effects = InboxSchema.effectsPerKey(pool);
            LOG.info(
                    "{} {}: server stopped after 100 of 300 events and restarted, {} ms: processed={}"
                            + " failedDeliveries={} inProgress(503)={} keysWithEffect={} effectRows={}",
                    driver,
                    transactional ? "transactional" : "plain",
                    (System.nanoTime() - started) / 1_000_000,
                    processed,
                    failed,
                    inProgress,
                    effects.size(),
                    effects.values().stream().mapToInt(Integer::intValue).sum());
            assertThat(effects)
                    .as("events with an effect")
                    .hasSize(events.deliveries().size());
            Map<String, Integer> statuses = InboxSchema.statusCounts(pool);
            String notDone = InboxSchema.notDone(pool);
            if (transactional) {
                // The done mark commits with the effect: every event is done.
                assertThat(statuses).as("inbox rows; not done:%n%s", notDone).isEqualTo(Map.of("DONE", 300));
            } else {
                // A done mark lost in the outage leaves the processed event claimed until its lease
                // ends (it was acknowledged: its effect is there); none may be missing.
                assertThat(statuses.getOrDefault("DONE", 0) + statuses.getOrDefault("CLAIMED", 0))
                        .isEqualTo(300);
            }
            if (transactional) {
                assertThat(effects.values()).containsOnly(1);
            }
        }
    }

    private static Void feed(
            ConcurrentLinkedQueue<Delivery> queue,
            WebhookHandler handler,
            HikariDataSource pool,
            boolean transactional,
            AtomicInteger processed,
            AtomicInteger failed,
            AtomicInteger inProgress) {
        Delivery d;
        while ((d = queue.poll()) != null) {
            try {
                Outcome outcome = transactional
                        ? handler.handleInTransaction(
                                d.headers(), d.body(), (event, c) -> insertEffect(c, event.eventKey()))
                        : handler.handle(d.headers(), d.body(), event -> recordEffect(pool, event.eventKey()));
                if (outcome == Outcome.IN_PROGRESS) {
                    inProgress.incrementAndGet();
                    queue.add(d);
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
                } else if (outcome == Outcome.PROCESSED) {
                    processed.incrementAndGet();
                }
            } catch (RuntimeException e) {
                failed.incrementAndGet();
                queue.add(d);
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            }
        }
        return null;
    }

    /**
     * Waits for the feeders while Wise's redeliveries go on: each round moves the clock past the
     * lease, as the time between two redeliveries would, so a claim orphaned by the outage (made
     * before the stop, or on a connection the restart broke after the first round) ends and its
     * event can be claimed again. No other delivery of an event is in flight while its feeder
     * holds it, so ending a live claim here cannot start a second run of the same event.
     */
    private void awaitRedeliveries(List<Future<?>> futures, java.util.function.Supplier<String> progress)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        for (Future<?> f : futures) {
            while (true) {
                clock.advance(LEASE);
                try {
                    f.get(2, TimeUnit.SECONDS);
                    break;
                } catch (java.util.concurrent.TimeoutException e) {
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError("feeders still busy after 2 minutes: " + progress.get(), e);
                    }
                }
            }
        }
    }

    private static void awaitCondition(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within a minute");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
        }
    }

    private static void recordEffect(HikariDataSource pool, String key) {
        try (Connection c = pool.getConnection()) {
            insertEffect(c, key);
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the effect", e);
        }
    }

    private static void insertEffect(Connection c, String key) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO inbox_effects (event_key, worker) VALUES (?, 'fault')")) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
    }
}
