package io.github.wisecards.webhooks;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/**
 * A test double over a real {@link DataSource}: records the calls that decide transaction handling
 * ({@code getConnection}, {@code setAutoCommit(..)}, {@code commit}, {@code rollback}, {@code
 * setNetworkTimeout(..)}, {@code close}, and each statement's execution by its SQL verb: {@code
 * SELECT}, {@code INSERT}, {@code UPDATE}, {@code DELETE}), fails the calls a test names, and runs
 * a test's action just before a named statement executes (to stage a race). Connections can be
 * handed out with auto-commit off, as many pools do. Not thread-safe to configure.
 */
final class RecordingDataSource {
    private final DataSource delegate;
    private final boolean autoCommit;
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<SQLException>> failNext = new HashMap<>();
    private final Map<String, SQLException> failAlways = new HashMap<>();
    private final Map<String, Deque<Runnable>> before = new HashMap<>();
    private final List<Integer> queryTimeouts = new CopyOnWriteArrayList<>();
    private Integer networkTimeout;
    private boolean networkTimeoutUnsupported;

    private RecordingDataSource(DataSource delegate, boolean autoCommit) {
        this.delegate = delegate;
        this.autoCommit = autoCommit;
    }

    /** Hands out the delegate's connections as they are (auto-commit on, JDBC's default). */
    static RecordingDataSource autoCommitOn(DataSource delegate) {
        return new RecordingDataSource(delegate, true);
    }

    /** Hands out the delegate's connections with auto-commit switched off before any call is recorded. */
    static RecordingDataSource autoCommitOff(DataSource delegate) {
        return new RecordingDataSource(delegate, false);
    }

    /** Makes the next {@code call} (a recorded name such as {@code commit} or {@code INSERT}) throw {@code e}. */
    RecordingDataSource failNext(String call, SQLException e) {
        failNext.computeIfAbsent(call, k -> new ArrayDeque<>()).add(e);
        return this;
    }

    /** Makes the next {@code times} calls named {@code call} throw {@code e}. */
    RecordingDataSource failNext(String call, SQLException e, int times) {
        for (int i = 0; i < times; i++) {
            failNext(call, e);
        }
        return this;
    }

    /** Makes every {@code call} throw {@code e} until {@link #heal()}. */
    RecordingDataSource failAlways(String call, SQLException e) {
        failAlways.put(call, e);
        return this;
    }

    /** Stops every failure set with {@link #failAlways} or {@link #failNext}. */
    RecordingDataSource heal() {
        failAlways.clear();
        failNext.clear();
        return this;
    }

    /** Runs {@code action} once, just before the next statement with {@code verb} executes. */
    RecordingDataSource beforeNext(String verb, Runnable action) {
        before.computeIfAbsent(verb, k -> new ArrayDeque<>()).add(action);
        return this;
    }

    /** Hands out connections whose network timeout is {@code millis}, as a pool may have set it. */
    RecordingDataSource networkTimeout(int millis) {
        this.networkTimeout = millis;
        return this;
    }

    /** Hands out connections whose driver does not support network timeouts. */
    RecordingDataSource networkTimeoutUnsupported() {
        this.networkTimeoutUnsupported = true;
        return this;
    }

    DataSource dataSource() {
        return (DataSource) Proxy.newProxyInstance(
                RecordingDataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (p, m, args) -> {
                    if (!m.getName().equals("getConnection")) {
                        return invoke(m, delegate, args);
                    }
                    record("getConnection");
                    Connection c = (Connection) invoke(m, delegate, args);
                    c.setAutoCommit(autoCommit);
                    return connection(c);
                });
    }

    /** The calls recorded so far, in order. */
    List<String> calls() {
        return List.copyOf(calls);
    }

    /** The query timeout, in seconds, set on each statement prepared so far. */
    List<Integer> queryTimeouts() {
        return List.copyOf(queryTimeouts);
    }

    /** The recorded calls named {@code call}, counted. */
    long count(String call) {
        return calls.stream().filter(call::equals).count();
    }

    void clear() {
        calls.clear();
        queryTimeouts.clear();
    }

    private Connection connection(Connection c) {
        return (Connection) Proxy.newProxyInstance(
                RecordingDataSource.class.getClassLoader(), new Class<?>[] {Connection.class}, (p, m, args) -> {
                    switch (m.getName()) {
                        case "getNetworkTimeout" -> {
                            if (networkTimeoutUnsupported) {
                                throw new SQLFeatureNotSupportedException("no network timeout");
                            }
                            if (networkTimeout != null) {
                                return networkTimeout;
                            }
                        }
                        case "setAutoCommit" -> record("setAutoCommit(" + args[0] + ")");
                        case "setNetworkTimeout" -> record("setNetworkTimeout(" + args[1] + ")");
                        case "commit", "rollback", "close" -> record(m.getName());
                        default -> {}
                    }
                    Object result = invoke(m, c, args);
                    if (result instanceof PreparedStatement ps) {
                        return statement(ps, verb((String) args[0]));
                    }
                    if (result instanceof Statement) {
                        throw new UnsupportedOperationException("the store uses prepared statements only");
                    }
                    return result;
                });
    }

    private PreparedStatement statement(PreparedStatement ps, String verb) {
        return (PreparedStatement) Proxy.newProxyInstance(
                RecordingDataSource.class.getClassLoader(), new Class<?>[] {PreparedStatement.class}, (p, m, args) -> {
                    if (m.getName().equals("setQueryTimeout")) {
                        queryTimeouts.add((Integer) args[0]);
                    }
                    if (m.getName().startsWith("execute")) {
                        Deque<Runnable> actions = before.get(verb);
                        if (actions != null && !actions.isEmpty()) {
                            actions.poll().run();
                        }
                        record(verb);
                    }
                    return invoke(m, ps, args);
                });
    }

    /** Records {@code call}, then throws the failure set for it, if any. */
    private void record(String call) throws SQLException {
        calls.add(call);
        Deque<SQLException> next = failNext.get(call);
        if (next != null && !next.isEmpty()) {
            throw next.poll();
        }
        SQLException always = failAlways.get(call);
        if (always != null) {
            throw always;
        }
    }

    private static String verb(String sql) {
        return sql.strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
    }

    private static Object invoke(Method m, Object target, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The recorded calls, for assertion messages. */
    @Override
    public String toString() {
        return new ArrayList<>(calls).toString();
    }
}
