package io.github.wisecards.databases.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.github.wisecards.databases.Database;
import io.github.wisecards.databases.TestDatabases;
import io.github.wisecards.databases.TestDatabases.Driver;
import io.github.wisecards.databases.inbox.InboxWorker.Config;
import io.github.wisecards.databases.inbox.InboxWorker.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two backend instances in two separate JVM processes, 16 threads each, receive the same 2,000
 * events (each twice, as from two subscriptions) on one real database; 10% of callbacks fail and every delivery not answered 200 is
 * redelivered. Plain mode must process every event at least once with none lost; transactional
 * mode must commit every event's effect exactly once. Every driver runs both modes, one with
 * auto-commit on and the other with it off.
 */
class TwoProcessInboxTest {
    private static final Logger LOG = LoggerFactory.getLogger(TwoProcessInboxTest.class);
    private static final int EVENTS = 2_000;
    private static final int THREADS_PER_PROCESS = 16;
    private static final double FAIL_RATE = 0.10;

    private static SignedDeliveries deliveries;
    private static Path deliveriesFile;

    @BeforeAll
    static void signEvents() throws IOException {
        deliveries = SignedDeliveries.generate(EVENTS, "two-process-");
        deliveriesFile = Files.createTempFile("inbox-deliveries-", ".txt");
        deliveriesFile.toFile().deleteOnExit();
        deliveries.write(deliveriesFile);
    }

    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of(Driver.PGJDBC, false, true),
                Arguments.of(Driver.PGJDBC, true, false),
                Arguments.of(Driver.MARIADB_CONNECTOR_J, false, false),
                Arguments.of(Driver.MARIADB_CONNECTOR_J, true, true),
                Arguments.of(Driver.MYSQL_CONNECTOR_J, false, true),
                Arguments.of(Driver.MYSQL_CONNECTOR_J, true, false));
    }

    @ParameterizedTest(name = "{0} transactional={1} autoCommit={2}")
    @MethodSource("runs")
    void twoProcessesFeedingTheSameEventsLoseNoneAndTransactionalModeAppliesEachOnce(
            Driver driver, boolean transactional, boolean autoCommit) throws Exception {
        Database db = TestDatabases.newDatabase(driver);
        InboxSchema.create(db);
        long started = System.nanoTime();
        Config here = config("jvm-a", db, transactional, autoCommit, 1);
        Config there = config("jvm-b", db, transactional, autoCommit, 2);

        Child child = startChild(there);
        CountDownLatch localReady = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Result> local = CompletableFuture.supplyAsync(() -> {
            try {
                return InboxWorker.run(here, deliveries, () -> {
                    localReady.countDown();
                    awaitUninterruptibly(go);
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(localReady.await(2, TimeUnit.MINUTES)).isTrue();
        child.awaitReadyAndGo();
        go.countDown();
        Result a = local.get(5, TimeUnit.MINUTES);
        Result b = awaitChild(child);
        long millis = (System.nanoTime() - started) / 1_000_000;

        Result total = a.plus(b);
        try (HikariDataSource pool = TestDatabases.pool(db, true, 2)) {
            Map<String, Integer> effects = InboxSchema.effectsPerKey(pool);
            Map<String, Integer> statuses = InboxSchema.statusCounts(pool);
            long repeated = effects.values().stream().filter(n -> n > 1).count();
            int effectRows =
                    effects.values().stream().mapToInt(Integer::intValue).sum();
            LOG.info(
                    "{} {} autoCommit={}: {} events, 2 JVMs x {} threads, {} ms: processed={} duplicates={}"
                            + " inProgress(503)={} callbackFailures={} storeErrors={} effectRows={} keysWithRepeatedEffect={}",
                    driver,
                    transactional ? "transactional" : "plain",
                    autoCommit,
                    EVENTS,
                    THREADS_PER_PROCESS,
                    millis,
                    total.processed(),
                    total.duplicates(),
                    total.inProgress(),
                    total.callbackFailures(),
                    total.storeErrors(),
                    effectRows,
                    repeated);

            assertThat(total.storeErrors()).as("store errors (answered 5xx)").isZero();
            assertThat(total.otherErrors()).as("rejected deliveries").isZero();
            assertThat(statuses).as("inbox rows by status").isEqualTo(Map.of("DONE", EVENTS));
            assertThat(effects).as("keys with an effect").hasSize(EVENTS);
            assertThat(total.processed()).isEqualTo(EVENTS);
            assertThat(total.processed() + total.duplicates())
                    .as("deliveries answered 200")
                    .isEqualTo(4 * EVENTS);
            assertThat(total.callbackFailures())
                    .as("injected failures happened")
                    .isPositive();
            if (transactional) {
                assertThat(effects.values()).as("effects per key").containsOnly(1);
            } else {
                assertThat(effects.values()).as("effects per key").allMatch(n -> n >= 1);
            }
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Config config(String name, Database db, boolean transactional, boolean autoCommit, long seed) {
        return new Config(
                name,
                db.jdbcUrl(),
                db.user(),
                db.password(),
                transactional,
                autoCommit,
                THREADS_PER_PROCESS,
                FAIL_RATE,
                seed);
    }

    private record Child(Process process, Path log) {
        /** Waits until the second JVM has loaded its events, then lets both start at once. */
        void awaitReadyAndGo() throws Exception {
            for (int i = 0; i < 60_000 && !Files.readString(log).contains(InboxWorker.READY); i++) {
                if (!process.isAlive()) {
                    throw new AssertionError("second JVM died:\n" + Files.readString(log));
                }
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
            }
            process.getOutputStream().write("GO\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        }
    }

    private static Child startChild(Config config) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(InboxWorker.class.getName());
        command.addAll(config.toArgs());
        command.add(deliveriesFile.toString());
        Path logs = Files.createDirectories(Path.of("target", "inbox-worker-logs"));
        Path log = Files.createTempFile(logs, "inbox-worker-", ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new Child(process, log);
    }

    private static Result awaitChild(Child child) throws Exception {
        boolean exited = child.process().waitFor(5, TimeUnit.MINUTES);
        if (!exited) {
            child.process().destroyForcibly();
        }
        List<String> output = Files.readAllLines(child.log());
        assertThat(exited)
                .as("second JVM finished; its output:%n%s", String.join("\n", output))
                .isTrue();
        return output.stream()
                .filter(line -> line.startsWith(Result.PREFIX))
                .map(Result::parse)
                .findFirst()
                .orElseThrow(() -> new AssertionError("second JVM printed no result:\n" + String.join("\n", output)));
    }
}
