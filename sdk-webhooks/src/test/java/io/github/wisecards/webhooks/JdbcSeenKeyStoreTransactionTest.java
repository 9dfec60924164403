package io.github.wisecards.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.core.FakeClock;
import io.github.wisecards.webhooks.SeenKeyStore.Claim;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How {@link JdbcSeenKeyStore} ends its transactions: when it commits, rolls back and touches
 * auto-commit, on connections handed out with auto-commit on and off, and when the database fails.
 * The table is real (H2); {@link RecordingDataSource} records the calls and fails them on demand.
 */
class JdbcSeenKeyStoreTransactionTest {
    /** A fresh one per use: a rollback failure is added to it as a suppressed exception. */
    private final SQLException connectionLost = new SQLException("connection lost", "08006");

    private final FakeClock clock = new FakeClock();
    private final Instant deadline = clock.instant().plus(Duration.ofDays(365));
    private DataSource database;

    @BeforeEach
    void createDatabase() throws SQLException {
        database = JdbcSeenKeyStoreTest.newDatabase();
        JdbcSeenKeyStoreTest.execute(database, "CREATE TABLE effects (event_key VARCHAR(128) PRIMARY KEY)");
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
    void withAutoCommitOffEachOperationCommitsExactlyOnceAndNeverTouchesAutoCommit() {
        RecordingDataSource manual = RecordingDataSource.autoCommitOff(database);
        JdbcSeenKeyStore store = store(manual.dataSource());

        assertThat(store.claim("k", "a", deadline)).isEqualTo(Claim.CLAIMED);
        assertCommittedOnce(manual, "SELECT", "INSERT");
        assertThat(store.complete("k", "a", deadline)).isTrue();
        assertCommittedOnce(manual, "UPDATE");
        assertThat(store.claim("k", "b", deadline)).isEqualTo(Claim.DONE);
        assertCommittedOnce(manual, "SELECT");
        store.claim("r", "a", deadline);
        assertCommittedOnce(manual, "SELECT", "INSERT");
        store.release("r", "a", deadline);
        assertCommittedOnce(manual, "UPDATE");
        clock.advance(Duration.ofDays(16));
        assertThat(store.claim("r", "b", deadline)).isEqualTo(Claim.CLAIMED);
        assertCommittedOnce(manual, "SELECT", "UPDATE");
        assertThat(store.purgeExpired()).isOne();
        assertCommittedOnce(manual, "DELETE");
    }

    /** The calls since the last check: the statements, one commit, then the connection closed. */
    private static void assertCommittedOnce(RecordingDataSource manual, String... statements) {
        assertThat(manual.calls())
                .containsSubsequence(statements)
                .endsWith("commit", "setNetworkTimeout(0)", "close")
                .doesNotContain("rollback")
                .noneMatch(call -> call.startsWith("setAutoCommit"));
        assertThat(manual.count("commit")).as(manual.toString()).isOne();
        manual.clear();
    }

    @Test
    void withAutoCommitOnTheStoreNeitherCommitsNorRollsBack() {
        RecordingDataSource auto = RecordingDataSource.autoCommitOn(database);
        JdbcSeenKeyStore store = store(auto.dataSource());

        store.claim("k", "a", deadline);
        store.complete("k", "a", deadline);
        store.claim("k", "b", deadline);
        store.claim("r", "a", deadline);
        store.release("r", "a", deadline);
        clock.advance(Duration.ofDays(16));
        store.purgeExpired();

        assertThat(auto.calls())
                .contains("SELECT", "INSERT", "UPDATE", "DELETE")
                .doesNotContain("commit", "rollback")
                .noneMatch(call -> call.startsWith("setAutoCommit"));
    }

    @Test
    void aLostInsertRaceWithAutoCommitOffRollsBackBeforeReadingTheWinnersRow() {
        RecordingDataSource manual = RecordingDataSource.autoCommitOff(database);
        JdbcSeenKeyStore winner = store(database);
        manual.beforeNext("INSERT", () -> {
            winner.claim("k", "w", deadline);
            winner.complete("k", "w", deadline);
        });

        assertThat(store(manual.dataSource()).claim("k", "l", deadline)).isEqualTo(Claim.DONE);
        assertThat(manual.calls())
                .containsExactly(
                        "getConnection",
                        "setNetworkTimeout(3600000)",
                        "SELECT",
                        "INSERT",
                        "rollback",
                        "SELECT",
                        "commit",
                        "setNetworkTimeout(0)",
                        "close");
    }

    @Test
    void aLostInsertRaceWithAutoCommitOnDoesNotRollBack() {
        RecordingDataSource auto = RecordingDataSource.autoCommitOn(database);
        JdbcSeenKeyStore winner = store(database);
        auto.beforeNext("INSERT", () -> winner.claim("k", "w", deadline));

        assertThat(store(auto.dataSource()).claim("k", "l", deadline)).isEqualTo(Claim.CLAIMED_ELSEWHERE);
        assertThat(auto.calls())
                .containsSubsequence("SELECT", "INSERT", "SELECT")
                .doesNotContain("rollback");
    }

    @Test
    void aLostTakeOverRaceWithAutoCommitOffCommitsBeforeReadingTheRowAgain() {
        JdbcSeenKeyStore other = store(database);
        other.claim("k", "crashed", deadline);
        other.release("k", "crashed", deadline);
        RecordingDataSource manual = RecordingDataSource.autoCommitOff(database);
        // just before this instance's take-over UPDATE, another instance takes the key over
        manual.beforeNext(
                "UPDATE", () -> assertThat(other.claim("k", "fast", deadline)).isEqualTo(Claim.CLAIMED));

        assertThat(store(manual.dataSource()).claim("k", "slow", deadline)).isEqualTo(Claim.CLAIMED_ELSEWHERE);
        // under REPEATABLE READ the second SELECT would still see the released row without that commit
        assertThat(manual.calls()).containsSubsequence("SELECT", "UPDATE", "commit", "SELECT", "commit", "close");
        assertThat(manual.count("SELECT")).isEqualTo(2);
    }

    @Test
    void aKeyWhoseInsertKeepsHittingAUniqueViolationIsReadThreeTimesThenClaimedElsewhere() {
        RecordingDataSource auto = RecordingDataSource.autoCommitOn(database)
                // three lost races in a row; a fourth INSERT would succeed
                .failNext("INSERT", new SQLException("duplicate key", "23505", 0), 3);

        assertThat(store(auto.dataSource()).claim("k", "a", deadline)).isEqualTo(Claim.CLAIMED_ELSEWHERE);
        assertThat(auto.calls())
                .containsExactly(
                        "getConnection",
                        "setNetworkTimeout(3600000)",
                        "SELECT",
                        "INSERT",
                        "SELECT",
                        "INSERT",
                        "SELECT",
                        "INSERT",
                        "setNetworkTimeout(0)",
                        "close");
    }

    @Test
    void onlyAUniqueKeyViolationOnInsertCountsAsAnotherAttemptBeingFirst() {
        for (SQLException duplicate : new SQLException[] {
            new SQLException("pg/h2", "23505", 0),
            new SQLException("mysql", "23000", 1062),
            new SQLException("wrapped", "HY000", 0, new SQLException("sql server", "23000", 2627))
        }) {
            RecordingDataSource auto =
                    RecordingDataSource.autoCommitOn(database).failNext("INSERT", duplicate, 3);
            assertThat(store(auto.dataSource()).claim("k", "a", deadline))
                    .as(duplicate.getMessage())
                    .isEqualTo(Claim.CLAIMED_ELSEWHERE);
        }
        for (SQLException other : new SQLException[] {
            new SQLException("not null", "23502", 0),
            new SQLException("foreign key", "23503", 0),
            new SQLException("check", "23514", 0),
            new SQLException("mysql not null", "23000", 1048),
            new SQLException("disk full", "53100", 0),
            connectionLost
        }) {
            RecordingDataSource auto =
                    RecordingDataSource.autoCommitOn(database).failAlways("INSERT", other);
            assertThatThrownBy(() -> store(auto.dataSource()).claim("k", "a", deadline))
                    .as(other.getMessage())
                    .isInstanceOf(SeenKeyStoreException.class)
                    .hasMessageContaining("SQLState " + other.getSQLState())
                    .hasCause(other);
            assertThat(auto.count("INSERT")).as(other.getMessage()).isOne();
        }
        // nothing was recorded by any of them: the key is still free
        assertThat(store(database).claim("k", "a", deadline)).isEqualTo(Claim.CLAIMED);
    }

    @Test
    void aFailedStatementWithAutoCommitOffIsRolledBackNeverCommitted() {
        RecordingDataSource manual = RecordingDataSource.autoCommitOff(database);
        JdbcSeenKeyStore store = store(manual.dataSource());
        store.claim("k", "a", deadline);
        manual.clear();
        manual.failNext("UPDATE", connectionLost);

        assertThatThrownBy(() -> store.complete("k", "a", deadline))
                .isInstanceOf(SeenKeyStoreException.class)
                .hasMessageContaining("08006");
        assertThat(manual.calls())
                .containsSubsequence("UPDATE", "rollback", "close")
                .doesNotContain("commit");
    }

    @Test
    void aFailedCommitIsAStoreErrorAfterARollbackAttempt() {
        RecordingDataSource manual = RecordingDataSource.autoCommitOff(database).failNext("commit", connectionLost);

        assertThatThrownBy(() -> store(manual.dataSource()).claim("k", "a", deadline))
                .isInstanceOf(SeenKeyStoreException.class)
                .hasMessageContaining("08006")
                .hasCause(connectionLost);
        assertThat(manual.calls()).containsSubsequence("INSERT", "commit", "rollback", "close");
    }

    @Test
    void aRollbackThatFailsTooIsAddedToTheStoreErrorsCause() {
        SQLException rollbackFailed = new SQLException("rollback failed", "08003");
        RecordingDataSource manual = RecordingDataSource.autoCommitOff(database)
                .failNext("SELECT", connectionLost)
                .failNext("rollback", rollbackFailed);

        assertThatThrownBy(() -> store(manual.dataSource()).claim("k", "a", deadline))
                .isInstanceOf(SeenKeyStoreException.class)
                .cause()
                .isSameAs(connectionLost)
                .satisfies(cause -> assertThat(cause.getSuppressed()).containsExactly(rollbackFailed));
    }

    @Test
    void completeInTransactionSwitchesAutoCommitOffForTheTransactionAndBackOnAfterItCommits() throws SQLException {
        RecordingDataSource auto = RecordingDataSource.autoCommitOn(database);
        JdbcSeenKeyStore store = store(auto.dataSource());
        store.claim("k", "a", deadline);
        auto.clear();

        assertThat(store.completeInTransaction("k", "a", deadline, c -> insertEffect(c, "k")))
                .isTrue();
        assertThat(auto.calls())
                .containsExactly(
                        "getConnection",
                        "setNetworkTimeout(3600000)",
                        "setAutoCommit(false)",
                        "INSERT",
                        "UPDATE",
                        "commit",
                        "setAutoCommit(true)",
                        "setNetworkTimeout(0)",
                        "close");
        assertThat(effects()).isOne();
        assertThat(store(database).claim("k", "b", deadline)).isEqualTo(Claim.DONE);
    }

    @Test
    void completeInTransactionLeavesAnAutoCommitOffConnectionAsItWas() throws SQLException {
        RecordingDataSource manual = RecordingDataSource.autoCommitOff(database);
        JdbcSeenKeyStore store = store(manual.dataSource());
        store.claim("k", "a", deadline);
        manual.clear();

        assertThat(store.completeInTransaction("k", "a", deadline, c -> {
                    assertThat(c.getAutoCommit()).isFalse();
                    insertEffect(c, "k");
                }))
                .isTrue();
        assertThat(manual.calls())
                .containsSubsequence("INSERT", "UPDATE", "commit", "close")
                .noneMatch(call -> call.startsWith("setAutoCommit"))
                .doesNotContain("rollback");
        assertThat(effects()).isOne();
    }

    @Test
    void completeInTransactionRollsBackAndRestoresAutoCommitWhenTheClaimWasLost() throws SQLException {
        RecordingDataSource auto = RecordingDataSource.autoCommitOn(database);
        JdbcSeenKeyStore store = store(auto.dataSource());
        // no claim by "a": the done mark updates no row

        assertThat(store.completeInTransaction("k", "a", deadline, c -> insertEffect(c, "k")))
                .isFalse();
        assertThat(auto.calls())
                .containsSubsequence("setAutoCommit(false)", "INSERT", "UPDATE", "rollback", "setAutoCommit(true)")
                .doesNotContain("commit");
        assertThat(effects()).isZero();
    }

    @Test
    void completeInTransactionRollsBackAndRestoresAutoCommitWhenTheWorkThrows() throws SQLException {
        RecordingDataSource auto = RecordingDataSource.autoCommitOn(database);
        JdbcSeenKeyStore store = store(auto.dataSource());
        store.claim("k", "a", deadline);
        auto.clear();

        assertThatThrownBy(() -> store.completeInTransaction("k", "a", deadline, c -> {
                    insertEffect(c, "k");
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        assertThat(auto.calls())
                .containsSubsequence("setAutoCommit(false)", "INSERT", "rollback", "setAutoCommit(true)", "close")
                .doesNotContain("UPDATE", "commit");
        assertThat(effects()).isZero();
    }

    @Test
    void aFailedDoneMarkInTheTransactionIsAStoreErrorNotACallbackError() throws SQLException {
        RecordingDataSource auto = RecordingDataSource.autoCommitOn(database);
        JdbcSeenKeyStore store = store(auto.dataSource());
        store.claim("k", "a", deadline);
        auto.failNext("UPDATE", connectionLost);

        assertThatThrownBy(() -> store.completeInTransaction("k", "a", deadline, c -> insertEffect(c, "k")))
                .isInstanceOf(SeenKeyStoreException.class)
                .hasMessageContaining("08006")
                .hasCause(connectionLost);
        assertThat(auto.calls()).containsSubsequence("UPDATE", "rollback", "setAutoCommit(true)");
        assertThat(effects()).isZero();
    }

    @Test
    void aFailedCommitOfTheTransactionIsAStoreErrorWhoseOutcomeIsUnknown() {
        RecordingDataSource auto = RecordingDataSource.autoCommitOn(database);
        JdbcSeenKeyStore store = store(auto.dataSource());
        store.claim("k", "a", deadline);
        auto.failNext("commit", connectionLost);

        assertThatThrownBy(() -> store.completeInTransaction("k", "a", deadline, c -> insertEffect(c, "k")))
                .isInstanceOf(SeenKeyStoreException.class)
                .hasMessageContaining("08006")
                .hasMessageContaining("outcome is unknown");
        assertThat(auto.calls()).containsSubsequence("UPDATE", "commit", "rollback", "setAutoCommit(true)");
    }

    @Test
    void aDeadlockInTheTransactionRunsTheWorkAgainOnANewConnection() throws SQLException {
        RecordingDataSource auto = RecordingDataSource.autoCommitOn(database);
        JdbcSeenKeyStore store = store(auto.dataSource());
        store.claim("k", "a", deadline);
        auto.clear();
        AtomicInteger runs = new AtomicInteger();

        assertThat(store.completeInTransaction("k", "a", deadline, c -> {
                    insertEffect(c, "k");
                    if (runs.incrementAndGet() == 1) {
                        throw new SQLException("deadlock detected", "40P01");
                    }
                }))
                .isTrue();
        assertThat(runs).hasValue(2);
        assertThat(backOffs)
                .singleElement()
                .satisfies(nanos ->
                        assertThat(Duration.ofNanos(nanos)).isBetween(Duration.ofMillis(5), Duration.ofMillis(30)));
        assertThat(auto.count("getConnection")).isEqualTo(2);
        assertThat(auto.calls())
                .containsSubsequence("INSERT", "rollback", "close", "getConnection", "INSERT", "commit");
        assertThat(effects()).isOne();
    }

    @Test
    void aDeadlockOnTheLastAttemptOfTheTransactionIsACallbackErrorAfterTheRollback() throws SQLException {
        RecordingDataSource auto = RecordingDataSource.autoCommitOn(database);
        JdbcSeenKeyStore store = JdbcSeenKeyStore.builder(auto.dataSource())
                .clock(clock)
                .maxAttempts(1)
                .build();
        store.claim("k", "a", deadline);
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> store.completeInTransaction("k", "a", deadline, c -> {
                    if (runs.incrementAndGet() > 1) {
                        throw new IllegalStateException("ran a second time");
                    }
                    insertEffect(c, "k");
                    throw new SQLException("deadlock detected", "40P01");
                }))
                .isInstanceOf(WebhookCallbackException.class)
                .hasMessageContaining("40P01");
        assertThat(auto.count("getConnection")).isEqualTo(2);
        assertThat(effects()).isZero();
    }

    @Test
    void aTransactionThatKeepsDeadlockingRunsTheWorkExactlyMaxAttemptsTimes() throws SQLException {
        RecordingDataSource auto = RecordingDataSource.autoCommitOn(database);
        JdbcSeenKeyStore store = JdbcSeenKeyStore.builder(auto.dataSource())
                .clock(clock)
                .maxAttempts(2)
                .parkNanos(backOffs::add)
                .build();
        store.claim("k", "a", deadline);
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> store.completeInTransaction("k", "a", deadline, c -> {
                    if (runs.incrementAndGet() > 2) {
                        throw new IllegalStateException("ran a third time");
                    }
                    insertEffect(c, "k");
                    throw new SQLException("serialization failure", "40001");
                }))
                .isInstanceOf(WebhookCallbackException.class)
                .hasMessageContaining("40001");
        assertThat(runs).hasValue(2);
        assertThat(effects()).isZero();
    }

    @Test
    void eachCallRestoresTheNetworkTimeoutThePoolHadSet() {
        RecordingDataSource pooled = RecordingDataSource.autoCommitOn(database).networkTimeout(30_000);
        JdbcSeenKeyStore store = store(pooled.dataSource());

        store.claim("k", "a", clock.instant().plusSeconds(2));
        assertThat(pooled.calls()).containsSubsequence("setNetworkTimeout(2000)", "SELECT", "setNetworkTimeout(30000)");
        pooled.clear();
        store.completeInTransaction("k", "a", clock.instant().plusSeconds(4), c -> {});
        assertThat(pooled.calls()).containsSubsequence("setNetworkTimeout(4000)", "commit", "setNetworkTimeout(30000)");
    }

    @Test
    void aDriverWithoutNetworkTimeoutsIsUsedWithQueryTimeoutsAlone() {
        RecordingDataSource legacy = RecordingDataSource.autoCommitOff(database).networkTimeoutUnsupported();
        JdbcSeenKeyStore store = store(legacy.dataSource());

        assertThat(store.claim("k", "a", deadline)).isEqualTo(Claim.CLAIMED);
        assertThat(store.completeInTransaction("k", "a", deadline, c -> {})).isTrue();
        assertThat(legacy.calls()).contains("INSERT", "UPDATE").noneMatch(call -> call.startsWith("setNetworkTimeout"));
        assertThat(legacy.queryTimeouts()).containsOnly(3600);
    }

    @Test
    void eachStatementsQueryTimeoutIsTheTimeLeftRoundedUpToWholeSecondsAtLeastOne() {
        RecordingDataSource timed = RecordingDataSource.autoCommitOn(database);
        JdbcSeenKeyStore store = store(timed.dataSource());

        store.claim("a", "a", clock.instant().plusMillis(2_500));
        store.claim("b", "b", clock.instant().plusSeconds(2));
        store.claim("c", "c", clock.instant().plusMillis(1));
        store.claim("d", "d", clock.instant().plus(Duration.ofHours(2)));
        // one SELECT and one INSERT each; some drivers turn the seconds into int milliseconds,
        // hence at most an hour
        assertThat(timed.queryTimeouts()).containsExactly(3, 3, 2, 2, 1, 1, 3600, 3600);
    }

    @Test
    void toStringShowsTheTableAndDurations() {
        assertThat(JdbcSeenKeyStore.builder(database)
                        .tableName("inbox.events")
                        .ttl(Duration.ofDays(20))
                        .lease(Duration.ofSeconds(90))
                        .build()
                        .toString())
                .isEqualTo("JdbcSeenKeyStore{table=inbox.events, ttl=PT480H, lease=PT1M30S}");
    }

    private static void insertEffect(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO effects (event_key) VALUES (?)")) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
    }

    private int effects() throws SQLException {
        try (Connection c = database.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM effects");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
