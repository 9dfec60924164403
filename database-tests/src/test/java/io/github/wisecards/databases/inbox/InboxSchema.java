package io.github.wisecards.databases.inbox;

import io.github.wisecards.databases.Database;
import io.github.wisecards.databases.TestDatabases;
import io.github.wisecards.databases.TestDatabases.Server;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/** Creates the inbox table from the DDL shipped in sdk-webhooks, plus a table for the callbacks' effects. */
final class InboxSchema {
    private InboxSchema() {}

    static void create(Database db) {
        String dialect = db.driver().server() == Server.POSTGRESQL ? "postgresql" : "mysql";
        String ddl = shipped("META-INF/wise-cards/webhook-inbox-" + dialect + ".sql");
        for (String statement : ddl.replaceAll("(?m)^--.*$", "").split(";")) {
            if (!statement.isBlank()) {
                TestDatabases.execute(db, statement);
            }
        }
        TestDatabases.execute(
                db, "CREATE TABLE inbox_effects (event_key VARCHAR(128) NOT NULL, worker VARCHAR(64) NOT NULL)");
    }

    private static String shipped(String path) {
        try (InputStream in = InboxSchema.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("sdk-webhooks does not ship " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns how many effect rows each event key has. */
    static Map<String, Integer> effectsPerKey(DataSource ds) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT event_key, COUNT(*) FROM inbox_effects GROUP BY event_key")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }

    /** Describes the inbox rows that are not done, for failure messages. */
    static String notDone(DataSource ds) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT event_key, status, claim_owner, lease_until_ms, updated_at_ms"
                        + " FROM wise_webhook_inbox WHERE status <> 'DONE'")) {
            while (rs.next()) {
                out.append(rs.getString(1))
                        .append(' ')
                        .append(rs.getString(2))
                        .append(' ')
                        .append(rs.getString(3))
                        .append(" lease=")
                        .append(rs.getLong(4))
                        .append(" updated=")
                        .append(rs.getLong(5))
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** Returns how many inbox rows have each status. */
    static Map<String, Integer> statusCounts(DataSource ds) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT status, COUNT(*) FROM wise_webhook_inbox GROUP BY status")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }
}
