package io.github.wisecards.spring;

import io.github.wisecards.core.Environment;
import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.errors.ValidationException;
import io.github.wisecards.webhooks.InMemorySeenKeyStore;
import io.github.wisecards.webhooks.JdbcSeenKeyStore;
import io.github.wisecards.webhooks.SeenKeyStore;
import io.github.wisecards.webhooks.WebhookVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the webhook beans from the properties; every problem names its property. */
final class WebhookBeans {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookBeans.class);
    private static final String DDL = "META-INF/wise-cards/webhook-inbox-%s.sql";

    private WebhookBeans() {}

    static WebhookVerifier verifier(WiseProperties p) {
        List<FieldViolation> violations = new ArrayList<>();
        WiseProperties.EnvironmentName keys = p.getWebhooks().getEnvironment();
        if (keys == WiseProperties.EnvironmentName.CUSTOM) {
            violations.add(FieldViolation.of("wise.webhooks.environment", "must be sandbox or production"));
        }
        if (keys == null) {
            keys = p.getEnvironment();
        }
        WebhookVerifier.Builder b = WebhookVerifier.builder()
                .environment(
                        keys == WiseProperties.EnvironmentName.PRODUCTION
                                ? Environment.PRODUCTION
                                : Environment.SANDBOX);
        List<String> pems = p.getWebhooks().getPublicKeys();
        for (int i = 0; i < pems.size(); i++) {
            try {
                b.addTrustedKeyPem(pems.get(i));
            } catch (RuntimeException e) {
                violations.add(FieldViolation.of(
                        "wise.webhooks.public-keys[" + i + "]",
                        "must be a PEM PUBLIC KEY block or certificate of an RSA key of at least 2048 bits"));
            }
        }
        String path = p.getWebhooks().getPath();
        if (path == null || !path.startsWith("/") || path.isBlank()) {
            violations.add(FieldViolation.of("wise.webhooks.path", "must start with /"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(WiseOptionsFactory.SUBJECT, violations);
        }
        return b.build();
    }

    static SeenKeyStore inbox(WiseProperties.Inbox inbox, DataSource dataSource) {
        List<FieldViolation> violations = new ArrayList<>();
        WiseProperties.InboxStore kind = inbox.getStore() == null ? WiseProperties.InboxStore.AUTO : inbox.getStore();
        boolean jdbc = kind == WiseProperties.InboxStore.JDBC
                || (kind == WiseProperties.InboxStore.AUTO && dataSource != null);
        if (kind == WiseProperties.InboxStore.JDBC && dataSource == null) {
            violations.add(
                    FieldViolation.of("wise.webhooks.inbox.store", "is jdbc but the context has no DataSource bean"));
        }
        WiseOptionsFactory.positive(inbox.getTtl(), "wise.webhooks.inbox.ttl", violations);
        WiseOptionsFactory.positive(inbox.getLease(), "wise.webhooks.inbox.lease", violations);
        String table = WiseOptionsFactory.blankToNull(inbox.getTableName());
        if (jdbc && table == null) {
            violations.add(FieldViolation.of("wise.webhooks.inbox.table-name", "must not be blank"));
        }
        if (jdbc
                && inbox.isInitializeSchema()
                && table != null
                && !table.equalsIgnoreCase(JdbcSeenKeyStore.DEFAULT_TABLE)) {
            violations.add(FieldViolation.of(
                    "wise.webhooks.inbox.initialize-schema",
                    "creates the table " + JdbcSeenKeyStore.DEFAULT_TABLE
                            + " only; create a table named by wise.webhooks.inbox.table-name yourself"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(WiseOptionsFactory.SUBJECT, violations);
        }
        if (!jdbc) {
            LOG.warn("Wise webhooks are deduplicated in memory (InMemorySeenKeyStore): with more than one instance of"
                    + " this application, a redelivered event can be processed again on another instance. Define a"
                    + " DataSource bean (JdbcSeenKeyStore) or a SeenKeyStore bean for a multi-instance deployment.");
            InMemorySeenKeyStore.Builder b = InMemorySeenKeyStore.builder();
            if (inbox.getTtl() != null) {
                b.ttl(inbox.getTtl());
            }
            if (inbox.getLease() != null) {
                b.lease(inbox.getLease());
            }
            return b.build();
        }
        if (inbox.isInitializeSchema()) {
            initializeSchema(dataSource);
        }
        JdbcSeenKeyStore.Builder b;
        try {
            b = JdbcSeenKeyStore.builder(dataSource).tableName(table);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(
                    WiseOptionsFactory.SUBJECT,
                    List.of(FieldViolation.of(
                            "wise.webhooks.inbox.table-name", "must be a plain or schema-qualified SQL identifier")));
        }
        if (inbox.getTtl() != null) {
            b.ttl(inbox.getTtl());
        }
        if (inbox.getLease() != null) {
            b.lease(inbox.getLease());
        }
        return b.build();
    }

    /** Runs the DDL bundled in sdk-webhooks for the database's dialect: CREATE ... IF NOT EXISTS. */
    static void initializeSchema(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            String dialect = dialect(product);
            List<String> statements = statements(String.format(Locale.ROOT, DDL, dialect));
            boolean autoCommit = c.getAutoCommit();
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
                if (!autoCommit) {
                    c.commit();
                }
            }
            LOG.info("Wise webhook inbox table {} is ready ({} DDL)", JdbcSeenKeyStore.DEFAULT_TABLE, dialect);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "wise.webhooks.inbox.initialize-schema: creating " + JdbcSeenKeyStore.DEFAULT_TABLE + " failed", e);
        }
    }

    static String dialect(String databaseProduct) {
        String p = databaseProduct.toLowerCase(Locale.ROOT);
        if (p.contains("postgres")) {
            return "postgresql";
        }
        if (p.contains("mysql") || p.contains("mariadb")) {
            return "mysql";
        }
        if (p.equals("h2")) {
            return "h2";
        }
        throw new ValidationException(
                WiseOptionsFactory.SUBJECT,
                List.of(FieldViolation.of(
                        "wise.webhooks.inbox.initialize-schema",
                        "has DDL for PostgreSQL, MySQL/MariaDB and H2, not " + databaseProduct
                                + "; create the table yourself (docs/webhooks.md)")));
    }

    /** The statements of a bundled script: comment lines dropped, split at each semicolon. */
    static List<String> statements(String resource) {
        try (InputStream in = JdbcSeenKeyStore.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource + " in sdk-webhooks");
            }
            StringBuilder text = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (!line.strip().startsWith("--")) {
                    text.append(line).append('\n');
                }
            }
            List<String> statements = new ArrayList<>();
            for (String sql : text.toString().split(";")) {
                if (!sql.isBlank()) {
                    statements.add(sql.strip());
                }
            }
            return statements;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
