package io.github.wisecards.webhooks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import javax.sql.DataSource;

/**
 * Units of JDBC work for {@link JdbcSeenKeyStore}, bounded by the caller's deadline: one connection
 * from the data source per attempt, its network timeout set to the time left (and restored), the
 * store's own commit or rollback when auto-commit is off, and a short randomized back-off and a new
 * attempt after a deadlock or serialization failure, up to {@code maxAttempts} in all.
 */
final class BoundedJdbc {
    private final DataSource dataSource;
    private final Clock clock;
    private final int maxAttempts;
    private final LongConsumer parkNanos;

    /** Work on one connection; {@code autoCommit} is the connection's setting as handed out. */
    interface Work<T> {
        T run(Connection c, boolean autoCommit) throws SQLException;
    }

    /** {@code parkNanos} waits the back-off: {@link LockSupport#parkNanos(long)}, or a test's recorder. */
    BoundedJdbc(DataSource dataSource, Clock clock, int maxAttempts, LongConsumer parkNanos) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.parkNanos = parkNanos;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /**
     * Runs {@code work}, then commits (also ending a read-only transaction: some drivers commit,
     * others roll back, when a connection is closed mid-transaction); rolls back if it fails.
     *
     * @throws SeenKeyStoreException if the time budget ran out or the database failed
     */
    <T> T run(String operation, Instant deadline, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            if (!timeLeft(deadline)) {
                throw new SeenKeyStoreException(
                        "cannot " + operation + " webhook event key: the time budget ran out", null);
            }
            try (Connection c = dataSource.getConnection()) {
                boolean autoCommit = c.getAutoCommit();
                int networkTimeout = boundNetworkWait(c, deadline);
                try {
                    T result = work.run(c, autoCommit);
                    commit(c, autoCommit);
                    return result;
                } catch (SQLException | RuntimeException | Error e) {
                    if (!autoCommit) {
                        rollback(c, e);
                    }
                    throw e;
                } finally {
                    restoreNetworkTimeout(c, networkTimeout);
                }
            } catch (SQLException e) {
                if (tryAgain(e, attempt, deadline)) {
                    continue;
                }
                throw new SeenKeyStoreException(
                        "cannot " + operation + " webhook event key (" + SqlErrors.codes(e) + ")", e);
            }
        }
    }

    /**
     * Returns whether attempt {@code attempt}, which failed with {@code e}, is worth another: a
     * deadlock or serialization failure with attempts and time left. Backs off first if so.
     */
    boolean tryAgain(SQLException e, int attempt, Instant deadline) {
        if (attempt >= maxAttempts || !SqlErrors.isTransient(e) || !timeLeft(deadline)) {
            return false;
        }
        backOff();
        return true;
    }

    /**
     * Bounds every socket read on {@code c} by the time left to the deadline (JDBC's network
     * timeout), so that a database that stops answering costs no more than the reply budget even
     * where a query timeout cannot reach it (a cancel request needs the same dead network).
     *
     * @return the previous network timeout, or -1 if the driver does not support it
     */
    int boundNetworkWait(Connection c, Instant deadline) throws SQLException {
        try {
            int previous = c.getNetworkTimeout();
            Duration left = Duration.between(clock.instant(), deadline);
            long millisLeft = left.compareTo(Duration.ofSeconds(InboxStatements.MAX_TIMEOUT_SECONDS)) > 0
                    ? InboxStatements.MAX_TIMEOUT_SECONDS * 1000
                    : Math.max(1, left.toMillis());
            c.setNetworkTimeout(Runnable::run, (int) millisLeft);
            return previous;
        } catch (SQLFeatureNotSupportedException | UnsupportedOperationException | AbstractMethodError e) {
            return -1;
        }
    }

    static void restoreNetworkTimeout(Connection c, int previous) {
        if (previous < 0) {
            return;
        }
        try {
            c.setNetworkTimeout(Runnable::run, previous);
        } catch (SQLException | RuntimeException e) {
            // The connection is broken; the pool discards it.
        }
    }

    boolean timeLeft(Instant deadline) {
        return clock.instant().isBefore(deadline);
    }

    /** Waits 5 to 30 ms so that the transactions that collided do not collide again. */
    private void backOff() {
        parkNanos.accept(
                TimeUnit.MILLISECONDS.toNanos(ThreadLocalRandom.current().nextLong(5, 31)));
    }

    static void commit(Connection c, boolean autoCommit) throws SQLException {
        if (!autoCommit) {
            c.commit();
        }
    }

    /** Rolls back; returns false (the failure added to {@code cause}) if that failed. */
    static boolean rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
            return true;
        } catch (SQLException e) {
            cause.addSuppressed(e);
            return false;
        }
    }

    static void restoreAutoCommit(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // The connection is broken; the pool discards it.
        }
    }
}
