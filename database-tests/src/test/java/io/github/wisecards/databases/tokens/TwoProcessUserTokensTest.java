package io.github.wisecards.databases.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.core.tokens.JdbcUserTokenStore;
import io.github.wisecards.databases.Database;
import io.github.wisecards.databases.TestDatabases;
import io.github.wisecards.databases.TestDatabases.Driver;
import io.github.wisecards.databases.tokens.TokenWorker.Config;
import io.github.wisecards.databases.tokens.TokenWorker.Result;
import io.github.wisecards.testing.SimulatedUser;
import io.github.wisecards.testing.WiseSimulator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two backend instances in two JVM processes, 8 threads each, call Wise (the simulator, whose
 * refresh revokes the user's previous token) for 200 users through 3 token expiries. Sharing a
 * {@link JdbcUserTokenStore}, each user's token is refreshed exactly once per expiry, no call sees
 * a 401 and none fails. With independent in-memory stores, the instances revoke each other's
 * tokens (the ping-pong the shared store prevents): asserted as the contrast.
 *
 * <p>Time: a phase clock shared by the simulator and the first instance, sent to the second at
 * each phase; each phase is 12 h 1 min after the previous, so every token has expired.
 */
class TwoProcessUserTokensTest {
    private static final Logger LOG = LoggerFactory.getLogger(TwoProcessUserTokensTest.class);
    private static final int USERS = 200;
    private static final int THREADS_PER_PROCESS = 8;
    private static final int EXPIRIES = 3;
    private static final int PHASES = EXPIRIES + 1; // the first grant, then one refresh per expiry
    private static final Duration PHASE_STEP = Duration.ofHours(12).plusMinutes(1);

    enum SharedStore {
        POSTGRESQL,
        MARIADB,
        H2
    }

    /** What a run measured. */
    record Run(
            Map<Long, Integer> usersByRefreshCount,
            Map<Long, Integer> userPhasesByRefreshCount,
            long refreshes,
            List<Long> refreshesPerPhase,
            Result total) {}

    @ParameterizedTest(name = "{0}")
    @EnumSource(SharedStore.class)
    void twoProcessesSharingAJdbcStoreRefreshEachUserOncePerExpiryWithNo401s(SharedStore shared) throws Exception {
        Run run;
        switch (shared) {
            case POSTGRESQL -> {
                Database db = TestDatabases.newDatabase(Driver.PGJDBC);
                TestDatabases.execute(db, ddl("postgresql"));
                run = run(shared.name(), db.jdbcUrl(), db.user(), db.password());
            }
            case MARIADB -> {
                Database db = TestDatabases.newDatabase(Driver.MARIADB_CONNECTOR_J);
                TestDatabases.execute(db, ddl("mysql"));
                run = run(shared.name(), db.jdbcUrl(), db.user(), db.password());
            }
            default -> {
                Path dir = Files.createTempDirectory("h2-user-tokens-");
                Server h2 = Server.createTcpServer(
                                "-tcpPort", Integer.toString(freePort()), "-ifNotExists", "-baseDir", dir.toString())
                        .start();
                try {
                    String url = "jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/tokens";
                    try (Connection c = DriverManager.getConnection(url, "sa", "");
                            Statement s = c.createStatement()) {
                        s.execute(ddl("h2"));
                    }
                    run = run(shared.name(), url, "sa", "");
                } finally {
                    h2.stop();
                }
            }
        }

        assertThat(run.total().failed()).as("failed calls").isZero();
        assertThat(run.total().callerUnauthorized()).as("401s seen by callers").isZero();
        assertThat(run.total().unauthorizedAttempts())
                .as("401s answered at all")
                .isZero();
        assertThat(run.total().calls()).isEqualTo(2 * THREADS_PER_PROCESS * USERS * PHASES);
        assertThat(run.usersByRefreshCount())
                .as("users by number of refreshes (one per phase: the first grant, then one per expiry)")
                .isEqualTo(Map.of((long) PHASES, USERS));
        assertThat(run.userPhasesByRefreshCount())
                .as("(user, expiry) pairs by number of refreshes")
                .isEqualTo(Map.of(1L, USERS * PHASES));
        assertThat(run.refreshesPerPhase()).containsOnly((long) USERS);
    }

    @Test
    void independentInMemoryStoresPingPongTheContrast() throws Exception {
        Run run = run("in-memory stores", TokenWorker.MEMORY, "-", "");

        // each instance's refresh revokes the token the other instance holds: more than one refresh
        // per user per expiry, and 401s, which the shared store avoids
        assertThat(run.refreshes()).as("refreshes").isGreaterThan((long) USERS * PHASES);
        assertThat(run.total().unauthorizedAttempts()).as("401s answered").isPositive();
    }

    private Run run(String label, String jdbcUrl, String dbUser, String dbPassword) throws Exception {
        long started = System.nanoTime();
        PhaseClock clock = new PhaseClock();
        try (WiseSimulator sim = WiseSimulator.builder().clock(clock).build().start()) {
            List<SimulatedUser> users = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                users.add(sim.addUser(TokenWorker.refreshTokenOf(i)));
            }
            Config here = config("jvm-a", sim, jdbcUrl, dbUser, dbPassword);
            Child child = Child.start(config("jvm-b", sim, jdbcUrl, dbUser, dbPassword));
            Result total = new Result(0, 0, 0, 0, 0);
            List<Long> perPhase = new ArrayList<>();
            Map<Long, Integer> userPhases = new TreeMap<>();
            long[] seen = new long[USERS];
            long before = 0;
            try (TokenWorker local = new TokenWorker(here, clock)) {
                child.await(TokenWorker.READY);
                for (int phase = 0; phase < PHASES; phase++) {
                    Instant at = PhaseClock.START.plus(PHASE_STEP.multipliedBy(phase));
                    clock.set(at);
                    child.send("PHASE " + at.toEpochMilli());
                    Result a = local.runPhase();
                    Result b = Result.parse(child.await(Result.PREFIX));
                    total = total.plus(a).plus(b);
                    long now = refreshes(sim, users);
                    perPhase.add(now - before);
                    before = now;
                    for (int i = 0; i < USERS; i++) {
                        long count = sim.refreshCount(users.get(i));
                        userPhases.merge(count - seen[i], 1, Integer::sum);
                        seen[i] = count;
                    }
                }
            } finally {
                child.stop();
            }
            Map<Long, Integer> byCount = new TreeMap<>();
            for (SimulatedUser u : users) {
                byCount.merge(sim.refreshCount(u), 1, Integer::sum);
            }
            long refreshes = refreshes(sim, users);
            LOG.info(
                    "{}: 2 JVMs x {} threads, {} users, {} expiries, {} ms: refreshes={} per phase={} users by"
                            + " refresh count={} (user, phase) pairs by refresh count={} calls={} failed={}"
                            + " callerUnauthorized={} unauthorizedAttempts={} refreshLimited={}",
                    label,
                    THREADS_PER_PROCESS,
                    USERS,
                    EXPIRIES,
                    (System.nanoTime() - started) / 1_000_000,
                    refreshes,
                    perPhase,
                    byCount,
                    userPhases,
                    total.calls(),
                    total.failed(),
                    total.callerUnauthorized(),
                    total.unauthorizedAttempts(),
                    total.refreshLimited());
            return new Run(byCount, userPhases, refreshes, perPhase, total);
        }
    }

    private static long refreshes(WiseSimulator sim, List<SimulatedUser> users) {
        return users.stream().mapToLong(sim::refreshCount).sum();
    }

    private static Config config(String name, WiseSimulator sim, String jdbcUrl, String dbUser, String dbPassword) {
        return new Config(
                name,
                jdbcUrl,
                dbUser,
                dbPassword,
                sim.apiBaseUrl(),
                sim.cardDataBaseUrl(),
                sim.oauthClientId(),
                sim.oauthClientSecret(),
                USERS,
                THREADS_PER_PROCESS);
    }

    private static String ddl(String dialect) throws IOException {
        try (InputStream in =
                JdbcUserTokenStore.class.getResourceAsStream("/META-INF/wise-cards/user-tokens-" + dialect + ".sql")) {
            assertThat(in).as("shipped DDL for " + dialect).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** The second JVM: commands on its stdin, protocol lines on its stdout, logs in a file. */
    private record Child(Process process, Path log, BlockingQueue<String> lines) {
        static Child start(Config config) throws IOException {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx256m");
            command.add("-XX:TieredStopAtLevel=1");
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(TokenWorker.class.getName());
            command.addAll(config.toArgs());
            Path logs = Files.createDirectories(Path.of("target", "token-worker-logs"));
            Path log = Files.createTempFile(logs, "token-worker-", ".log");
            Process process =
                    new ProcessBuilder(command).redirectError(log.toFile()).start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(
                    () -> {
                        try (BufferedReader r = new BufferedReader(
                                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                            String line;
                            while ((line = r.readLine()) != null) {
                                lines.add(line);
                            }
                        } catch (IOException e) {
                            lines.add("EOF " + e);
                        }
                        lines.add("EOF");
                    },
                    "token-worker-stdout");
            reader.setDaemon(true);
            reader.start();
            return new Child(process, log, lines);
        }

        void send(String command) throws IOException {
            process.getOutputStream().write((command + "\n").getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        }

        /** Returns the next stdout line starting with {@code prefix}, failing if the JVM ends first. */
        String await(String prefix) throws Exception {
            while (true) {
                String line = lines.poll(2, TimeUnit.MINUTES);
                if (line == null || line.startsWith("EOF")) {
                    throw new AssertionError("second JVM " + (line == null ? "silent for 2 minutes" : "ended")
                            + "; its log:\n" + Files.readString(log));
                }
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
        }

        void stop() throws Exception {
            if (process.isAlive()) {
                try {
                    send("EXIT");
                } catch (IOException e) {
                    // already gone
                }
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
