package io.github.wisecards.databases.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.github.wisecards.databases.Database;
import io.github.wisecards.databases.TestDatabases;
import io.github.wisecards.databases.TestDatabases.Driver;
import io.github.wisecards.databases.inbox.SignedDeliveries.Delivery;
import io.github.wisecards.webhooks.JdbcSeenKeyStore;
import io.github.wisecards.webhooks.SeenKeyStore.Claim;
import io.github.wisecards.webhooks.SeenKeyStoreException;
import io.github.wisecards.webhooks.WebhookHandler;
import io.github.wisecards.webhooks.WebhookHandler.Outcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbox's store and handler on real PostgreSQL and MariaDB, through pgjdbc, MariaDB
 * Connector/J and MySQL Connector/J over HikariCP, with auto-commit on and off.
 */
class InboxOnRealDatabasesTest {
    private static final Logger LOG = LoggerFactory.getLogger(InboxOnRealDatabasesTest.class);
    private static SignedDeliveries events;

    private final MutableClock clock = new MutableClock();
    private final List<HikariDataSource> pools = new ArrayList<>();

    @BeforeAll
    static void signEvents() {
        events = SignedDeliveries.generate(100, "suite-");
    }

    @AfterEach
    void closePools() {
        pools.forEach(HikariDataSource::close);
    }

    static Stream<Arguments> drivers() {
        return Stream.of(Driver.values()).flatMap(d -> Stream.of(Arguments.of(d, true), Arguments.of(d, false)));
    }

    private HikariDataSource inbox(Driver driver, boolean autoCommit, int poolSize) {
        Database db = TestDatabases.newDatabase(driver);
        InboxSchema.create(db);
        HikariDataSource pool = TestDatabases.pool(db, autoCommit, poolSize);
        pools.add(pool);
        return pool;
    }

    @ParameterizedTest(name = "{0} autoCommit={1}")
    @MethodSource("drivers")
    void claimCompleteReleaseAndTakeOverFollowTheStateMachine(Driver driver, boolean autoCommit) {
        JdbcSeenKeyStore store = JdbcSeenKeyStore.builder(inbox(driver, autoCommit, 2))
                .clock(clock)
                .lease(Duration.ofSeconds(30))
                .build();
        Instant deadline = Instant.MAX;
        assertThat(store.claim("k", "a", deadline)).isEqualTo(Claim.CLAIMED);
        assertThat(store.claim("k", "b", deadline)).isEqualTo(Claim.CLAIMED_ELSEWHERE);
        store.release("k", "a", deadline);
        assertThat(store.claim("k", "b", deadline)).isEqualTo(Claim.CLAIMED);
        clock.advance(Duration.ofSeconds(30));
        assertThat(store.claim("k", "c", deadline)).isEqualTo(Claim.CLAIMED);
        assertThat(store.complete("k", "b", deadline)).as("the expired owner").isFalse();
        assertThat(store.complete("k", "c", deadline)).isTrue();
        assertThat(store.claim("k", "d", deadline)).isEqualTo(Claim.DONE);
        clock.advance(JdbcSeenKeyStore.DEFAULT_TTL);
        assertThat(store.purgeExpired()).isEqualTo(1);
        assertThat(store.claim("k", "e", deadline)).isEqualTo(Claim.CLAIMED);
    }

