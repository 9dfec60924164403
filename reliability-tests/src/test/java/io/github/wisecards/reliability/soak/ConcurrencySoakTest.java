package io.github.wisecards.reliability.soak;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.cards.model.CardOrderCreateParams;
import io.github.wisecards.cards.model.CardOrderListParams;
import io.github.wisecards.core.ApiResponse;
import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.FakeClock;
import io.github.wisecards.core.RecordingSleeper;
import io.github.wisecards.core.RequestAttempt;
import io.github.wisecards.reliability.Sockets;
import io.github.wisecards.testing.Fault;
import io.github.wisecards.testing.WiseSimulator;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One shared client, 32 threads and more than 20,000 calls against the simulator with about 5 %
 * of requests faulted (seeded): no order is lost or duplicated, no call fails, the refreshing
 * token provider refreshes exactly once per expiry, and closing the client leaves no thread or
 * connection behind. The load is a fixed number of calls, never a number reached within a time:
 * what the test proves does not depend on the machine's speed (the timeout only guards a hang).
 */
class ConcurrencySoakTest {
    private static final long PROFILE_ID = 777001L;
    private static final int THREADS = 32;
    private static final int TARGET_CALLS = 20_480;
    /** Every this many calls, time jumps past the token's refresh point (between calls). */
    private static final int CALLS_PER_TOKEN_EXPIRY = 2_048;

    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);
    /** Longer than the provider's 5 minute refresh-ahead, shorter than the token's lifetime. */
    private static final Duration CLOCK_STEP = Duration.ofMinutes(6);

    private static final String FAULTED_PATHS = "/v3/**";
    /** Connections are counted from the kernel's tables where there are some (Linux). */
    private static final boolean CAN_COUNT_CONNECTIONS = Sockets.canCount();

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES) // a hang guard: about 1 minute on an idle machine
    void sharedClientUnderConcurrentFaultyLoadLosesNothingDuplicatesNothingAndLeaksNothing() throws Exception {
        FakeClock clock = new FakeClock(Instant.parse("2026-03-01T08:00:00Z"));
        try (WiseSimulator simulator = WiseSimulator.builder()
                .clock(clock)
                .seed(20_260_301L)
                .accessTokenLifetime(TOKEN_LIFETIME)
                .build()
                .start()) {
            simulator.failFraction(0.02, Fault.serverError(503), null, FAULTED_PATHS);
            simulator.failFraction(0.01, Fault.rateLimited(Duration.ZERO), null, FAULTED_PATHS);
            simulator.failFraction(0.01, Fault.disconnect(), null, FAULTED_PATHS);
            simulator.failFraction(0.01, Fault.disconnectAfterProcessing(), null, FAULTED_PATHS);
            int port = Integer.parseInt(simulator.apiBaseUrl().replaceAll(".*:", ""));

            Set<Thread> baseline = Set.copyOf(Thread.getAllStackTraces().keySet());
            Load load = new Load(clock);
            ClientOptions options = simulator
                    .clientOptions()
                    .tokenProvider(simulator.refreshingTokenProvider())
                    // The clock moves only between calls (see Load), so retries must not move it:
                    // the simulator's default sleeper would advance the shared FakeClock. This one
                    // advances a clock of its own and, like it, never waits.
                    .sleeper(new RecordingSleeper(new FakeClock()))
                    .maxRetries(6)
                    .addRequestListener(load::onAttempt)
                    .build();
            long started = System.nanoTime();
            CardsClient client = CardsClient.create(options);
            try {
                load.run(client);
                load.threadsDuringLoad = newThreads(baseline);
                if (CAN_COUNT_CONNECTIONS) {
                    assertThat(Sockets.established(port))
                            .as("connections in use during the load")
                            .isPositive();
                }
            } finally {
                client.close();
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

            List<String> leakedThreads = awaitThreadsGone(baseline, Duration.ofSeconds(10));
            int leakedConnections = awaitConnectionsClosed(port, Duration.ofSeconds(10));
            Report report = load.report(simulator, elapsed, leakedThreads.size(), leakedConnections);
            System.out.println(report);
            System.out.println("SOAK new threads during the load: "
                    + load.threadsDuringLoad.stream().distinct().collect(Collectors.toList()));

            assertThat(load.unexpected).as("unexpected exceptions").isEmpty();
            assertThat(load.completed.get()).as("calls completed").isEqualTo(TARGET_CALLS);
            assertThat(report.faultRate()).as("share of attempts faulted").isBetween(0.03, 0.08);
            assertOrdersExactlyOnce(simulator, load);
            assertThat(simulator.issuedAccessTokenCount())
                    .as("one refresh at first use plus exactly one per expiry")
                    .isEqualTo(1L + load.expiries.get());
            assertThat(load.threadsDuringLoad)
                    .as("the SDK's OkHttp threads were alive during the load, so the leak check sees them")
                    .anyMatch(name -> name.startsWith("OkHttp") && !isSharedOrServerSide(name));
            assertThat(leakedThreads).as("threads left after close()").isEmpty();
            assertThat(leakedConnections)
                    .as("connections left open after close()")
                    .isZero();
        }
    }

    private static void assertOrdersExactlyOnce(WiseSimulator simulator, Load load) {
        Map<String, Long> created = load.createdByKey;
        assertThat(created).as("successful creates").isNotEmpty();
        assertThat(new HashSet<>(created.values())).as("one order per create").hasSize(created.size());
        Set<Long> onServer = new HashSet<>(simulator.cardOrderIds(PROFILE_ID));
        assertThat(onServer)
                .as("orders on the server = orders the client was told about")
                .isEqualTo(new HashSet<>(created.values()));
        List<String> duplicated = created.keySet().stream()
                .filter(key -> simulator.ordersCreatedWithIdempotencyKey(key) != 1)
                .collect(Collectors.toList());
        assertThat(duplicated)
                .as("idempotency keys with other than exactly one order")
                .isEmpty();
    }

    /** The load: worker threads, the calls they make, and what they saw. */
    private static final class Load {
        final FakeClock clock;
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger completed = new AtomicInteger();
        final AtomicInteger creates = new AtomicInteger();
        final AtomicLong attempts = new AtomicLong();
        final AtomicLong faultedAttempts = new AtomicLong();
        final AtomicInteger expiries = new AtomicInteger();
        final Map<String, Long> createdByKey = new ConcurrentHashMap<>();
        final List<Long> orderIds = new CopyOnWriteArrayList<>();
        final Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        /** Calls hold the read lock; the clock moves only under the write lock, between calls. */
        final ReentrantReadWriteLock timeLock = new ReentrantReadWriteLock();

        volatile List<String> threadsDuringLoad = List.of();

        Load(FakeClock clock) {
            this.clock = clock;
        }

        void onAttempt(RequestAttempt a) {
            attempts.incrementAndGet();
            if (a.error().isPresent()) {
                faultedAttempts.incrementAndGet();
            }
        }

        void run(CardsClient client) throws InterruptedException {
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Random random = new Random(1_000L + i);
                Thread t = new Thread(() -> work(client, random), "soak-worker-" + i);
                workers.add(t);
                t.start();
            }
            for (Thread t : workers) {
                t.join();
            }
        }

        private void work(CardsClient client, Random random) {
            while (true) {
                int n = calls.incrementAndGet();
                if (n > TARGET_CALLS) {
                    return;
                }
                timeLock.readLock().lock();
                try {
                    call(client, random);
                    completed.incrementAndGet();
                } catch (RuntimeException | Error e) {
                    unexpected.add(e);
                } finally {
                    timeLock.readLock().unlock();
                }
                if (n % CALLS_PER_TOKEN_EXPIRY == 0 && n < TARGET_CALLS) {
                    timeLock.writeLock().lock();
                    try {
                        clock.advance(CLOCK_STEP);
                        expiries.incrementAndGet();
                    } finally {
                        timeLock.writeLock().unlock();
                    }
                }
            }
        }

        private void call(CardsClient client, Random random) {
            int dice = random.nextInt(100);
            Long known = orderIds.isEmpty() ? null : orderIds.get(random.nextInt(orderIds.size()));
            if (dice < 25 || known == null) {
                ApiResponse<CardOrder> r = client.cardOrders().withRawResponse().create(PROFILE_ID, params(random));
                String key = r.idempotencyKey().orElseThrow();
                if (createdByKey.putIfAbsent(key, r.data().id()) != null) {
                    throw new AssertionError("idempotency key reused by two creates: " + key);
                }
                orderIds.add(r.data().id());
                creates.incrementAndGet();
            } else if (dice < 45) {
                check(client.cardOrders().retrieve(PROFILE_ID, known).id() == known, "retrieve");
            } else if (dice < 55) {
                check(
                        client.cardOrders()
                                        .async()
                                        .retrieve(PROFILE_ID, known)
                                        .join()
                                        .id()
                                == known,
                        "async retrieve");
            } else if (dice < 68) {
                client.cardOrders()
                        .list(
                                PROFILE_ID,
                                CardOrderListParams.builder().pageSize(20).build());
            } else if (dice < 78) {
                check(client.cardOrders().requirements(PROFILE_ID, known) != null, "requirements");
            } else if (dice < 88) {
                check(!client.cardOrders().availability(PROFILE_ID).isEmpty(), "availability");
            } else if (dice < 95) {
                check(client.cardOrders().validateAddress(address()).isValid(), "validate address");
            } else {
                client.cardOrders().cancel(PROFILE_ID, known);
            }
        }

        private static void check(boolean ok, String what) {
            if (!ok) {
                throw new AssertionError("unexpected answer to " + what);
            }
        }

        Report report(WiseSimulator simulator, Duration elapsed, int leakedThreads, int leakedConnections) {
            return new Report(
                    completed.get(),
                    THREADS,
                    attempts.get(),
                    faultedAttempts.get(),
                    creates.get(),
                    simulator.cardOrderIds(PROFILE_ID).size(),
                    expiries.get(),
                    simulator.issuedAccessTokenCount(),
                    elapsed,
                    leakedThreads,
                    leakedConnections);
        }
    }

    /** The figures of one soak run, printed for the CI log. */
    record Report(
            int calls,
            int threads,
            long attempts,
            long faultedAttempts,
            int creates,
            int ordersOnServer,
            int tokenExpiries,
            long tokensIssued,
            Duration elapsed,
            int leakedThreads,
            int leakedConnections) {
        double faultRate() {
            return attempts == 0 ? 0 : (double) faultedAttempts / attempts;
        }

        @Override
        public String toString() {
            return String.format(
                    "SOAK calls=%d threads=%d attempts=%d faulted=%d (%.2f%%) creates=%d ordersOnServer=%d"
                            + " tokenExpiries=%d tokensIssued=%d elapsed=%dms leakedThreads=%d"
                            + " leakedConnections=%d",
                    calls,
                    threads,
                    attempts,
                    faultedAttempts,
                    100 * faultRate(),
                    creates,
                    ordersOnServer,
                    tokenExpiries,
                    tokensIssued,
                    elapsed.toMillis(),
                    leakedThreads,
                    leakedConnections);
        }
    }

    private static CardOrderCreateParams params(Random random) {
        return CardOrderCreateParams.builder()
                .program("VISA_DEBIT_BUSINESS_UK_1_CARDS_API")
                .cardHolderName("Soak Holder " + random.nextInt(1_000_000))
                .phoneNumber("+441234567890")
                .address(address())
                .lifetimeLimit(random.nextInt(1000))
                .build();
    }

    private static Address address() {
        return Address.other("GB")
                .firstLine("56 Shoreditch High St")
                .city("London")
                .postCode("E1 6JJ")
                .build();
    }

    /**
     * Waits until every thread started since {@code baseline} has ended, except the simulator's
     * own server threads and the two JVM-wide singletons every OkHttp client shares (OkHttp's task
     * runner and Okio's timeout watchdog, which idle out by themselves after a minute), and
     * returns the names of those still alive at the bound.
     */
    private static List<String> awaitThreadsGone(Set<Thread> baseline, Duration bound) throws InterruptedException {
        long end = System.nanoTime() + bound.toNanos();
        List<String> alive;
        do {
            alive = newThreads(baseline).stream()
                    .filter(name -> !isSharedOrServerSide(name))
                    .collect(Collectors.toList());
            if (alive.isEmpty()) {
                return alive;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < end);
        return alive;
    }

    private static List<String> newThreads(Set<Thread> baseline) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !baseline.contains(t) && t.isAlive())
                .map(Thread::getName)
                .sorted()
                .collect(Collectors.toList());
    }

    private static boolean isSharedOrServerSide(String threadName) {
        return threadName.startsWith("MockWebServer")
                || threadName.startsWith("OkHttp TaskRunner")
                || threadName.equals("Okio Watchdog");
    }

    /** Waits until no TCP connection to {@code port} is established and returns how many are left. */
    private static int awaitConnectionsClosed(int port, Duration bound) throws InterruptedException, IOException {
        long end = System.nanoTime() + bound.toNanos();
        int open;
        do {
            open = Sockets.established(port);
            if (open == 0) {
                return 0;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < end);
        return open;
    }
}
