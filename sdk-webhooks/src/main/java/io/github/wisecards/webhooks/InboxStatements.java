package io.github.wisecards.webhooks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The SQL of {@link JdbcSeenKeyStore}'s inbox table, one method per statement, each with a query
 * timeout of the time left to the caller's deadline. Plain SQL that PostgreSQL, MySQL/MariaDB and
 * H2 all run; the table name is checked by the store's builder. Neither commits nor retries.
 */
final class InboxStatements {
    static final String CLAIMED = "CLAIMED";
    static final String DONE = "DONE";

    /** Some drivers turn the seconds into int milliseconds: never more than an hour. */
    static final long MAX_TIMEOUT_SECONDS = 3_600;

    private final Clock clock;
    private final String selectSql;
    private final String insertSql;
    private final String takeOverSql;
    private final String completeSql;
    private final String releaseSql;
    private final String purgeSql;

    /** One row of the table: {@code status} is {@link #CLAIMED} or {@link #DONE}. */
    record Row(String status, String owner, long leaseUntilMs, long updatedAtMs) {}

    InboxStatements(String table, Clock clock) {
        this.clock = clock;
        this.selectSql =
                "SELECT status, claim_owner, lease_until_ms, updated_at_ms FROM " + table + " WHERE event_key = ?";
        this.insertSql =
                "INSERT INTO " + table + " (event_key, status, claim_owner, lease_until_ms, updated_at_ms) VALUES (?, '"
                        + CLAIMED + "', ?, ?, ?)";
        this.takeOverSql = "UPDATE " + table + " SET status = '" + CLAIMED
                + "', claim_owner = ?, lease_until_ms = ?, updated_at_ms = ?"
                + " WHERE event_key = ? AND status = ? AND claim_owner = ? AND updated_at_ms = ?";
        this.completeSql = "UPDATE " + table + " SET status = '" + DONE + "', lease_until_ms = 0, updated_at_ms = ?"
                + " WHERE event_key = ? AND status = '" + CLAIMED + "' AND claim_owner = ?";
        this.releaseSql = "UPDATE " + table + " SET lease_until_ms = 0, updated_at_ms = ?"
                + " WHERE event_key = ? AND status = '" + CLAIMED + "' AND claim_owner = ?";
        this.purgeSql = "DELETE FROM " + table + " WHERE updated_at_ms <= ? AND lease_until_ms <= ?";
    }

    /** Returns the key's row, if there is one. */
    Optional<Row> select(Connection c, String eventKey, Instant deadline) throws SQLException {
        try (PreparedStatement select = prepare(c, selectSql, deadline)) {
            select.setString(1, eventKey);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
            }
        }
    }

    /** Inserts a claim for a key never seen; a unique-key violation means another attempt was first. */
    void insertClaim(Connection c, String eventKey, String claimId, long leaseUntil, long now, Instant deadline)
            throws SQLException {
        try (PreparedStatement ps = prepare(c, insertSql, deadline)) {
            ps.setString(1, eventKey);
            ps.setString(2, claimId);
            ps.setLong(3, leaseUntil);
            ps.setLong(4, now);
            ps.executeUpdate();
        }
    }

    /** Claims {@code old}'s key if the row is still exactly {@code old}; returns the rows updated. */
    int takeOver(Connection c, String eventKey, String claimId, long leaseUntil, long now, Row old, Instant deadline)
            throws SQLException {
        try (PreparedStatement ps = prepare(c, takeOverSql, deadline)) {
            ps.setString(1, claimId);
            ps.setLong(2, leaseUntil);
            ps.setLong(3, now);
            ps.setString(4, eventKey);
            ps.setString(5, old.status());
            ps.setString(6, old.owner());
            ps.setLong(7, old.updatedAtMs());
            return ps.executeUpdate();
        }
    }

    /** Marks the key done if {@code claimId} still holds its claim; returns the rows updated. */
    int markDone(Connection c, String eventKey, String claimId, Instant deadline) throws SQLException {
        return updateOwnClaim(c, completeSql, eventKey, claimId, deadline);
    }

    /** Ends {@code claimId}'s lease now, if it still holds the claim. */
    void release(Connection c, String eventKey, String claimId, Instant deadline) throws SQLException {
        updateOwnClaim(c, releaseSql, eventKey, claimId, deadline);
    }

    /** Runs an update of {@code claimId}'s own claim, stamped with the current time. */
    private int updateOwnClaim(Connection c, String sql, String eventKey, String claimId, Instant deadline)
            throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, deadline)) {
            ps.setLong(1, clock.millis());
            ps.setString(2, eventKey);
            ps.setString(3, claimId);
            return ps.executeUpdate();
        }
    }

    /** Deletes the rows last changed before {@code changedBefore} whose lease has ended; returns how many. */
    int purge(Connection c, long changedBefore, long now, Instant deadline) throws SQLException {
        try (PreparedStatement ps = prepare(c, purgeSql, deadline)) {
            ps.setLong(1, changedBefore);
            ps.setLong(2, now);
            return ps.executeUpdate();
        }
    }

    private PreparedStatement prepare(Connection c, String sql, Instant deadline) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        // Whole seconds left, rounded up, at least 1 (0 would mean no timeout at all).
        Duration left = Duration.between(clock.instant(), deadline);
        long seconds = left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
        ps.setQueryTimeout((int) Math.max(1, Math.min(MAX_TIMEOUT_SECONDS, seconds)));
        return ps;
    }
}
