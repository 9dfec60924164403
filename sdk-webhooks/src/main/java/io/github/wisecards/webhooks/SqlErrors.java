package io.github.wisecards.webhooks;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** Classifies {@link SQLException}s by SQLState and vendor code, the only portable signals. */
final class SqlErrors {
    private SqlErrors() {}

    /**
     * True only for a unique-key (or primary-key) violation: SQLState 23505 (PostgreSQL, H2,
     * HSQLDB, Derby), or class 23 with vendor code 1062 (MySQL, MariaDB), 1 (Oracle ORA-00001),
     * 2627 or 2601 (SQL Server). Any other integrity error (CHECK, NOT NULL, foreign key) is not.
     */
    static boolean isUniqueViolation(SQLException e) {
        for (SQLException s : chain(e)) {
            String state = s.getSQLState();
            if ("23505".equals(state)) {
                return true;
            }
            if (state != null && state.startsWith("23")) {
                int code = s.getErrorCode();
                if (code == 1062 || code == 1 || code == 2627 || code == 2601) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True for a deadlock or serialization failure, after which the transaction was rolled back and
     * may simply be run again: SQLState 40001 or 40P01, or MySQL/MariaDB vendor code 1213.
     */
    static boolean isTransient(SQLException e) {
        for (SQLException s : chain(e)) {
            String state = s.getSQLState();
            if ("40001".equals(state) || "40P01".equals(state) || s.getErrorCode() == 1213) {
                return true;
            }
        }
        return false;
    }

    /** Describes an exception by its codes only: driver messages can quote bound values. */
    static String codes(SQLException e) {
        return "SQLState " + e.getSQLState() + ", vendor code " + e.getErrorCode();
    }

    /**
     * The exception, its causes and, for each, its first next exception (where pgjdbc puts the
     * real error of a failed batch), in that order; stops at a cause seen before.
     */
    private static List<SQLException> chain(SQLException e) {
        List<SQLException> out = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLException s) {
                out.add(s);
                if (s.getNextException() != null) {
                    out.add(s.getNextException());
                }
            }
        }
        return out;
    }
}
