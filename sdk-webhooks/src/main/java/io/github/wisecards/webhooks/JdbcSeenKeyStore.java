package io.github.wisecards.webhooks;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A {@link SeenKeyStore} in a SQL table, shared by every backend instance that uses the same
 * database. Uses only {@code java.sql}.
 *
 * <p>Create the table first with the script for your database, shipped in this jar as {@code
 * META-INF/wise-cards/webhook-inbox-postgresql.sql}, {@code ...-mysql.sql} (MySQL and MariaDB) and
 * {@code ...-h2.sql} (see the README for the text, the rights the database user needs and the
 * purge schedule). PostgreSQL 14 and MariaDB 10.11 (with pgjdbc, MariaDB Connector/J and MySQL
 * Connector/J) and H2 are tested in every build; other databases whose unique-key violations are
 * recognised (below) should work but are untested.
 *
 * <p>One row per event key: {@code status} is {@code CLAIMED} (with {@code claim_owner} and {@code
 * lease_until_ms}) or {@code DONE}. A duplicate is found with a plain {@code SELECT}, not a failing
 * {@code INSERT}. An {@code INSERT} is used only for a key never seen; if two instances race on it,
 * the primary key lets one through, and only a genuine unique-key violation (SQLState 23505, or
 * vendor code 1062 on MySQL/MariaDB, 1 on Oracle, 2627/2601 on SQL Server) counts as "someone else
 * was first". Any other integrity error (a CHECK, NOT NULL or foreign-key violation) is a {@link
 * SeenKeyStoreException}: the app answers 5xx and the event is kept. Taking over an expired claim,
 * completing and releasing are compare-and-set {@code UPDATE}s on the claim owner. Deadlocks and
 * serialization failures (SQLState 40001, 40P01, MySQL/MariaDB 1213) are retried up to {@link
 * Builder#maxAttempts} times within the caller's deadline.
 *
 * <p>Bounded waiting: each statement gets a query timeout of the time left to the deadline (whole
 * seconds, at least 1), and the connection a network timeout ({@link
 * Connection#setNetworkTimeout}) of the same, restored afterwards, so that a database that stops
 * answering is given up on by the deadline (tested with pgjdbc, MariaDB Connector/J and MySQL
 * Connector/J). Waiting for a connection is the pool's business: set its connection
 * timeout to 1 s or less (HikariCP {@code connectionTimeout=1000}) so that a request never waits
 * for a connection longer than Wise's 5 s reply window allows.
 *
 * <p>Each call takes a connection from the data source and returns it. With auto-commit off, the
 * store commits (or rolls back) its own statements. Leases and the TTL are measured with this
 * instance's clock: keep the clocks of your instances within a few seconds of each other. {@link
 * #completeInTransaction} commits the done mark with your own writes. Thread-safe.
 */
public final class JdbcSeenKeyStore implements SeenKeyStore {
    /** The default table name. */
    public static final String DEFAULT_TABLE = "wise_webhook_inbox";

    /** The default time to live of a done key: 15 days (Wise redelivers for two weeks). */
    public static final Duration DEFAULT_TTL = Duration.ofDays(15);

    /** The default lease of a claim: 60 seconds. */
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(60);

    /** The default number of attempts of an operation that hit a deadlock: 3. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;

    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    // A lost insert race or take-over race is re-read at most this often before answering
    // CLAIMED_ELSEWHERE: each lost race means another attempt made progress.
    private static final int MAX_READS = 3;

    private final String table;
    private final Duration ttl;
    private final Duration lease;
    private final Clock clock;
    private final InboxStatements sql;
    private final BoundedJdbc jdbc;

    private JdbcSeenKeyStore(Builder b) {
        this.table = b.table;
        this.ttl = b.ttl;
        this.lease = b.lease;
        this.clock = b.clock;
        this.sql = new InboxStatements(b.table, b.clock);
        this.jdbc = new BoundedJdbc(b.dataSource, b.clock, b.maxAttempts, b.parkNanos);
    }

    /**
     * Starts a builder for a store whose rows live in {@code dataSource}, typically a connection
     * pool.
     *
     * @param dataSource where connections are taken from for each call
     * @return a new builder with the defaults
     * @throws NullPointerException if {@code dataSource} is null
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    @Override
    public Claim claim(String eventKey, String claimId, Instant deadline) {
        Objects.requireNonNull(eventKey, "eventKey");
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(deadline, "deadline");
        return jdbc.run("claim", deadline, (c, autoCommit) -> claimOnce(c, autoCommit, eventKey, claimId, deadline));
    }

    /**
     * The claim state machine: no row, insert a claim; a done row within the TTL is a duplicate; a
     * live claim is someone else's; a released or expired claim, or a done row older than the TTL,
     * is taken over with a compare-and-set. A lost race reads the row again.
     */
    private Claim claimOnce(Connection c, boolean autoCommit, String eventKey, String claimId, Instant deadline)
            throws SQLException {
        for (int read = 0; read < MAX_READS; read++) {
            long now = clock.millis();
            Optional<InboxStatements.Row> found = sql.select(c, eventKey, deadline);
            if (found.isEmpty()) {
                if (insert(c, autoCommit, eventKey, claimId, now, deadline)) {
                    return Claim.CLAIMED;
                }
                continue;
            }
            InboxStatements.Row row = found.get();
            if (InboxStatements.DONE.equals(row.status()) && row.updatedAtMs() > now - ttl.toMillis()) {
                return Claim.DONE;
            }
            if (InboxStatements.CLAIMED.equals(row.status()) && row.leaseUntilMs() > now) {
                return Claim.CLAIMED_ELSEWHERE;
            }
            // A released or expired claim, or a done mark older than the TTL.
            if (sql.takeOver(c, eventKey, claimId, now + lease.toMillis(), now, row, deadline) == 1) {
                return Claim.CLAIMED;
            }
            // Another attempt changed the row first. End this transaction so that the next read
            // sees the winner's row (under REPEATABLE READ it would still see the old snapshot).
            BoundedJdbc.commit(c, autoCommit);
        }
        return Claim.CLAIMED_ELSEWHERE;
    }

    private boolean insert(
            Connection c, boolean autoCommit, String eventKey, String claimId, long now, Instant deadline)
            throws SQLException {
        try {
            sql.insertClaim(c, eventKey, claimId, now + lease.toMillis(), now, deadline);
            return true;
        } catch (SQLException e) {
            if (!SqlErrors.isUniqueViolation(e)) {
                throw e;
            }
            // Another attempt inserted the key first. PostgreSQL aborts the transaction on a
            // failed statement, so end it before reading the winner's row.
            if (!autoCommit) {
                c.rollback();
            }
            return false;
        }
    }

    @Override
    public boolean complete(String eventKey, String claimId, Instant deadline) {
        Objects.requireNonNull(eventKey, "eventKey");
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(deadline, "deadline");
        return jdbc.run("complete", deadline, (c, autoCommit) -> {
            return sql.markDone(c, eventKey, claimId, deadline) == 1;
        });
    }

    @Override
    public void release(String eventKey, String claimId, Instant deadline) {
        Objects.requireNonNull(eventKey, "eventKey");
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(deadline, "deadline");
        jdbc.run("release", deadline, (c, autoCommit) -> {
            sql.release(c, eventKey, claimId, deadline);
            return null;
        });
    }

    /**
     * Runs {@code work} and marks {@code eventKey} done in one transaction on one connection, so
     * that the done mark commits if and only if the work's writes commit.
     *
     * <p>The connection's auto-commit is switched off for the transaction and restored afterwards.
     * {@code work} must not commit, roll back or close the connection. If a deadlock or
     * serialization failure rolls the transaction back, {@code work} runs again (up to {@link
     * Builder#maxAttempts} times in all, within the deadline), so it must do nothing outside the
     * transaction.
     *
     * @param eventKey the event key claimed with {@link #claim}
     * @param claimId the claim id given to {@link #claim}; the done mark is written only while this
     *     claim still owns the key
     * @param deadline when to give up waiting on the database (bounds query and network timeouts
     *     and retries)
     * @param work the writes to commit together with the done mark
     * @return true if the transaction committed with the done mark; false if it was rolled back
     *     because {@code claimId} lost the claim (its lease expired and another attempt took the
     *     event over, which will commit its own effects)
     * @throws WebhookCallbackException if {@code work} threw a {@link SQLException} (rolled back)
     * @throws SeenKeyStoreException if the store fails; if the commit itself failed, whether it
     *     took effect is unknown, and the next delivery finds out (a duplicate, or a claim that
     *     expires and is processed again)
     * @throws RuntimeException whatever {@code work} threw, after rolling back
     * @throws NullPointerException if any argument is null
     */
    public boolean completeInTransaction(String eventKey, String claimId, Instant deadline, InTransaction work) {
        Objects.requireNonNull(eventKey, "eventKey");
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(work, "work");
        for (int attempt = 1; ; attempt++) {
            boolean inWork = false;
            try (Connection c = jdbc.dataSource().getConnection()) {
                boolean autoCommit = c.getAutoCommit();
                int networkTimeout = jdbc.boundNetworkWait(c, deadline);
                if (autoCommit) {
                    c.setAutoCommit(false);
                }
                boolean ended = false;
                try {
                    inWork = true;
                    work.run(c);
                    inWork = false;
                    // Committed only while this claim still owns the key; rolled back otherwise.
                    boolean done = sql.markDone(c, eventKey, claimId, deadline) == 1;
                    if (done) {
                        c.commit();
                    } else {
                        c.rollback();
                    }
                    ended = true;
                    return done;
                } catch (SQLException | RuntimeException | Error e) {
                    ended = BoundedJdbc.rollback(c, e);
                    throw e;
                } finally {
                    // Never switch auto-commit back on over a transaction that did not end:
                    // on MySQL and MariaDB that would commit the half-done work.
                    if (autoCommit && ended) {
                        BoundedJdbc.restoreAutoCommit(c);
                    }
                    BoundedJdbc.restoreNetworkTimeout(c, networkTimeout);
                }
            } catch (SQLException e) {
                if (jdbc.tryAgain(e, attempt, deadline)) {
                    continue;
                }
                if (inWork) {
                    throw new WebhookCallbackException(
                            "webhook callback failed in its transaction (" + SqlErrors.codes(e) + "); rolled back", e);
                }
                throw new SeenKeyStoreException(
                        "cannot commit webhook event key with the callback's transaction (" + SqlErrors.codes(e)
                                + "); the outcome is unknown",
                        e);
            }
        }
    }

    /**
     * Deletes the done rows, and the released or expired claims, last changed longer ago than the
     * TTL. Run it daily (any schedule shorter than the TTL works); rows are small, and until they
     * are purged they only cost space.
     *
     * @return how many rows were deleted
     * @throws SeenKeyStoreException if the database cannot be reached
     */
    public int purgeExpired() {
        Instant deadline = clock.instant().plus(Duration.ofMinutes(1));
        return jdbc.run("purge", deadline, (c, autoCommit) -> {
            long now = clock.millis();
            return sql.purge(c, now - ttl.toMillis(), now, deadline);
        });
    }

    /** Work done inside {@link #completeInTransaction}'s transaction. */
    @FunctionalInterface
    public interface InTransaction {
        /**
         * Does the work on {@code connection}, inside the open transaction.
         *
         * @param connection the connection holding the transaction; do not commit, roll back or
         *     close it
         * @throws SQLException to roll the transaction back
         */
        void run(Connection connection) throws SQLException;
    }

    @Override
    public String toString() {
        return "JdbcSeenKeyStore{table=" + table + ", ttl=" + ttl + ", lease=" + lease + "}";
    }

    /** Builds a {@link JdbcSeenKeyStore}. Not thread-safe. */
    public static final class Builder {
        private final DataSource dataSource;
        private String table = DEFAULT_TABLE;
        private Duration ttl = DEFAULT_TTL;
        private Duration lease = DEFAULT_LEASE;
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private Clock clock = Clock.systemUTC();
        private LongConsumer parkNanos = LockSupport::parkNanos;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /**
         * Sets the table name, optionally schema-qualified ({@code schema.table}). Default {@link
         * #DEFAULT_TABLE}.
         *
         * @param table the table name, used verbatim in the SQL (hence the strict format)
         * @return this builder
         * @throws IllegalArgumentException unless it is one or two SQL identifiers of letters,
         *     digits and underscores
         * @throws NullPointerException if {@code table} is null
         */
        public Builder tableName(String table) {
            Objects.requireNonNull(table, "table");
            if (!TABLE_NAME.matcher(table).matches()) {
                throw new IllegalArgumentException(
                        "table name must be [schema.]identifier of letters, digits and '_' but was " + table);
            }
            this.table = table;
            return this;
        }

        /**
         * Sets how long a done key is remembered. Default {@link #DEFAULT_TTL} (15 days). Keep it
         * longer than Wise's redelivery window, or a late redelivery is processed again.
         *
         * @param ttl the time to live of a done key; positive
         * @return this builder
         * @throws IllegalArgumentException if {@code ttl} is zero or negative
         * @throws NullPointerException if {@code ttl} is null
         */
        public Builder ttl(Duration ttl) {
            this.ttl = InMemorySeenKeyStore.Builder.positive(ttl, "ttl");
            return this;
        }

        /**
         * Sets how long a claim stays exclusive: longer than your callback ever runs, and short
         * enough that an event claimed by a crashed instance is processed soon after. Default
         * {@link #DEFAULT_LEASE} (60 s).
         *
         * @param lease the lease of a claim; positive
         * @return this builder
         * @throws IllegalArgumentException if {@code lease} is zero or negative
         * @throws NullPointerException if {@code lease} is null
         */
        public Builder lease(Duration lease) {
            this.lease = InMemorySeenKeyStore.Builder.positive(lease, "lease");
            return this;
        }

        /**
         * Sets how many times an operation runs in all when it hits a deadlock or serialization
         * failure. Default {@link #DEFAULT_MAX_ATTEMPTS}.
         *
         * @param maxAttempts the number of attempts including the first; 1 disables retrying
         * @return this builder
         * @throws IllegalArgumentException if {@code maxAttempts} is zero or negative
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts <= 0) {
                throw new IllegalArgumentException("maxAttempts must be positive but was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * Sets the clock the TTL, leases and deadlines are measured with. Default the UTC system
         * clock.
         *
         * @param clock the clock; tests pass a fake one
         * @return this builder
         * @throws NullPointerException if {@code clock} is null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Replaces the back-off's wait after a deadlock; tests record it instead of sleeping. */
        Builder parkNanos(LongConsumer parkNanos) {
            this.parkNanos = Objects.requireNonNull(parkNanos, "parkNanos");
            return this;
        }

        /**
         * Builds the store. It does not create the table: create it with your schema migrations.
         *
         * @return the store
         */
        public JdbcSeenKeyStore build() {
            return new JdbcSeenKeyStore(this);
        }
    }
}
