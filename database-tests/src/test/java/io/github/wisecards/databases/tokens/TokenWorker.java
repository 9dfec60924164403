package io.github.wisecards.databases.tokens;

import com.zaxxer.hikari.HikariDataSource;
import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.core.Environment;
import io.github.wisecards.core.errors.AuthenticationException;
import io.github.wisecards.core.errors.SdkException;
import io.github.wisecards.core.errors.TokenRefreshLimitException;
import io.github.wisecards.core.tokens.JdbcUserTokenStore;
import io.github.wisecards.core.tokens.UserGrant;
import io.github.wisecards.core.tokens.UserTokenStore;
import io.github.wisecards.core.tokens.UserTokens;
import io.github.wisecards.databases.TestDatabases;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One backend instance acting for many users: {@code threads} threads each call Wise once per user
 * per phase, through one {@link CardsClient} whose {@link UserTokens} maps each call's {@code
 * profileId} to its user. Runs in the test's JVM or, through {@link #main}, in a second one driven
 * over stdin ({@code PHASE <epochMillis>}, {@code EXIT}) and reporting on stdout.
 */
final class TokenWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TokenWorker.class);
    static final String READY = "TOKEN-WORKER-READY";
    static final String MEMORY = "memory";
    static final long FIRST_PROFILE = 1000;

    record Config(
            String name,
            String jdbcUrl,
            String dbUser,
            String dbPassword,
            String apiBaseUrl,
            String cardDataBaseUrl,
            String clientId,
            String clientSecret,
            int users,
            int threads) {

        List<String> toArgs() {
            return List.of(
                    name,
                    jdbcUrl,
                    dbUser,
                    dbPassword.isEmpty() ? "-" : dbPassword,
                    apiBaseUrl,
                    cardDataBaseUrl,
                    clientId,
                    clientSecret,
                    Integer.toString(users),
                    Integer.toString(threads));
        }

        static Config fromArgs(String[] a) {
            return new Config(
                    a[0],
                    a[1],
                    a[2],
                    a[3].equals("-") ? "" : a[3],
                    a[4],
                    a[5],
                    a[6],
                    a[7],
                    Integer.parseInt(a[8]),
                    Integer.parseInt(a[9]));
        }
    }

    /** What one instance saw in one phase. */
    record Result(int calls, int failed, int callerUnauthorized, int unauthorizedAttempts, int refreshLimited) {
        static final String PREFIX = "TOKEN-WORKER-RESULT ";

        String line() {
            return PREFIX + calls + " " + failed + " " + callerUnauthorized + " " + unauthorizedAttempts + " "
                    + refreshLimited;
        }

        static Result parse(String line) {
            String[] p = line.substring(PREFIX.length()).trim().split(" ");
            return new Result(
                    Integer.parseInt(p[0]),
                    Integer.parseInt(p[1]),
                    Integer.parseInt(p[2]),
                    Integer.parseInt(p[3]),
                    Integer.parseInt(p[4]));
        }

        Result plus(Result o) {
            return new Result(
                    calls + o.calls,
                    failed + o.failed,
                    callerUnauthorized + o.callerUnauthorized,
                    unauthorizedAttempts + o.unauthorizedAttempts,
                    refreshLimited + o.refreshLimited);
        }
    }

    static String userOf(int index) {
        return "user-" + index;
    }

    static String refreshTokenOf(int index) {
        return "rt-user-" + index;
    }

    private final Config config;
    private final PhaseClock clock;
    private final HikariDataSource pool;
    private final CardsClient cards;
    private final AtomicInteger unauthorizedAttempts = new AtomicInteger();
    private int phase;

    TokenWorker(Config config, PhaseClock clock) {
        this.config = config;
        this.clock = clock;
        UserTokenStore store;
        if (config.jdbcUrl().equals(MEMORY)) {
            pool = null;
            store = UserTokenStore.inMemory();
        } else {
            pool = TestDatabases.pool(config.jdbcUrl(), config.dbUser(), config.dbPassword(), true, config.threads());
            // A cold JVM on a loaded machine opens its first connections slowly: the 1 s wait that
            // suits a webhook receiver would fail calls here, which may wait for a token longer.
            pool.setConnectionTimeout(10_000);
            store = JdbcUserTokenStore.builder(pool).build();
        }
        this.cards = CardsClient.builder()
                .environment(Environment.custom(config.apiBaseUrl(), config.cardDataBaseUrl()))
                .tokenProvider(UserTokens.builder(config.clientId(), config.clientSecret())
                        .credentials(user -> Optional.of(UserGrant.refreshToken("rt-" + user)))
                        .profileUsers(profileId -> Optional.of(userOf((int) (profileId - FIRST_PROFILE))))
                        .store(store)
                        .instanceId(config.name())
                        // the phase clock stands still within a phase: waiting is bounded by polls
                        .pollInterval(Duration.ofMillis(2))
                        .build())
                .clock(clock)
                .addRequestListener(a -> {
                    if (a.statusCode().orElse(0) == 401) {
                        unauthorizedAttempts.incrementAndGet();
                    }
                })
                .build();
    }

    /** Every thread calls once per user, each thread in its own order. */
    Result runPhase() throws Exception {
        int phaseSeed = ++phase;
        unauthorizedAttempts.set(0);
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger callerUnauthorized = new AtomicInteger();
        AtomicInteger refreshLimited = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(config.threads());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < config.threads(); t++) {
                List<Integer> order = new ArrayList<>();
                for (int u = 0; u < config.users(); u++) {
                    order.add(u);
                }
                Collections.shuffle(order, new Random(config.name().hashCode() * 31L + t * 7L + phaseSeed));
                done.add(threads.submit(() -> {
                    for (int u : order) {
                        calls.incrementAndGet();
                        try {
                            cards.cardOrders().availability(FIRST_PROFILE + u);
                        } catch (AuthenticationException e) {
                            callerUnauthorized.incrementAndGet();
                            failed.incrementAndGet();
                        } catch (TokenRefreshLimitException e) {
                            refreshLimited.incrementAndGet();
                            failed.incrementAndGet();
                        } catch (SdkException e) {
                            if (failed.incrementAndGet() <= 3) {
                                LOG.warn("{}: call for {} failed", config.name(), userOf(u), e);
                            }
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }
        return new Result(
                calls.get(), failed.get(), callerUnauthorized.get(), unauthorizedAttempts.get(), refreshLimited.get());
    }

    @Override
    public void close() {
        cards.close();
        if (pool != null) {
            pool.close();
        }
    }

    /** The second instance: phases on command from the test over stdin. */
    public static void main(String[] args) throws Exception {
        Config config = Config.fromArgs(args);
        PhaseClock clock = new PhaseClock();
        try (TokenWorker worker = new TokenWorker(config, clock)) {
            System.out.println(READY);
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null && !line.equals("EXIT")) {
                if (line.startsWith("PHASE ")) {
                    clock.set(Instant.ofEpochMilli(
                            Long.parseLong(line.substring(6).trim())));
                    System.out.println(worker.runPhase().line());
                    System.out.flush();
                }
            }
        }
        System.exit(0);
    }
}
