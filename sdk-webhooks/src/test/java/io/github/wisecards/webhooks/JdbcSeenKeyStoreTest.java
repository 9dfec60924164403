package io.github.wisecards.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.core.FakeClock;
import io.github.wisecards.webhooks.SeenKeyStore.Claim;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcSeenKeyStoreTest {
    private final FakeClock clock = new FakeClock();
    private final Instant deadline = clock.instant().plus(Duration.ofDays(365));
    private DataSource dataSource;

    @BeforeEach
    void createDatabase() throws SQLException {
        dataSource = newDatabase();
    }

    /** A fresh H2 database with the table from the DDL shipped in the jar. */
    static DataSource newDatabase() throws SQLException {
        DataSource h2 = driverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        execute(h2, shippedDdl("h2"));
        return h2;
    }

    static String shippedDdl(String dialect) {
        String path = "META-INF/wise-cards/webhook-inbox-" + dialect + ".sql";
        try (InputStream in = JdbcSeenKeyStoreTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void execute(DataSource ds, String script) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            for (String statement : script.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
    }

    /** The back-off waits after deadlocks, in nanoseconds, recorded instead of slept. */
    private final List<Long> backOffs = new CopyOnWriteArrayList<>();

    private JdbcSeenKeyStore store(DataSource ds) {
        return JdbcSeenKeyStore.builder(ds)
                .clock(clock)
                .parkNanos(backOffs::add)
                .build();
    }

    @Test
    void onlyADoneKeyIsADuplicate() {
        JdbcSeenKeyStore store = store(dataSource);
        assertThat(store.claim("k", "a", deadline)).isEqualTo(Claim.CLAIMED);
        assertThat(store.claim("k", "b", deadline)).isEqualTo(Claim.CLAIMED_ELSEWHERE);
        assertThat(store.complete("k", "a", deadline)).isTrue();
        assertThat(store.claim("k", "c", deadline)).isEqualTo(Claim.DONE);
    }

    @Test
    void aReleasedClaimIsClaimedAgainAtOnce() {
        JdbcSeenKeyStore store = store(dataSource);
        store.claim("k", "a", deadline);
        store.release("k", "a", deadline);
        assertThat(store.claim("k", "b", deadline)).isEqualTo(Claim.CLAIMED);
        store.release("never-claimed", "x", deadline);
    }

    @Test
    void anExpiredClaimIsTakenOverAndTheSlowOwnerCanNeitherCompleteNorReleaseIt() {
        JdbcSeenKeyStore store = JdbcSeenKeyStore.builder(dataSource)
                .clock(clock)
                .lease(Duration.ofSeconds(30))
                .build();
        store.claim("k", "slow", deadline);
        clock.advance(Duration.ofSeconds(29));
        assertThat(store.claim("k", "b", deadline)).isEqualTo(Claim.CLAIMED_ELSEWHERE);
        clock.advance(Duration.ofSeconds(1));
        assertThat(store.claim("k", "b", deadline)).isEqualTo(Claim.CLAIMED);
        store.release("k", "slow", deadline);
        assertThat(store.complete("k", "slow", deadline)).isFalse();
        assertThat(store.claim("k", "c", deadline)).isEqualTo(Claim.CLAIMED_ELSEWHERE);
        assertThat(store.complete("k", "b", deadline)).isTrue();
        assertThat(store.claim("k", "c", deadline)).isEqualTo(Claim.DONE);
    }

    @Test
    void aDoneKeyOlderThanTheTtlIsClaimedAgainAndOnlyOldRowsArePurged() throws SQLException {
        JdbcSeenKeyStore store = store(dataSource);
        store.claim("old", "a", deadline);
        store.complete("old", "a", deadline);
        clock.advance(Duration.ofDays(15).minusMillis(1));
        assertThat(store.claim("old", "b", deadline)).isEqualTo(Claim.DONE);
        store.claim("newer", "c", deadline);
        clock.advance(Duration.ofMillis(1));
        assertThat(store.claim("old", "b", deadline)).isEqualTo(Claim.CLAIMED);
        store.complete("old", "b", deadline);
        clock.advance(Duration.ofDays(15));
        store.claim("live-done", "d", deadline);
        store.complete("live-done", "d", deadline);
        store.claim("live-claim", "e", deadline);
        clock.advance(Duration.ofDays(1));

        // "old" and the abandoned claim "newer" are gone; a key done a day ago and a claim whose
        // lease has ended, but which changed a day ago, are not
        assertThat(store.purgeExpired()).isEqualTo(2);
        assertThat(store.claim("live-done", "x", deadline)).isEqualTo(Claim.DONE);
        assertThat(store.purgeExpired()).isZero();
        assertThat(rowCount()).isEqualTo(2);
    }

    @Test
    void aDuplicateIsFoundWithASelectAloneNeverAFailingInsert() {
        List<String> statements = new CopyOnWriteArrayList<>();
        JdbcSeenKeyStore store = store(recording(dataSource, statements));
        store.claim("k", "a", deadline);
        store.complete("k", "a", deadline);
        statements.clear();
        assertThat(store.claim("k", "b", deadline)).isEqualTo(Claim.DONE);
        assertThat(statements).hasSize(1).allMatch(sql -> sql.startsWith("SELECT"));
    }

    @Test
    void aDuplicateOnAnAutoCommitOffConnectionEndsItsReadTransaction() {
        JdbcSeenKeyStore store = store(autoCommitOff(dataSource));
        store.claim("k", "a", deadline);
        store.complete("k", "a", deadline);
        List<String> calls = new CopyOnWriteArrayList<>();
        JdbcSeenKeyStore watched = store(connections(autoCommitOff(dataSource), c -> recordingCalls(c, calls)));
        assertThat(watched.claim("k", "b", deadline)).isEqualTo(Claim.DONE);
        assertThat(calls).containsSubsequence("prepareStatement", "commit", "close");
    }

    @Test
    void autoCommitIsNotSwitchedBackOnOverATransactionThatCouldNotBeRolledBack() throws SQLException {
        execute(dataSource, "CREATE TABLE effects (event_key VARCHAR(128) PRIMARY KEY)");
        JdbcSeenKeyStore store = store(dataSource);
        store.claim("k", "a", deadline);
        List<String> calls = new CopyOnWriteArrayList<>();
        JdbcSeenKeyStore brokenRollback = store(connections(dataSource, c -> recordingCalls(c, calls, "rollback")));
        assertThatThrownBy(() -> brokenRollback.completeInTransaction("k", "a", deadline, c -> {
                    insertEffect(c, "k");
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom")
                .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
        assertThat(calls).contains("setAutoCommit(false)").doesNotContain("setAutoCommit(true)");
    }

    @Test
    void eachCallBoundsTheConnectionsNetworkWaitByTheTimeLeftAndRestoresIt() {
        List<String> calls = new CopyOnWriteArrayList<>();
        JdbcSeenKeyStore store = store(connections(dataSource, c -> recordingCalls(c, calls)));
        store.claim("k", "a", clock.instant().plusMillis(2_500));
        assertThat(calls)
                .containsSubsequence("setNetworkTimeout(2500)", "prepareStatement", "setNetworkTimeout(0)", "close")
                .doesNotContain("setNetworkTimeout(3000)");
    }

    @Test
    void aCheckConstraintViolationIsAStoreErrorNeverADuplicate() throws SQLException {
        execute(
                dataSource,
                "ALTER TABLE wise_webhook_inbox ADD CONSTRAINT key_is_sha256 CHECK (CHAR_LENGTH(event_key) = 64)");
        JdbcSeenKeyStore store = store(dataSource);
        assertThatThrownBy(() -> store.claim("too-short", "a", deadline))
                .isInstanceOf(SeenKeyStoreException.class)
                .hasMessageContaining("SQLState 23513");
        assertThat(store.claim("a".repeat(64), "a", deadline)).isEqualTo(Claim.CLAIMED);
    }

    @Test
    void aDeadlockIsRetriedAndThenTheClaimSucceeds() {
        AtomicInteger deadlocks = new AtomicInteger(2);
        JdbcSeenKeyStore store = store(failing(
                dataSource,
                () -> deadlocks.getAndDecrement() > 0
                        ? new SQLException("Deadlock found when trying to get lock", "40001", 1213)
                        : null));
        assertThat(store.claim("k", "a", deadline)).isEqualTo(Claim.CLAIMED);
        assertThat(deadlocks.get()).isNegative();
        // each retry waits 5 to 30 ms first, so that the colliding transactions do not collide again
        assertThat(backOffs)
                .hasSize(2)
                .allSatisfy(nanos ->
                        assertThat(Duration.ofNanos(nanos)).isBetween(Duration.ofMillis(5), Duration.ofMillis(30)));
    }

    @Test
    void deadlocksAreRetriedABoundedNumberOfTimes() {
        AtomicInteger calls = new AtomicInteger();
        JdbcSeenKeyStore store = JdbcSeenKeyStore.builder(failing(
                        dataSource,
                        () -> calls.incrementAndGet() <= 4
                                ? new SQLException("deadlock detected", "40P01", 0)
                                : new SQLException("retried past maxAttempts", "XX000", 0)))
                .clock(clock)
                .maxAttempts(4)
                .parkNanos(backOffs::add)
                .build();
        assertThatThrownBy(() -> store.claim("k", "a", deadline))
                .isInstanceOf(SeenKeyStoreException.class)
                .hasMessageContaining("SQLState 40P01");
        assertThat(calls).hasValue(4);
        assertThat(backOffs).hasSize(3);
    }

    @Test
    void noStoreWorkStartsOnceTheDeadlineHasPassed() {
        JdbcSeenKeyStore store = store(dataSource);
        assertThatThrownBy(() -> store.claim("k", "a", clock.instant()))
                .isInstanceOf(SeenKeyStoreException.class)
                .hasMessageContaining("time budget");
    }

    @Test
    void aDeadlineAsFarAsInstantMaxIsAccepted() {
        JdbcSeenKeyStore store = store(dataSource);
        assertThat(store.claim("k", "a", Instant.MAX)).isEqualTo(Claim.CLAIMED);
        assertThat(store.complete("k", "a", Instant.MAX)).isTrue();
    }

    @Test
    void worksWhenConnectionsHaveAutoCommitOff() {
        JdbcSeenKeyStore manual = store(autoCommitOff(dataSource));
        JdbcSeenKeyStore otherInstance = store(dataSource);
        assertThat(manual.claim("k", "a", deadline)).isEqualTo(Claim.CLAIMED);
        assertThat(otherInstance.claim("k", "b", deadline)).isEqualTo(Claim.CLAIMED_ELSEWHERE);
        manual.release("k", "a", deadline);
        assertThat(otherInstance.claim("k", "b", deadline)).isEqualTo(Claim.CLAIMED);
        assertThat(otherInstance.complete("k", "b", deadline)).isTrue();
        assertThat(manual.claim("k", "c", deadline)).isEqualTo(Claim.DONE);
    }

    @Test
    void completeInTransactionCommitsTheCallersWritesWithTheDoneMarkOrNeither() throws SQLException {
        execute(dataSource, "CREATE TABLE effects (event_key VARCHAR(128) PRIMARY KEY)");
        JdbcSeenKeyStore store = store(dataSource);
        store.claim("fails", "a", deadline);
        assertThatThrownBy(() -> store.completeInTransaction("fails", "a", deadline, c -> {
                    insertEffect(c, "fails");
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        assertThat(effects()).isZero();
        assertThat(store.claim("fails", "b", deadline)).isEqualTo(Claim.CLAIMED_ELSEWHERE);

        store.claim("ok", "a", deadline);
        assertThat(store.completeInTransaction("ok", "a", deadline, c -> insertEffect(c, "ok")))
                .isTrue();
        assertThat(effects()).isEqualTo(1);
        assertThat(store.claim("ok", "b", deadline)).isEqualTo(Claim.DONE);
    }

    @Test
    void completeInTransactionRollsBackWhenTheClaimWasTakenOver() throws SQLException {
        execute(dataSource, "CREATE TABLE effects (event_key VARCHAR(128) PRIMARY KEY)");
        JdbcSeenKeyStore store = JdbcSeenKeyStore.builder(dataSource)
                .clock(clock)
                .lease(Duration.ofSeconds(10))
                .build();
        store.claim("k", "slow", deadline);
        clock.advance(Duration.ofSeconds(10));
        assertThat(store.claim("k", "fast", deadline)).isEqualTo(Claim.CLAIMED);
        assertThat(store.completeInTransaction("k", "slow", deadline, c -> insertEffect(c, "k")))
                .isFalse();
        assertThat(effects()).isZero();
        assertThat(store.completeInTransaction("k", "fast", deadline, c -> insertEffect(c, "k")))
                .isTrue();
        assertThat(effects()).isEqualTo(1);
    }

    @Test
    void aCallbackSqlErrorInTheTransactionIsACallbackExceptionNotAStoreErrorAndIsNotRetried() {
        JdbcSeenKeyStore store = store(dataSource);
        store.claim("k", "a", deadline);
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> store.completeInTransaction("k", "a", deadline, c -> {
                    if (runs.incrementAndGet() == 1) {
                        try (Statement s = c.createStatement()) {
                            s.execute("INSERT INTO no_such_table VALUES (1)");
                        }
                    }
                }))
                .isInstanceOf(WebhookCallbackException.class)
                .hasMessageContaining("42S02");
        assertThat(runs).hasValue(1);
    }

    @Test
    void databaseFailuresSurfaceAsSeenKeyStoreException() {
        JdbcSeenKeyStore healthy = store(dataSource);
        healthy.claim("k", "a", deadline);
        // the table exists; the database stops answering every statement, then every connection
        RecordingDataSource database = RecordingDataSource.autoCommitOn(dataSource)
                .failAlways("SELECT", new SQLException("connection lost", "08006"))
                .failAlways("UPDATE", new SQLException("connection lost", "08006"))
                .failAlways("DELETE", new SQLException("connection lost", "08006"));
        JdbcSeenKeyStore store = store(database.dataSource());

        List<ThrowingCallable> calls = List.of(
                () -> store.claim("k", "b", deadline),
                () -> store.complete("k", "a", deadline),
                () -> store.release("k", "a", deadline),
                store::purgeExpired);
        for (ThrowingCallable call : calls) {
            assertThatThrownBy(call)
                    .isInstanceOf(SeenKeyStoreException.class)
                    .hasMessageContaining("SQLState 08006")
                    .cause()
                    .isInstanceOf(SQLException.class);
        }
        database.heal().failAlways("getConnection", new SQLException("connection refused", "08001"));
        for (ThrowingCallable call : calls) {
            assertThatThrownBy(call).isInstanceOf(SeenKeyStoreException.class).hasMessageContaining("SQLState 08001");
        }

        // nothing changed meanwhile: once the database is back, "a" still holds its claim
        database.heal();
        assertThat(store.claim("k", "b", deadline)).isEqualTo(Claim.CLAIMED_ELSEWHERE);
        assertThat(store.complete("k", "a", deadline)).isTrue();
    }

    @Test
    void anInsertFailureOtherThanAUniqueViolationIsAStoreErrorNeverAlreadySeen() {
        // the SELECT finds no row, then the INSERT fails for another reason (connection lost)
        JdbcSeenKeyStore store = store(connections(
                dataSource,
                c -> intercept(
                        c, sql -> sql.startsWith("INSERT") ? new SQLException("connection lost", "08006") : null)));

        assertThatThrownBy(() -> store.claim("k", "a", deadline))
                .isInstanceOf(SeenKeyStoreException.class)
                .hasMessageContaining("08006");
        // nothing was recorded: the next delivery claims the key
        assertThat(store(dataSource).claim("k", "b", deadline)).isEqualTo(Claim.CLAIMED);
    }

    @Test
    void aLostInsertRaceReadsTheWinnersRowInsteadOfFailing() {
        JdbcSeenKeyStore winner = store(dataSource);
        java.util.concurrent.atomic.AtomicBoolean raced = new java.util.concurrent.atomic.AtomicBoolean();
        // just before this instance's INSERT, another instance inserts and completes the key
        JdbcSeenKeyStore loser = store(connections(
                autoCommitOff(dataSource),
                c -> intercept(c, sql -> {
                    if (sql.startsWith("INSERT") && raced.compareAndSet(false, true)) {
                        winner.claim("k", "w", deadline);
                        winner.complete("k", "w", deadline);
                    }
                    return null;
                })));

        assertThat(loser.claim("k", "l", deadline)).isEqualTo(Claim.DONE);
        assertThat(raced).isTrue();
    }

    @Test
    void purgeDeletesOnlyRowsOlderThanTheTtlAndKeepsLiveOnes() {
        JdbcSeenKeyStore store = store(autoCommitOff(dataSource));
        store.claim("old-done", "a", deadline);
        store.complete("old-done", "a", deadline);
        store.claim("old-released", "a", deadline);
        store.release("old-released", "a", deadline);
        clock.advance(Duration.ofDays(10));
        store.claim("live-done", "a", deadline);
        store.complete("live-done", "a", deadline);
        store.claim("live-claim", "a", deadline);
        clock.advance(Duration.ofDays(5).plusMillis(1)); // the old rows are now 15 days and 1 ms old

        assertThat(store.purgeExpired()).isEqualTo(2);

        // seen from another connection: the purge was committed, and the live rows are untouched
        JdbcSeenKeyStore other = store(dataSource);
        assertThat(other.claim("live-done", "b", deadline)).isEqualTo(Claim.DONE);
        assertThat(other.purgeExpired()).isZero();
        assertThat(other.claim("old-done", "b", deadline)).isEqualTo(Claim.CLAIMED);
    }

    @Test
    void withAutoCommitOffEachOperationIsCommittedForOtherInstancesToSee() {
        JdbcSeenKeyStore manual = store(autoCommitOff(dataSource));
        JdbcSeenKeyStore other = store(dataSource);

        assertThat(manual.claim("k", "a", deadline)).isEqualTo(Claim.CLAIMED);
        assertThat(other.claim("k", "b", deadline)).isEqualTo(Claim.CLAIMED_ELSEWHERE);
        assertThat(manual.complete("k", "a", deadline)).isTrue();
        assertThat(other.claim("k", "b", deadline)).isEqualTo(Claim.DONE);

        assertThat(manual.claim("r", "a", deadline)).isEqualTo(Claim.CLAIMED);
        manual.release("r", "a", deadline);
        assertThat(other.claim("r", "b", deadline)).isEqualTo(Claim.CLAIMED);
    }

    @Test
    void maxAttemptsMustBeAtLeastOne() {
        assertThatThrownBy(() -> JdbcSeenKeyStore.builder(dataSource).maxAttempts(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxAttempts");
        assertThat(JdbcSeenKeyStore.builder(dataSource).maxAttempts(1).build().claim("k", "a", deadline))
                .isEqualTo(Claim.CLAIMED);
    }

    @Test
    void tableNameMustBeAnIdentifier() {
        assertThatThrownBy(() -> JdbcSeenKeyStore.builder(dataSource).tableName("t; DROP TABLE x"))
                .isInstanceOf(IllegalArgumentException.class);
        JdbcSeenKeyStore.builder(dataSource).tableName("PUBLIC.wise_webhook_inbox");
    }

    private static void insertEffect(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO effects (event_key) VALUES (?)")) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
    }

    private int rowCount() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM wise_webhook_inbox")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private int effects() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM effects")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** A data source over DriverManager (the H2 driver registers itself); only getConnection() is used. */
    static DataSource driverManagerDataSource(String url) {
        return (DataSource) Proxy.newProxyInstance(
                JdbcSeenKeyStoreTest.class.getClassLoader(), new Class<?>[] {DataSource.class}, (p, m, args) -> {
                    if (m.getName().equals("getConnection") && m.getParameterCount() == 0) {
                        return DriverManager.getConnection(url);
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    /** Wraps a data source so every connection starts with auto-commit off, like many pools do. */
    static DataSource autoCommitOff(DataSource delegate) {
        return connections(delegate, c -> {
            c.setAutoCommit(false);
            return c;
        });
    }

    /** Records the SQL of every statement prepared through the data source. */
    private static DataSource recording(DataSource delegate, List<String> statements) {
        return connections(
                delegate,
                c -> intercept(c, sql -> {
                    statements.add(sql);
                    return null;
                }));
    }

    /** Makes every prepared statement's execution throw what {@code failure} returns, if not null. */
    private static DataSource failing(DataSource delegate, java.util.function.Supplier<SQLException> failure) {
        return connections(delegate, c -> intercept(c, sql -> failure.get()));
    }

    private interface SqlFunction<T, R> {
        R apply(T t) throws SQLException;
    }

    private static DataSource connections(DataSource delegate, SqlFunction<Connection, Connection> wrap) {
        return (DataSource) Proxy.newProxyInstance(
                JdbcSeenKeyStoreTest.class.getClassLoader(), new Class<?>[] {DataSource.class}, (p, m, args) -> {
                    Object result = invoke(m, delegate, args);
                    return result instanceof Connection c ? wrap.apply(c) : result;
                });
    }

    /** Records the names of the connection's methods called; the methods in {@code failing} throw. */
    private static Connection recordingCalls(Connection c, List<String> calls, String... failing) {
        List<String> fail = List.of(failing);
        return (Connection) Proxy.newProxyInstance(
                JdbcSeenKeyStoreTest.class.getClassLoader(), new Class<?>[] {Connection.class}, (p, m, args) -> {
                    calls.add(
                            m.getName().equals("setAutoCommit")
                                    ? "setAutoCommit(" + args[0] + ")"
                                    : m.getName().equals("setNetworkTimeout")
                                            ? "setNetworkTimeout(" + args[1] + ")"
                                            : m.getName());
                    if (fail.contains(m.getName())) {
                        throw new SQLException("connection broken", "08006");
                    }
                    return invoke(m, c, args);
                });
    }

    /** Calls {@code onPrepare} with each prepared SQL; a non-null result is thrown on execution. */
    private static Connection intercept(Connection c, SqlFunction<String, SQLException> onPrepare) {
        return (Connection) Proxy.newProxyInstance(
                JdbcSeenKeyStoreTest.class.getClassLoader(), new Class<?>[] {Connection.class}, (p, m, args) -> {
                    Object result = invoke(m, c, args);
                    if (!(result instanceof PreparedStatement ps)) {
                        return result;
                    }
                    SQLException failure = onPrepare.apply((String) args[0]);
                    return Proxy.newProxyInstance(
                            JdbcSeenKeyStoreTest.class.getClassLoader(),
                            new Class<?>[] {PreparedStatement.class},
                            (p2, m2, args2) -> {
                                if (failure != null && m2.getName().startsWith("execute")) {
                                    throw failure;
                                }
                                return invoke(m2, ps, args2);
                            });
                });
    }

    private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
