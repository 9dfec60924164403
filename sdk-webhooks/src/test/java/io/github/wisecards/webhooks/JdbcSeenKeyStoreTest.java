package io.github.wisecards.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.core.testkit.FakeClock;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcSeenKeyStoreTest {
    /** The DDL documented in README-SECTION.md and the JdbcSeenKeyStore Javadoc. */
    static final String DDL = "CREATE TABLE wise_webhook_seen_keys (\n"
            + "    event_key  VARCHAR(128) NOT NULL PRIMARY KEY,\n"
            + "    seen_at_ms BIGINT       NOT NULL\n"
            + ");\n"
            + "CREATE INDEX wise_webhook_seen_keys_seen_at ON wise_webhook_seen_keys (seen_at_ms);";

    private final FakeClock clock = new FakeClock();
    private DataSource dataSource;

    @BeforeEach
    void createDatabase() throws SQLException {
        dataSource = newDatabase();
    }

    static DataSource newDatabase() throws SQLException {
        DataSource h2 = driverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection c = h2.getConnection();
                Statement s = c.createStatement()) {
            for (String statement : DDL.split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
        return h2;
    }

    @Test
    void recordsAKeyOnceUntilReleased() {
        JdbcSeenKeyStore store =
                JdbcSeenKeyStore.builder(dataSource).clock(clock).build();
        assertThat(store.markIfAbsent("k")).isTrue();
        assertThat(store.markIfAbsent("k")).isFalse();
        store.release("k");
        assertThat(store.markIfAbsent("k")).isTrue();
        store.release("never-recorded");
    }

    @Test
    void anExpiredKeyCountsAsAbsentAndIsPurged() {
        JdbcSeenKeyStore store =
                JdbcSeenKeyStore.builder(dataSource).clock(clock).build();
        store.markIfAbsent("old");
        clock.advance(Duration.ofDays(15).minusMillis(1));
        assertThat(store.markIfAbsent("old")).isFalse();
        store.markIfAbsent("newer");
        clock.advance(Duration.ofMillis(1));
        assertThat(store.markIfAbsent("old")).isTrue();
        clock.advance(Duration.ofDays(15));
        assertThat(store.purgeExpired()).isEqualTo(2);
    }

    @Test
    void worksWhenConnectionsHaveAutoCommitOff() {
        DataSource manualCommit = autoCommitOff(dataSource);
        JdbcSeenKeyStore store =
                JdbcSeenKeyStore.builder(manualCommit).clock(clock).build();
        assertThat(store.markIfAbsent("k")).isTrue();
        assertThat(store.markIfAbsent("k")).isFalse();
        JdbcSeenKeyStore otherInstance =
                JdbcSeenKeyStore.builder(dataSource).clock(clock).build();
        assertThat(otherInstance.markIfAbsent("k")).isFalse();
        store.release("k");
        assertThat(otherInstance.markIfAbsent("k")).isTrue();
    }

    @Test
    void twoInstancesRacingOnTheSameKeysLetExactlyOneThroughPerKey() throws Exception {
        JdbcSeenKeyStore instanceA = JdbcSeenKeyStore.builder(dataSource).build();
        JdbcSeenKeyStore instanceB = JdbcSeenKeyStore.builder(dataSource).build();
        int threads = 8;
        int keys = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> wins = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                JdbcSeenKeyStore store = t % 2 == 0 ? instanceA : instanceB;
                wins.add(pool.submit(() -> {
                    start.await();
                    int won = 0;
                    for (int k = 0; k < keys; k++) {
                        if (store.markIfAbsent("key-" + k)) {
                            won++;
                        }
                    }
                    return won;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : wins) {
                total += f.get(30, TimeUnit.SECONDS);
            }
            assertThat(total).isEqualTo(keys);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void databaseFailuresSurfaceAsSeenKeyStoreException() {
        JdbcSeenKeyStore store =
                JdbcSeenKeyStore.builder(dataSource).tableName("no_such_table").build();
        assertThatThrownBy(() -> store.markIfAbsent("k"))
                .isInstanceOf(SeenKeyStoreException.class)
                .hasMessageContaining("SQLState");
        assertThatThrownBy(() -> store.release("k")).isInstanceOf(SeenKeyStoreException.class);
    }

    @Test
    void tableNameMustBeAnIdentifier() {
        assertThatThrownBy(() -> JdbcSeenKeyStore.builder(dataSource).tableName("t; DROP TABLE x"))
                .isInstanceOf(IllegalArgumentException.class);
        JdbcSeenKeyStore.builder(dataSource).tableName("PUBLIC.wise_webhook_seen_keys");
    }

    /** A data source over DriverManager (the H2 driver registers itself); only getConnection() is used. */
    static DataSource driverManagerDataSource(String url) {
        return (DataSource) Proxy.newProxyInstance(
                JdbcSeenKeyStoreTest.class.getClassLoader(), new Class<?>[] {DataSource.class}, (p, m, args) -> {
                    if (m.getName().equals("getConnection") && m.getParameterCount() == 0) {
                        return DriverManager.getConnection(url);
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    /** Wraps a data source so every connection starts with auto-commit off, like many pools do. */
    static DataSource autoCommitOff(DataSource delegate) {
        return (DataSource) Proxy.newProxyInstance(
                JdbcSeenKeyStoreTest.class.getClassLoader(), new Class<?>[] {DataSource.class}, (p, m, args) -> {
                    Object result = m.invoke(delegate, args);
                    if (result instanceof Connection c) {
                        c.setAutoCommit(false);
                    }
                    return result;
                });
    }
}
