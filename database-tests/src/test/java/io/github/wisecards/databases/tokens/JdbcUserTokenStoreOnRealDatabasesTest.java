package io.github.wisecards.databases.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.github.wisecards.core.tokens.JdbcUserTokenStore;
import io.github.wisecards.core.tokens.UserTokenRecord;
import io.github.wisecards.databases.Database;
import io.github.wisecards.databases.TestDatabases;
import io.github.wisecards.databases.TestDatabases.Driver;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link JdbcUserTokenStore} on the real servers with every driver, with the shipped DDL: what the
 * H2 unit tests prove, where it depends on the database (types, unique-key codes, auto-commit).
 */
class JdbcUserTokenStoreOnRealDatabasesTest {
    private static final Instant T0 = Instant.parse("2026-12-01T12:00:00Z");
    private static final UserTokenRecord FULL = UserTokenRecord.builder()
            .accessToken("access-token-a1", T0.plusSeconds(3600))
            .refreshToken("refresh-token-r1")
            .lease("instance-1-7", T0.plusSeconds(30))
            .refreshWindow(T0, 2)
            .build();

    @ParameterizedTest(name = "{0}")
    @EnumSource(Driver.class)
    void encryptedRecordRoundTripsAndStaleOrRacingWritersLose(Driver driver) throws Exception {
        Database db = TestDatabases.newDatabase(driver);
        TestDatabases.execute(db, ddl(driver));
        for (boolean autoCommit : new boolean[] {true, false}) {
            String user = "alice-" + autoCommit;
            try (HikariDataSource pool = TestDatabases.pool(db, autoCommit, 8)) {
                JdbcUserTokenStore store = JdbcUserTokenStore.builder(pool)
                        .encryptionKey(new SecretKeySpec(new byte[32], "AES"))
                        .build();

                assertThat(store.read(user)).isEmpty();
                assertThat(store.compareAndSet(user, 0, FULL)).isTrue();
                assertThat(store.read(user))
                        .contains(FULL.toBuilder().version(1).build());
                assertThat(store.compareAndSet(user, 0, FULL))
                        .as("second insert")
                        .isFalse();
                assertThat(store.compareAndSet(
                                user, 1, FULL.toBuilder().lease(null, null).build()))
                        .isTrue();
                assertThat(store.compareAndSet(user, 1, FULL))
                        .as("stale version")
                        .isFalse();

                assertThat(racingWinners(store, "race-" + autoCommit, 0))
                        .as("racing inserts")
                        .isEqualTo(1);
                assertThat(racingWinners(store, "race-" + autoCommit, 1))
                        .as("racing updates")
                        .isEqualTo(1);

                try (Connection c = pool.getConnection();
                        Statement s = c.createStatement();
                        ResultSet r = s.executeQuery(
                                "SELECT access_token, refresh_token FROM wise_user_tokens WHERE user_key = '" + user
                                        + "'")) {
                    r.next();
                    assertThat(r.getString(1)).startsWith("gcm1:").doesNotContain("access-token-a1");
                    assertThat(r.getString(2)).startsWith("gcm1:").doesNotContain("refresh-token-r1");
                    if (!autoCommit) {
                        c.commit();
                    }
                }
            }
        }
    }

    private static int racingWinners(JdbcUserTokenStore store, String user, long version) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> writers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String owner = "writer-" + i;
                writers.add(() -> store.compareAndSet(
                        user, version, FULL.toBuilder().lease(owner, T0).build()));
            }
            int wins = 0;
            for (Future<Boolean> f : pool.invokeAll(writers)) {
                wins += f.get() ? 1 : 0;
            }
            return wins;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String ddl(Driver driver) throws Exception {
        String dialect = driver == Driver.PGJDBC ? "postgresql" : "mysql";
        try (InputStream in =
                JdbcUserTokenStore.class.getResourceAsStream("/META-INF/wise-cards/user-tokens-" + dialect + ".sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
