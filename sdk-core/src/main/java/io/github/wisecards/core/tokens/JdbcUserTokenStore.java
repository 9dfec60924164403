package io.github.wisecards.core.tokens;

import io.github.wisecards.core.errors.TokenStoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.sql.DataSource;

/**
 * A {@link UserTokenStore} in a SQL table, shared by every backend instance that uses the same
 * database. Uses only {@code java.sql}; no database-specific SQL at run time.
 *
 * <p>Create the table first with the script for your database, shipped in this jar as {@code
 * META-INF/wise-cards/user-tokens-postgresql.sql}, {@code ...-mysql.sql} (MySQL and MariaDB) and
 * {@code ...-h2.sql}. The application's database user needs {@code SELECT}, {@code INSERT} and
 * {@code UPDATE} on the table, nothing else (no DDL, no {@code DELETE}). PostgreSQL 14, MariaDB
 * 10.11 and H2 2.x are tested in every build.
 *
 * <p>One row per user. {@link #compareAndSet} is a plain {@code UPDATE ... WHERE user_key = ? AND
 * version = ?} (or an {@code INSERT} for a new user, where the primary key lets one writer through):
 * no row locks are held between statements and no transaction spans a call to Wise. A unique-key
 * violation (SQLState 23505, MySQL/MariaDB 1062) or a deadlock or serialization failure (40001,
 * 40P01, MySQL/MariaDB 1213) counts as "another writer was first". Each call takes a connection from
 * the data source and returns it; with auto-commit off the store commits its own statement.
 *
 * <p>Encryption at rest: with {@link Builder#encryptionKey(SecretKey)}, the {@code access_token}
 * and {@code refresh_token} columns hold AES-GCM ciphertext (random 96-bit IV per value; the user
 * key and column name are authenticated with it, so a value copied to another row does not
 * decrypt). The user key, expiry, lease and counters stay in clear: they are not secrets and the
 * coordination needs them. With a key, a clear value in a token column is refused, never used.
 *
 * <p>Tokens never appear in logs, exception messages or {@link #toString()}. Thread-safe.
 */
public final class JdbcUserTokenStore implements UserTokenStore {
    /** The default table name. */
    public static final String DEFAULT_TABLE = "wise_user_tokens";

    /** The default query timeout: 5 seconds. */
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(5);

    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    private static final String COLUMNS = "access_token, access_expires_ms, refresh_token, lease_owner,"
            + " lease_until_ms, window_start_ms, window_refreshes";

    private final DataSource dataSource;
    private final String table;
    private final TokenCipher cipher;
    private final int queryTimeoutSeconds;
    private final String selectSql;
    private final String insertSql;
    private final String updateSql;

    private JdbcUserTokenStore(Builder b) {
        this.dataSource = b.dataSource;
        this.table = b.table;
        this.cipher = b.key == null ? null : new TokenCipher(b.key);
        this.queryTimeoutSeconds = (int) Math.max(1, Math.min(3600, b.queryTimeout.toSeconds()));
        this.selectSql = "SELECT " + COLUMNS + ", version FROM " + table + " WHERE user_key = ?";
        this.insertSql =
                "INSERT INTO " + table + " (user_key, " + COLUMNS + ", version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        this.updateSql = "UPDATE " + table + " SET access_token = ?, access_expires_ms = ?, refresh_token = ?,"
                + " lease_owner = ?, lease_until_ms = ?, window_start_ms = ?, window_refreshes = ?, version = ?"
                + " WHERE user_key = ? AND version = ?";
    }

