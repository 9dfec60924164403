package io.github.wisecards.databases.inbox;

import com.zaxxer.hikari.HikariDataSource;
import io.github.wisecards.databases.TestDatabases;
import io.github.wisecards.databases.inbox.SignedDeliveries.Delivery;
import io.github.wisecards.webhooks.JdbcSeenKeyStore;
import io.github.wisecards.webhooks.SeenKeyStoreException;
import io.github.wisecards.webhooks.TransactionalWebhookCallback;
import io.github.wisecards.webhooks.WebhookCallback;
import io.github.wisecards.webhooks.WebhookHandler;
import io.github.wisecards.webhooks.WebhookHandler.Outcome;
import io.github.wisecards.webhooks.WebhookVerificationException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;

/**
 * One backend instance receiving webhooks: threads take deliveries from a queue and hand them to a
 * {@link WebhookHandler} over a {@link JdbcSeenKeyStore}; anything not answered 200 (503 in
 * progress, 5xx failure) goes back to the end of the queue, as Wise redelivers it later. A share of
 * callbacks fails on purpose. Runs in the test's JVM or, through {@link #main}, in a second one.
 */
final class InboxWorker {
    record Config(
            String name,
            String jdbcUrl,
            String user,
            String password,
            boolean transactional,
            boolean autoCommit,
            int threads,
            double failRate,
            long seed) {

        List<String> toArgs() {
            return List.of(
                    name,
                    jdbcUrl,
                    user,
                    password.isEmpty() ? "-" : password,
                    Boolean.toString(transactional),
                    Boolean.toString(autoCommit),
                    Integer.toString(threads),
                    Double.toString(failRate),
                    Long.toString(seed));
        }

        static Config fromArgs(String[] a) {
            return new Config(
                    a[0],
                    a[1],
                    a[2],
                    a[3].equals("-") ? "" : a[3],
                    Boolean.parseBoolean(a[4]),
                    Boolean.parseBoolean(a[5]),
                    Integer.parseInt(a[6]),
                    Double.parseDouble(a[7]),
                    Long.parseLong(a[8]));
        }
    }

    /** What one instance saw; every delivery it was given ends answered 200. */
    record Result(
            int processed, int duplicates, int inProgress, int callbackFailures, int storeErrors, int otherErrors) {
        static final String PREFIX = "INBOX-WORKER-RESULT ";

        String line() {
            return PREFIX + processed + " " + duplicates + " " + inProgress + " " + callbackFailures + " " + storeErrors
                    + " " + otherErrors;
        }

        static Result parse(String line) {
            String[] p = line.substring(PREFIX.length()).trim().split(" ");
            return new Result(
                    Integer.parseInt(p[0]),
                    Integer.parseInt(p[1]),
                    Integer.parseInt(p[2]),
                    Integer.parseInt(p[3]),
                    Integer.parseInt(p[4]),
                    Integer.parseInt(p[5]));
        }

        Result plus(Result o) {
            return new Result(
                    processed + o.processed,
                    duplicates + o.duplicates,
                    inProgress + o.inProgress,
                    callbackFailures + o.callbackFailures,
                    storeErrors + o.storeErrors,
                    otherErrors + o.otherErrors);
        }
    }

    static final String READY = "INBOX-WORKER-READY";
    private static final long ORDER_SEED = 20_261_201L;

    private InboxWorker() {}

