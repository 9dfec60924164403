package io.github.wisecards.core.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link JdbcUserTokenStore} asks of the JDBC driver: a commit or rollback of each
 * transaction when auto-commit is off (none when it is on), and a query timeout on every statement.
 */
class JdbcUserTokenStoreTransactionsTest {
    private final JdbcUserTokenStoreTest.H2 db = new JdbcUserTokenStoreTest.H2();
    /** The transaction calls and query timeouts the store made, in order. */
    private final List<String> calls = new CopyOnWriteArrayList<>();

    @AfterEach
    void drop() throws SQLException {
        db.close();
    }

    /** The database, through connections and statements that record what the store calls. */
    private DataSource recording(DataSource target) {
        return new ConnectionSource() {
            @Override
            public Connection getConnection() throws SQLException {
                Connection c = target.getConnection();
                return proxy(Connection.class, c, (method, args, result) -> {
                    if (method.equals("commit") || method.equals("rollback")) {
                        calls.add(method);
                    }
                    if (method.equals("prepareStatement")) {
                        return proxy(PreparedStatement.class, result, (m, a, r) -> {
                            if (m.equals("setQueryTimeout")) {
                                calls.add("timeout " + a[0]);
                            }
                            return r;
                        });
                    }
                    return result;
                });
            }
        };
    }

    interface After {
        Object apply(String method, Object[] args, Object result);
    }

    private static <T> T proxy(Class<T> type, Object target, After after) {
        InvocationHandler h = (p, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return after.apply(method.getName(), args, result);
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h));
    }

    private JdbcUserTokenStore store(DataSource source) {
        return JdbcUserTokenStore.builder(recording(source)).build();
    }

    @Test
    void withAutoCommitOffEveryReadAndWriteIsCommitted() {
        JdbcUserTokenStore store = store(db.manualCommit());

        assertThat(store.read("alice")).isEmpty();
        assertThat(store.compareAndSet("alice", 0, UserTokenStoreContract.full()))
                .isTrue();
        assertThat(store.compareAndSet("alice", 1, UserTokenStoreContract.full()))
                .isTrue();

        assertThat(calls).filteredOn(c -> !c.startsWith("timeout")).containsExactly("commit", "commit", "commit");
    }

    @Test
    void withAutoCommitOffALostRaceIsRolledBack() {
        JdbcUserTokenStore store = store(db.manualCommit());
        store.compareAndSet("alice", 0, UserTokenStoreContract.full());
        calls.clear();

        // a second first insert: the primary key refuses it, another writer got there first
        assertThat(store.compareAndSet("alice", 0, UserTokenStoreContract.full()))
                .isFalse();

        assertThat(calls).filteredOn(c -> !c.startsWith("timeout")).containsExactly("rollback");
    }

    @Test
    void withAutoCommitOnTheStoreNeitherCommitsNorRollsBack() {
        JdbcUserTokenStore store = store(db);

        store.read("alice");
        store.compareAndSet("alice", 0, UserTokenStoreContract.full());
        assertThat(store.compareAndSet("alice", 0, UserTokenStoreContract.full()))
                .isFalse();

        assertThat(calls).filteredOn(c -> !c.startsWith("timeout")).isEmpty();
    }

    @Test
    void everyStatementHasTheQueryTimeout() {
        JdbcUserTokenStore store = JdbcUserTokenStore.builder(recording(db))
                .queryTimeout(Duration.ofSeconds(7))
                .build();

        store.read("alice");
        store.compareAndSet("alice", 0, UserTokenStoreContract.full());
        store.compareAndSet("alice", 1, UserTokenStoreContract.full());

        assertThat(calls).containsExactly("timeout 7", "timeout 7", "timeout 7");
    }

    @Test
    void theQueryTimeoutIsAtLeastASecondAndAtMostAnHour() {
        JdbcUserTokenStore.builder(recording(db))
                .queryTimeout(Duration.ofMillis(500))
                .build()
                .read("alice");
        JdbcUserTokenStore.builder(recording(db))
                .queryTimeout(Duration.ofHours(2))
                .build()
                .read("alice");

        assertThat(calls).containsExactly("timeout 1", "timeout 3600");
    }
}
