package io.github.wisecards.core.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.core.errors.TokenStoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link JdbcUserTokenStore} on H2, with the shipped DDL; the real servers run in database-tests. */
class JdbcUserTokenStoreTest extends UserTokenStoreContract {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final SecretKey KEY = new SecretKeySpec(new byte[32], "AES");

    private final H2 db = new H2();
    private final JdbcUserTokenStore store = JdbcUserTokenStore.builder(db).build();

    @Override
    UserTokenStore store() {
        return store;
    }

    @AfterEach
    void drop() throws SQLException {
        db.close();
    }

    @Test
    void shippedDdlCreatesTheTableAndIsIdempotent() throws Exception {
        db.run(ddl("h2"));

        assertThat(store.read("alice")).isEmpty();
    }

    @Test
    void withoutAKeyTokensAreStoredAsIs() throws Exception {
        store.compareAndSet("alice", 0, full());

        assertThat(db.column("access_token", "alice")).isEqualTo("access-token-a1");
    }

    @Test
    void encryptionKeyKeepsBothTokensOutOfTheTableAndReadsThemBack() throws Exception {
        JdbcUserTokenStore encrypted =
                JdbcUserTokenStore.builder(db).encryptionKey(KEY).build();

        encrypted.compareAndSet("alice", 0, full());

        assertThat(db.column("access_token", "alice"))
                .startsWith(TokenCipher.PREFIX)
                .doesNotContain("access-token-a1");
        assertThat(db.column("refresh_token", "alice"))
                .startsWith(TokenCipher.PREFIX)
                .doesNotContain("refresh-token-r1");
        assertThat(db.column("lease_owner", "alice")).isEqualTo("instance-1-7");
        assertThat(encrypted.read("alice"))
                .contains(full().toBuilder().version(1).build());
    }

    @Test
    void encryptedTokenCopiedToAnotherUsersRowDoesNotDecrypt() throws Exception {
        JdbcUserTokenStore encrypted =
                JdbcUserTokenStore.builder(db).encryptionKey(KEY).build();
        encrypted.compareAndSet("alice", 0, full());
        encrypted.compareAndSet("mallory", 0, UserTokenRecord.builder().build());
        db.run("UPDATE wise_user_tokens SET refresh_token = '" + db.column("refresh_token", "alice")
                + "' WHERE user_key = 'mallory'");

        assertThatThrownBy(() -> encrypted.read("mallory"))
                .isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("cannot decrypt the stored refresh_token of user mallory");
    }

    @Test
    void wrongKeyFailsTypedWithoutEchoingAnyToken() {
        JdbcUserTokenStore.builder(db).encryptionKey(KEY).build().compareAndSet("alice", 0, full());
        JdbcUserTokenStore other = JdbcUserTokenStore.builder(db)
                .encryptionKey(new SecretKeySpec(new byte[16], "AES"))
                .build();

        assertThatThrownBy(() -> other.read("alice"))
                .isInstanceOf(TokenStoreException.class)
                .hasMessageNotContaining("access-token-a1")
                .hasMessageNotContaining(TokenCipher.PREFIX);
    }

    @Test
    void clearTokenIsRefusedByAStoreWithAKey() {
        store.compareAndSet("alice", 0, full());
        JdbcUserTokenStore encrypted =
                JdbcUserTokenStore.builder(db).encryptionKey(KEY).build();

        assertThatThrownBy(() -> encrypted.read("alice"))
                .isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("is not encrypted")
                .hasMessageNotContaining("access-token-a1");
    }

    @Test
    void encryptionKeyMustBeAnAesKeyOfAValidSize() {
        assertThatThrownBy(() -> JdbcUserTokenStore.builder(db).encryptionKey(new SecretKeySpec(new byte[7], "AES")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("encryptionKey");
        assertThatThrownBy(() ->
                        JdbcUserTokenStore.builder(db).encryptionKey(new SecretKeySpec(new byte[32], "HmacSHA256")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void databaseFailureIsTypedAndNamesTheUserButNoToken() throws Exception {
        db.run("DROP TABLE wise_user_tokens");

        assertThatThrownBy(() -> store.compareAndSet("alice", 0, full()))
                .isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("user alice")
                .hasMessageNotContaining("access-token-a1");
    }

    @Test
    void tableNameMustBeAnIdentifier() {
        assertThatThrownBy(() -> JdbcUserTokenStore.builder(db).table("t; DROP TABLE x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStoreOnAnotherTableReadsAndWritesThatTableOnly() throws Exception {
        db.run("CREATE SCHEMA app");
        db.run(ddl("h2").replace(JdbcUserTokenStore.DEFAULT_TABLE, "app.partner_tokens"));
        JdbcUserTokenStore other =
                JdbcUserTokenStore.builder(db).table("app.partner_tokens").build();

        assertThat(other.compareAndSet("alice", 0, full())).isTrue();

        assertThat(other.read("alice"))
                .get()
                .extracting(UserTokenRecord::version)
                .isEqualTo(1L);
        assertThat(store.read("alice")).isEmpty();
        assertThat(other.toString()).isEqualTo("JdbcUserTokenStore{table=app.partner_tokens, encrypted=false}");
    }

    @Test
    void toStringShowsNoToken() {
        assertThat(JdbcUserTokenStore.builder(db).encryptionKey(KEY).build().toString())
                .isEqualTo("JdbcUserTokenStore{table=wise_user_tokens, encrypted=true}");
    }

    @Nested
    class WithAutoCommitOff extends UserTokenStoreContract {
        private final JdbcUserTokenStore manual =
                JdbcUserTokenStore.builder(db.manualCommit()).build();

        @Override
        UserTokenStore store() {
            return manual;
        }
    }

    static String ddl(String dialect) throws IOException {
        try (InputStream in =
                JdbcUserTokenStore.class.getResourceAsStream("/META-INF/wise-cards/user-tokens-" + dialect + ".sql")) {
            assertThat(in).as("shipped DDL for " + dialect).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A fresh in-memory H2 database with the shipped table, as a minimal DataSource. */
    static final class H2 extends ConnectionSource {
        private final String url;
        private final boolean autoCommit;

        H2() {
            this("jdbc:h2:mem:user_tokens_" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1", true);
            try {
                run(ddl("h2"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private H2(String url, boolean autoCommit) {
            this.url = url;
            this.autoCommit = autoCommit;
        }

        /** The same database through connections with auto-commit off. */
        H2 manualCommit() {
            return new H2(url, false);
        }

        void run(String sql) throws SQLException {
            try (Connection c = getConnection();
                    Statement s = c.createStatement()) {
                s.execute(sql);
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            }
        }

        String column(String column, String user) throws SQLException {
            try (Connection c = getConnection();
                    Statement s = c.createStatement();
                    ResultSet r = s.executeQuery(
                            "SELECT " + column + " FROM wise_user_tokens WHERE user_key = '" + user + "'")) {
                r.next();
                return r.getString(1);
            }
        }

        void close() throws SQLException {
            try (Connection c = getConnection();
                    Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection c = DriverManager.getConnection(url, "sa", "");
            c.setAutoCommit(autoCommit);
            return c;
        }
    }
}
