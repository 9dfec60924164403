package io.github.wisecards.webhooks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A {@link SeenKeyStore} in a SQL table, shared by every backend instance that uses the same
 * database. Uses only {@code java.sql}.
 *
 * <p>Create the table first (the name is configurable):
 *
 * <pre>{@code
 * CREATE TABLE wise_webhook_seen_keys (
 *     event_key  VARCHAR(128) NOT NULL PRIMARY KEY,
 *     seen_at_ms BIGINT       NOT NULL
 * );
 * CREATE INDEX wise_webhook_seen_keys_seen_at ON wise_webhook_seen_keys (seen_at_ms);
 * }</pre>
 *
 * <p>{@link #markIfAbsent} is a plain {@code INSERT}: the primary key makes it insert-if-absent,
 * so when two instances race on one event the database lets exactly one insert through and the
 * other gets a unique-constraint violation (SQLState class {@code 23}), read as "already seen".
 * This works the same on PostgreSQL, MySQL, MariaDB, Oracle, SQL Server, H2 and HSQLDB. A key
 * older than the TTL (default 15 days) counts as absent and is replaced. Call {@link
 * #purgeExpired()} from time to time (for example daily) to delete expired rows.
 *
 * <p>Each call takes a connection from the data source and returns it. With auto-commit off, the
 * store commits (or rolls back) its own statements. Thread-safe.
 */
public final class JdbcSeenKeyStore implements SeenKeyStore {
    /** The default table name. */
    public static final String DEFAULT_TABLE = "wise_webhook_seen_keys";

    /** The default time to live: 15 days. */
    public static final Duration DEFAULT_TTL = Duration.ofDays(15);

    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    private final DataSource dataSource;
    private final String table;
    private final Duration ttl;
    private final Clock clock;
    private final String insertSql;
    private final String deleteExpiredKeySql;
    private final String deleteKeySql;
    private final String purgeSql;

    private JdbcSeenKeyStore(Builder b) {
        this.dataSource = b.dataSource;
        this.table = b.table;
        this.ttl = b.ttl;
        this.clock = b.clock;
        this.insertSql = "INSERT INTO " + b.table + " (event_key, seen_at_ms) VALUES (?, ?)";
        this.deleteExpiredKeySql = "DELETE FROM " + b.table + " WHERE event_key = ? AND seen_at_ms <= ?";
        this.deleteKeySql = "DELETE FROM " + b.table + " WHERE event_key = ?";
        this.purgeSql = "DELETE FROM " + b.table + " WHERE seen_at_ms <= ?";
    }

    /** Returns a builder over a data source. */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    @Override
    public boolean markIfAbsent(String eventKey) {
        Objects.requireNonNull(eventKey, "eventKey");
        long now = clock.millis();
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            try {
                if (insert(c, autoCommit, eventKey, now)) {
                    return true;
                }
                // Present: replace it only if it has expired. If two callers race here, only one
                // deletes the row, and the primary key lets only one insert through.
                int deleted;
                try (PreparedStatement ps = c.prepareStatement(deleteExpiredKeySql)) {
                    ps.setString(1, eventKey);
                    ps.setLong(2, now - ttl.toMillis());
                    deleted = ps.executeUpdate();
                }
                commit(c, autoCommit);
                return deleted > 0 && insert(c, autoCommit, eventKey, now);
            } catch (SQLException e) {
                rollback(c, autoCommit, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new SeenKeyStoreException("cannot record webhook event key (SQLState " + e.getSQLState() + ")", e);
        }
    }

    @Override
    public void release(String eventKey) {
        Objects.requireNonNull(eventKey, "eventKey");
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            try (PreparedStatement ps = c.prepareStatement(deleteKeySql)) {
                ps.setString(1, eventKey);
                ps.executeUpdate();
                commit(c, autoCommit);
            } catch (SQLException e) {
                rollback(c, autoCommit, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new SeenKeyStoreException("cannot release webhook event key (SQLState " + e.getSQLState() + ")", e);
        }
    }

    /**
     * Deletes the rows older than the TTL.
     *
     * @return how many rows were deleted
     * @throws SeenKeyStoreException if the database cannot be reached
     */
    public int purgeExpired() {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            try (PreparedStatement ps = c.prepareStatement(purgeSql)) {
                ps.setLong(1, clock.millis() - ttl.toMillis());
                int deleted = ps.executeUpdate();
                commit(c, autoCommit);
                return deleted;
            } catch (SQLException e) {
                rollback(c, autoCommit, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new SeenKeyStoreException(
                    "cannot purge expired webhook event keys (SQLState " + e.getSQLState() + ")", e);
        }
    }

    /** Inserts the key; returns false (after rolling back, when needed) if it already exists. */
    private boolean insert(Connection c, boolean autoCommit, String eventKey, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(insertSql)) {
            ps.setString(1, eventKey);
            ps.setLong(2, now);
            ps.executeUpdate();
            commit(c, autoCommit);
            return true;
        } catch (SQLException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            // Some databases (PostgreSQL) abort the transaction on a failed statement.
            if (!autoCommit) {
                c.rollback();
            }
            return false;
        }
    }

    private static boolean isUniqueViolation(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLIntegrityConstraintViolationException || (state != null && state.startsWith("23"));
    }

    private static void commit(Connection c, boolean autoCommit) throws SQLException {
        if (!autoCommit) {
            c.commit();
        }
    }

    private static void rollback(Connection c, boolean autoCommit, SQLException cause) {
        if (autoCommit) {
            return;
        }
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public String toString() {
        return "JdbcSeenKeyStore{table=" + table + ", ttl=" + ttl + "}";
    }

    /** Builds a {@link JdbcSeenKeyStore}. Not thread-safe. */
    public static final class Builder {
        private final DataSource dataSource;
        private String table = DEFAULT_TABLE;
        private Duration ttl = DEFAULT_TTL;
        private Clock clock = Clock.systemUTC();

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /**
         * Sets the table name, optionally schema-qualified ({@code schema.table}). Default {@link
         * #DEFAULT_TABLE}.
         *
         * @throws IllegalArgumentException unless it is one or two SQL identifiers of letters,
         *     digits and underscores
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

        /** Sets how long a key is remembered. Default {@link #DEFAULT_TTL} (15 days). */
        public Builder ttl(Duration ttl) {
            Objects.requireNonNull(ttl, "ttl");
            if (ttl.isNegative() || ttl.isZero()) {
                throw new IllegalArgumentException("ttl must be positive but was " + ttl);
            }
            this.ttl = ttl;
            return this;
        }

        /** Sets the clock the TTL is measured with. Default the UTC system clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Builds the store. It does not create the table. */
        public JdbcSeenKeyStore build() {
            return new JdbcSeenKeyStore(this);
        }
    }
}