    @ParameterizedTest(name = "{0} autoCommit={1}")
    @MethodSource("drivers")
    void aCheckConstraintViolationIsAStoreErrorNeverADuplicate(Driver driver, boolean autoCommit) {
        HikariDataSource pool = inbox(driver, autoCommit, 2);
        try (Connection c = pool.getConnection();
                var s = c.createStatement()) {
            // Event keys are "v1:" + 64 hex digits: this constraint rejects every one of them.
            s.execute("ALTER TABLE wise_webhook_inbox ADD CONSTRAINT key_is_bare_sha256"
                    + " CHECK (CHAR_LENGTH(event_key) = 64)");
            if (!autoCommit) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        WebhookHandler handler = WebhookHandler.builder()
                .verifier(events.verifier())
                .seenKeyStore(JdbcSeenKeyStore.builder(pool).build())
                .build();
        Delivery d = events.deliveries().get(0);
        AtomicInteger calls = new AtomicInteger();
        for (int delivery = 0; delivery < 2; delivery++) {
            assertThatThrownBy(() -> handler.handle(d.headers(), d.body(), e -> calls.incrementAndGet()))
                    .isInstanceOf(SeenKeyStoreException.class)
                    .hasMessageContaining("SQLState 23");
        }
        assertThat(calls).hasValue(0);
    }

    @ParameterizedTest(name = "{0} autoCommit={1}")
    @MethodSource("drivers")
    void transactionalModeCommitsTheEffectWithTheDoneMarkOrNeither(Driver driver, boolean autoCommit)
            throws SQLException {
        HikariDataSource pool = inbox(driver, autoCommit, 2);
        WebhookHandler handler = WebhookHandler.builder()
                .verifier(events.verifier())
                .seenKeyStore(JdbcSeenKeyStore.builder(pool).build())
                .build();
        Delivery d = events.deliveries().get(1);
        assertThatThrownBy(() -> handler.handleInTransaction(d.headers(), d.body(), (event, c) -> {
                    insertEffect(c, event.eventKey());
                    throw new IllegalStateException("after the write");
                }))
                .hasMessage("after the write");
        assertThat(InboxSchema.effectsPerKey(pool)).isEmpty();
        assertThat(handler.handleInTransaction(d.headers(), d.body(), (event, c) -> insertEffect(c, event.eventKey())))
                .isEqualTo(Outcome.PROCESSED);
        assertThat(handler.handleInTransaction(d.headers(), d.body(), (event, c) -> insertEffect(c, event.eventKey())))
                .isEqualTo(Outcome.DUPLICATE);
        assertThat(InboxSchema.effectsPerKey(pool).values()).containsExactly(1);
        try (Connection c = pool.getConnection()) {
            assertThat(c.getAutoCommit()).as("auto-commit restored").isEqualTo(autoCommit);
        }
    }

    /**
     * 16 threads deliver each of 100 events 16 times at once, 30% of callbacks failing (so claims
     * are released and taken over while other deliveries of the key insert, read and update it):
     * the collisions that deadlocked MariaDB before. No delivery may end in a store error.
     */
    @ParameterizedTest(name = "{0} autoCommit={1}")
    @MethodSource("drivers")
    void collidingDeliveriesOfOneKeyNeverFailWithADeadlock(Driver driver, boolean autoCommit) throws Exception {
        HikariDataSource pool = inbox(driver, autoCommit, 18);
        WebhookHandler handler = WebhookHandler.builder()
                .verifier(events.verifier())
                .seenKeyStore(JdbcSeenKeyStore.builder(pool).build())
                .build();
        int threads = 16;
        AtomicInteger storeErrors = new AtomicInteger();
        AtomicInteger inProgress = new AtomicInteger();
        AtomicInteger processed = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Random random = new Random(t);
                futures.add(executor.submit(() -> {
                    start.await();
                    for (Delivery d : events.deliveries()) {
                        try {
                            Outcome outcome = handler.handle(d.headers(), d.body(), e -> {
                                if (random.nextInt(10) < 3) {
                                    throw new IllegalStateException("injected");
                                }
                            });
                            if (outcome == Outcome.IN_PROGRESS) {
                                inProgress.incrementAndGet();
                            } else if (outcome == Outcome.PROCESSED) {
                                processed.incrementAndGet();
                            }
                        } catch (SeenKeyStoreException e) {
                            storeErrors.incrementAndGet();
                            LOG.error("store error", e);
                        } catch (IllegalStateException e) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            executor.shutdownNow();
        }
        LOG.info(
                "{} autoCommit={}: 1,600 colliding deliveries in {} ms: processed={} inProgress(503)={}"
                        + " callbackFailures={} storeErrors={}",
                driver,
                autoCommit,
                (System.nanoTime() - started) / 1_000_000,
                processed,
                inProgress,
                failures,
                storeErrors);
        assertThat(storeErrors).as("deliveries answered 5xx by a store error").hasValue(0);
        assertThat(failures).as("injected failures happened").hasPositiveValue();
        Map<String, Integer> statuses = InboxSchema.statusCounts(pool);
        assertThat(statuses.getOrDefault("DONE", 0) + statuses.getOrDefault("CLAIMED", 0))
                .isEqualTo(events.deliveries().size());
    }

    private static void insertEffect(Connection c, String key) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO inbox_effects (event_key, worker) VALUES (?, 'suite')")) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
    }

    static <T> List<T> shuffled(List<T> list, long seed) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }
}