    /** Args: see {@link Config#toArgs()}, then the deliveries file. Prints one result line. */
    public static void main(String[] args) throws Exception {
        Config config = Config.fromArgs(args);
        SignedDeliveries deliveries = SignedDeliveries.read(Path.of(args[9]));
        Result result = run(config, deliveries, () -> {
            // Start together with the other instance: say READY, wait for GO on stdin.
            System.out.println(READY);
            System.out.flush();
            try {
                new java.io.BufferedReader(
                                new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8))
                        .readLine();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        System.out.println(result.line());
        System.exit(0);
    }

    /** Feeds every delivery until each was answered 200; {@code awaitStart} runs once the pool is full. */
    static Result run(Config config, SignedDeliveries signed, Runnable awaitStart) throws Exception {
        try (HikariDataSource pool = TestDatabases.pool(
                config.jdbcUrl(), config.user(), config.password(), config.autoCommit(), config.threads() + 2)) {
            // A production pool is kept full (minimumIdle = maximumPoolSize) so that no request
            // waits for a new connection; fill it before starting.
            // A freshly started JVM on a loaded machine can take longer than the 1 s request-time
            // wait to open its first connections: the fill waits up to 30 s, then the 1 s wait
            // applies to the measured run.
            pool.setMinimumIdle(config.threads() + 2);
            pool.getHikariConfigMXBean().setConnectionTimeout(30_000);
            List<Connection> warm = new ArrayList<>();
            for (int i = 0; i < config.threads() + 2; i++) {
                warm.add(pool.getConnection());
            }
            for (Connection c : warm) {
                c.close();
            }
            pool.getHikariConfigMXBean().setConnectionTimeout(1_000);
            WebhookHandler handler = WebhookHandler.builder()
                    .verifier(signed.verifier())
                    .seenKeyStore(JdbcSeenKeyStore.builder(pool).build())
                    .build();
            // Both instances take the events in the same shuffled order, so they race on each one,
            // and each event comes twice in a row (Wise sends it once per subscription), so two
            // threads of one instance race on it too.
            List<Delivery> shuffled = new ArrayList<>(signed.deliveries());
            Collections.shuffle(shuffled, new Random(ORDER_SEED));
            List<Delivery> order = new ArrayList<>();
            for (Delivery d : shuffled) {
                order.add(d);
                order.add(d);
            }
            awaitStart.run();
            ConcurrentLinkedQueue<Delivery> queue = new ConcurrentLinkedQueue<>(order);
            AtomicInteger processed = new AtomicInteger();
            AtomicInteger duplicates = new AtomicInteger();
            AtomicInteger inProgress = new AtomicInteger();
            AtomicInteger callbackFailures = new AtomicInteger();
            AtomicInteger storeErrors = new AtomicInteger();
            AtomicInteger otherErrors = new AtomicInteger();
            ExecutorService threads = Executors.newFixedThreadPool(config.threads());
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < config.threads(); t++) {
                    Random random = new Random(config.seed() * 31 + t);
                    WebhookCallback plain = event -> {
                        boolean fail = random.nextDouble() < config.failRate();
                        boolean afterEffect = fail && random.nextBoolean();
                        if (fail && !afterEffect) {
                            throw new IllegalStateException("injected callback failure before its effect");
                        }
                        recordEffect(pool, event.eventKey(), config.name());
                        if (afterEffect) {
                            throw new IllegalStateException("injected callback failure after its effect");
                        }
                    };
                    TransactionalWebhookCallback transactional = (event, c) -> {
                        recordEffect(c, event.eventKey(), config.name());
                        if (random.nextDouble() < config.failRate()) {
                            throw new IllegalStateException("injected callback failure, rolled back");
                        }
                    };
                    futures.add(threads.submit(() -> {
                        Delivery d;
                        while ((d = queue.poll()) != null) {
                            try {
                                Outcome outcome = config.transactional()
                                        ? handler.handleInTransaction(d.headers(), d.body(), transactional)
                                        : handler.handle(d.headers(), d.body(), plain);
                                switch (outcome) {
                                    case PROCESSED -> processed.incrementAndGet();
                                    case DUPLICATE -> duplicates.incrementAndGet();
                                    case IN_PROGRESS -> {
                                        inProgress.incrementAndGet();
                                        queue.add(d);
                                        // Wise redelivers later; do not spin on the database.
                                        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
                                    }
                                }
                            } catch (SeenKeyStoreException e) {
                                storeErrors.incrementAndGet();
                                System.err.println(config.name() + ": store error: " + e + " / " + e.getCause());
                                if (e.getCause() != null) {
                                    e.getCause().printStackTrace();
                                }
                                queue.add(d);
                            } catch (WebhookVerificationException e) {
                                otherErrors.incrementAndGet();
                            } catch (RuntimeException e) {
                                callbackFailures.incrementAndGet();
                                queue.add(d);
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get(5, TimeUnit.MINUTES);
                }
            } finally {
                threads.shutdownNow();
            }
            return new Result(
                    processed.get(),
                    duplicates.get(),
                    inProgress.get(),
                    callbackFailures.get(),
                    storeErrors.get(),
                    otherErrors.get());
        }
    }

    private static void recordEffect(DataSource pool, String key, String worker) {
        try (Connection c = pool.getConnection()) {
            recordEffect(c, key, worker);
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the effect", e);
        }
    }

    private static void recordEffect(Connection c, String key, String worker) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO inbox_effects (event_key, worker) VALUES (?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, worker);
            ps.executeUpdate();
        }
    }
}