    /**
     * Returns a builder over a data source (a connection pool).
     *
     * @param dataSource where connections come from
     * @return the builder
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    @Override
    public Optional<UserTokenRecord> read(String user) {
        Objects.requireNonNull(user, "user");
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(selectSql)) {
                s.setQueryTimeout(queryTimeoutSeconds);
                s.setString(1, user);
                Optional<UserTokenRecord> out;
                try (ResultSet r = s.executeQuery()) {
                    out = r.next() ? Optional.of(record(user, r)) : Optional.empty();
                }
                if (!c.getAutoCommit()) {
                    c.commit();
                }
                return out;
            }
        } catch (SQLException e) {
            throw new TokenStoreException("cannot read the token of user " + user + " from " + table, e);
        }
    }

    @Override
    public boolean compareAndSet(String user, long expectedVersion, UserTokenRecord next) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(next, "next");
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion: must not be negative");
        }
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            try {
                boolean changed;
                if (expectedVersion == 0) {
                    insert(c, user, next); // adds its row or throws (a duplicate key: a lost race)
                    changed = true;
                } else {
                    changed = update(c, user, expectedVersion, next);
                }
                if (!autoCommit) {
                    c.commit();
                }
                return changed;
            } catch (SQLException e) {
                if (!autoCommit) {
                    c.rollback();
                }
                if (!isLostRace(e)) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new TokenStoreException("cannot write the token of user " + user + " to " + table, e);
        }
        return false; // another writer got there first
    }

    private void insert(Connection c, String user, UserTokenRecord next) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(insertSql)) {
            s.setQueryTimeout(queryTimeoutSeconds);
            s.setString(1, user);
            bind(s, 2, user, next);
            s.setLong(9, 1);
            s.executeUpdate();
        }
    }

    private boolean update(Connection c, String user, long expectedVersion, UserTokenRecord next) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(updateSql)) {
            s.setQueryTimeout(queryTimeoutSeconds);
            bind(s, 1, user, next);
            s.setLong(8, expectedVersion + 1);
            s.setString(9, user);
            s.setLong(10, expectedVersion);
            return s.executeUpdate() == 1;
        }
    }

    /** Binds the seven content columns from {@code first}. */
    private void bind(PreparedStatement s, int first, String user, UserTokenRecord r) throws SQLException {
        s.setString(first, seal(user, "access_token", r.accessToken().orElse(null)));
        setMillis(s, first + 1, r.accessTokenExpiresAt().orElse(null));
        s.setString(first + 2, seal(user, "refresh_token", r.refreshToken().orElse(null)));
        s.setString(first + 3, r.leaseOwner().orElse(null));
        setMillis(s, first + 4, r.leaseExpiresAt().orElse(null));
        setMillis(s, first + 5, r.refreshWindowStart().orElse(null));
        s.setInt(first + 6, r.refreshesInWindow());
    }

    private UserTokenRecord record(String user, ResultSet r) throws SQLException {
        String accessToken = open(user, "access_token", r.getString(1));
        Instant accessExpires = millis(r, 2);
        return UserTokenRecord.builder()
                .accessToken(accessExpires == null ? null : accessToken, accessToken == null ? null : accessExpires)
                .refreshToken(open(user, "refresh_token", r.getString(3)))
                .lease(r.getString(4), r.getString(4) == null ? null : millis(r, 5))
                .refreshWindow(millis(r, 6), r.getInt(7))
                .version(r.getLong(8))
                .build();
    }

    private String seal(String user, String column, String value) {
        return cipher == null ? value : cipher.encrypt(user, column, value);
    }

    private String open(String user, String column, String value) {
        return cipher == null ? value : cipher.decrypt(user, column, value);
    }

    private static void setMillis(PreparedStatement s, int index, Instant value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value.toEpochMilli());
        }
    }

    private static Instant millis(ResultSet r, int index) throws SQLException {
        long v = r.getLong(index);
        return r.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    /** Returns whether the failure means another writer got there first. */
    private static boolean isLostRace(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                String state = s.getSQLState();
                int code = s.getErrorCode();
                if ("23505".equals(state)
                        || "40001".equals(state)
                        || "40P01".equals(state)
                        || code == 1062
                        || code == 1213) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "JdbcUserTokenStore{table=" + table + ", encrypted=" + (cipher != null) + "}";
    }

    /** Builds a {@link JdbcUserTokenStore}. Not thread-safe. */
    public static final class Builder {
        private final DataSource dataSource;
        private String table = DEFAULT_TABLE;
        private SecretKey key;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /**
         * Sets the table name, optionally schema-qualified; default {@value JdbcUserTokenStore#DEFAULT_TABLE}.
         *
         * @param table an SQL identifier such as {@code wise_user_tokens} or {@code app.tokens}
         * @return this builder
         * @throws IllegalArgumentException if it is not a plain identifier
         */
        public Builder table(String table) {
            Objects.requireNonNull(table, "table");
            if (!TABLE_NAME.matcher(table).matches()) {
                throw new IllegalArgumentException("table: must be an SQL identifier, optionally schema-qualified");
            }
            this.table = table;
            return this;
        }

        /**
         * Encrypts the access and refresh tokens at rest with AES-GCM under {@code key} (the JDK's
         * provider; keep the key in your secret manager, not in the database).
         *
         * @param key an AES key of 128, 192 or 256 bits
         * @return this builder
         * @throws IllegalArgumentException if the key is not an AES key of one of those sizes
         */
        public Builder encryptionKey(SecretKey key) {
            Objects.requireNonNull(key, "key");
            new TokenCipher(key); // checks the key now rather than at the first write
            this.key = key;
            return this;
        }

        /**
         * Sets the timeout of each statement; default 5 seconds (rounded up to whole seconds).
         *
         * @param timeout the timeout
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder queryTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("queryTimeout: must be positive");
            }
            this.queryTimeout = timeout;
            return this;
        }

        /**
         * Builds the store.
         *
         * @return the store
         */
        public JdbcUserTokenStore build() {
            return new JdbcUserTokenStore(this);
        }
    }
}
