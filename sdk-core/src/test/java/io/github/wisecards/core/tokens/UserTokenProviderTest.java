package io.github.wisecards.core.tokens;

import static io.github.wisecards.core.tokens.FakeWiseTokens.CLIENT_ID;
import static io.github.wisecards.core.tokens.FakeWiseTokens.CLIENT_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.core.CallContext;
import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.Environment;
import io.github.wisecards.core.FakeClock;
import io.github.wisecards.core.RecordingSleeper;
import io.github.wisecards.core.Sleeper;
import io.github.wisecards.core.TokenProvider;
import io.github.wisecards.core.errors.RelinkRequiredException;
import io.github.wisecards.core.errors.TokenRefreshTimeoutException;
import io.github.wisecards.core.errors.ValidationException;
import io.github.wisecards.core.internal.Transport;
import io.github.wisecards.core.testkit.LogCapture;
import io.github.wisecards.core.testkit.MockServers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/** The edges of the user-token provider: the wait for another instance, lost races, fallbacks. */
class UserTokenProviderTest {
    @StartStop
    final MockWebServer server = MockServers.newServer();

    private final FakeWiseTokens wise = new FakeWiseTokens().user("alice", "rt-alice");
    private final FakeClock clock = new FakeClock();
    private final CountingStore store = new CountingStore(UserTokenStore.inMemory());
    private final List<Transport> transports = new ArrayList<>();

    {
        server.setDispatcher(wise);
    }

    @AfterEach
    void close() {
        transports.forEach(Transport::close);
    }

    /** A store that counts reads and can lose a given compare-and-set, as if another writer won it. */
    static final class CountingStore implements UserTokenStore {
        final UserTokenStore delegate;
        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger writes = new AtomicInteger();
        /** The number (1-based) of the compare-and-set to lose, or 0. */
        volatile int lose;
        /** The threads that read; counted down by every read, which then waits for readGate to open. */
        final Set<Thread> readers = ConcurrentHashMap.newKeySet();

        final CountDownLatch reading = new CountDownLatch(1);
        volatile CountDownLatch readGate = new CountDownLatch(0);

        CountingStore(UserTokenStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<UserTokenRecord> read(String user) {
            reads.incrementAndGet();
            readers.add(Thread.currentThread());
            reading.countDown();
            try {
                readGate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return delegate.read(user);
        }

        @Override
        public boolean compareAndSet(String user, long expectedVersion, UserTokenRecord next) {
            if (writes.incrementAndGet() == lose) {
                // another writer got there first: the record changes under us
                UserTokenRecord current = delegate.read(user).orElse(null);
                delegate.compareAndSet(
                        user,
                        current == null ? 0 : current.version(),
                        (current == null ? UserTokenRecord.builder() : current.toBuilder()).build());
                return false;
            }
            return delegate.compareAndSet(user, expectedVersion, next);
        }
    }

    private UserTokens.Builder tokens() {
        return UserTokens.builder(CLIENT_ID, CLIENT_SECRET)
                .credentials(user -> Optional.of(UserGrant.refreshToken("rt-" + user)))
                .store(store)
                .defaultUser("alice")
                .instanceId("a");
    }

    private TokenProvider bound(UserTokens.Builder tokens, Sleeper sleeper) {
        String url = server.url("/").toString();
        Transport t = Transport.create(ClientOptions.builder()
                .environment(Environment.custom(url, url))
                .tokenProvider(tokens.build())
                .clock(clock)
                .sleeper(sleeper)
                .build());
        transports.add(t);
        return t.tokenProvider();
    }

    private TokenProvider bound(UserTokens.Builder tokens) {
        return bound(tokens, new RecordingSleeper(clock));
    }

    private static CallContext alice() {
        return CallContext.of("alice", "GET", "/v1/ping", Map.of());
    }

    private void leasedByAnotherInstance() {
        store.delegate.compareAndSet(
                "alice",
                0,
                UserTokenRecord.builder()
                        .lease("other-1", clock.instant().plusSeconds(30))
                        .build());
    }

    @Test
    void theContextFreeAccessTokenIsTheDefaultUsersToken() {
        TokenProvider provider = bound(tokens());

        assertThat(provider.accessToken()).startsWith("access-alice-");
        assertThat(wise.grants("alice")).isEqualTo(1);
    }

    @Test
    void aCachedTokenIsServedWithoutReadingTheStore() {
        TokenProvider provider = bound(tokens());
        String token = provider.accessToken(alice());
        int reads = store.reads.get();

        assertThat(provider.accessToken(alice())).isEqualTo(token);
        assertThat(store.reads).hasValue(reads);
    }

    @Test
    void invalidatingAnotherTokenKeepsTheCachedOne() {
        TokenProvider provider = bound(tokens());
        String token = provider.accessToken(alice());
        int reads = store.reads.get();

        assertThat(provider.invalidate(alice(), "some-older-token")).isTrue();

        assertThat(provider.accessToken(alice())).isEqualTo(token);
        assertThat(store.reads).hasValue(reads); // still cached: the store was not read
    }

    @Test
    void invalidatingTheCachedTokenReadsTheStoreAndRefreshes() {
        TokenProvider provider = bound(tokens());
        String token = provider.accessToken(alice());
        int reads = store.reads.get();

        assertThat(provider.invalidate(alice(), token)).isTrue();

        assertThat(provider.accessToken(alice())).isNotEqualTo(token);
        assertThat(store.reads.get()).isGreaterThan(reads);
        assertThat(wise.grants("alice")).isEqualTo(2);
    }

    @Test
    void theLockOfAUserIsReleasedForTheNextThread() throws Exception {
        TokenProvider provider = bound(tokens());
        provider.accessToken(alice());
        clock.advance(Duration.ofHours(1)); // expired: the next call takes the user's lock

        String other = CompletableFuture.supplyAsync(() -> provider.accessToken(alice()))
                .get(10, TimeUnit.SECONDS);

        assertThat(other).startsWith("access-alice-");
        assertThat(wise.grants("alice")).isEqualTo(2);
    }

    @Test
    void aThreadThatWaitedForTheUsersLockIsServedTheTokenTheFirstThreadCached() throws Exception {
        TokenProvider provider = bound(tokens());
        CountDownLatch open = new CountDownLatch(1);
        store.readGate = open;
        AtomicReference<String> first = new AtomicReference<>();
        AtomicReference<String> second = new AtomicReference<>();
        Thread a = new Thread(() -> first.set(provider.accessToken(alice())));
        Thread b = new Thread(() -> second.set(provider.accessToken(alice())));

        a.start();
        assertThat(store.reading.await(10, TimeUnit.SECONDS)).isTrue(); // a holds alice's lock
        b.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (b.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.onSpinWait(); // until b is parked on alice's lock
        }
        assertThat(b.getState()).isEqualTo(Thread.State.WAITING);
        open.countDown();
        a.join(10_000);
        b.join(10_000);

        assertThat(first.get()).startsWith("access-alice-");
        assertThat(second.get()).isEqualTo(first.get());
        assertThat(wise.grants("alice")).isEqualTo(1);
        assertThat(store.readers).containsExactly(a); // b found the token a cached
    }

    @Test
    void waitingForAnotherInstanceStopsAfterMaxWaitOverPollIntervalPolls() {
        leasedByAnotherInstance();
        List<Duration> sleeps = new ArrayList<>();
        Sleeper clockStands = d -> { // the clock never moves: only the poll count ends the wait
            sleeps.add(d);
            if (sleeps.size() > 50) {
                throw new AssertionError("still waiting after 50 polls");
            }
        };
        TokenProvider provider =
                bound(tokens().maxWait(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(100)), clockStands);

        assertThatThrownBy(() -> provider.accessToken(alice())).isInstanceOf(TokenRefreshTimeoutException.class);
        assertThat(sleeps).hasSize(10).containsOnly(Duration.ofMillis(100));
        assertThat(wise.grants("alice")).isZero();
    }

    @Test
    void waitingForAnotherInstanceStopsOnceMaxWaitHasPassed() {
        leasedByAnotherInstance();
        List<Duration> sleeps = new ArrayList<>();
        // each poll takes twice its interval: after 2 polls the second of waiting has passed
        Sleeper slow = d -> {
            sleeps.add(d);
            clock.advance(d.multipliedBy(2));
            if (sleeps.size() > 50) {
                throw new AssertionError("still waiting after 50 polls");
            }
        };
        TokenProvider provider =
                bound(tokens().maxWait(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(250)), slow);

        assertThatThrownBy(() -> provider.accessToken(alice()))
                .isInstanceOfSatisfying(
                        TokenRefreshTimeoutException.class,
                        e -> assertThat(e.getMessage()).contains("alice"));
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void anInterruptWhileWaitingForAnotherInstanceEndsTheWaitAndKeepsTheFlag() {
        leasedByAnotherInstance();
        Sleeper interrupted = d -> {
            throw new InterruptedException("test");
        };
        TokenProvider provider = bound(tokens(), interrupted);

        try {
            assertThatThrownBy(() -> provider.accessToken(alice())).isInstanceOf(TokenRefreshTimeoutException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted(); // clears it for the next test
        }
    }

    @Test
    void aLeaseLostToAnotherWriterIsRetriedFromAFreshRead() {
        store.lose = 1; // the first lease attempt loses its race
        TokenProvider provider = bound(tokens());

        assertThat(provider.accessToken(alice())).startsWith("access-alice-");
        assertThat(wise.grants("alice")).isEqualTo(1);
        assertThat(store.delegate.read("alice").orElseThrow().accessToken()).isPresent();
    }

    @Test
    void aRefreshWhoseLeaseWasTakenOverWarnsAndStillServesItsToken() {
        store.lose = 2; // the write of the refreshed token finds the lease taken over
        TokenProvider provider = bound(tokens());

        try (LogCapture logs = LogCapture.start("io.github.wisecards")) {
            assertThat(provider.accessToken(alice())).startsWith("access-alice-");
            assertThat(logs.events(Level.WARN)).hasSize(1);
        }
    }

    @Test
    void aNormalRefreshWarnsOfNothing() {
        TokenProvider provider = bound(tokens());

        try (LogCapture logs = LogCapture.start("io.github.wisecards")) {
            provider.accessToken(alice());
            assertThat(logs.events(Level.WARN)).isEmpty();
        }
    }

    @Test
    void aFailedGrantReleasesTheLease() {
        TokenProvider provider = bound(tokens().credentials(user -> Optional.empty()));

        assertThatThrownBy(() -> provider.accessToken(alice())).isInstanceOf(ValidationException.class);

        UserTokenRecord after = store.delegate.read("alice").orElseThrow();
        assertThat(after.leaseOwner()).isEmpty();
        assertThat(after.refreshesInWindow()).isEqualTo(1);
    }

    @Test
    void aRefusedRefreshTokenIsNotSentAgainWhenTheFallbackIsTheSameToken() {
        store.delegate.compareAndSet(
                "alice", 0, UserTokenRecord.builder().refreshToken("rt-alice").build());
        wise.revokeRefreshToken("rt-alice");
        TokenProvider provider = bound(tokens());

        assertThatThrownBy(() -> provider.accessToken(alice())).isInstanceOf(RelinkRequiredException.class);
        assertThat(wise.tokenForms()).hasSize(1);
    }

    @Test
    void aRefusedRefreshTokenFallsBackToADifferentRefreshTokenFromTheCredentials() {
        store.delegate.compareAndSet(
                "alice", 0, UserTokenRecord.builder().refreshToken("rt-old").build());
        TokenProvider provider = bound(tokens());

        assertThat(provider.accessToken(alice())).startsWith("access-alice-");
        assertThat(wise.tokenForms()).extracting(f -> f.get("refresh_token")).containsExactly("rt-old", "rt-alice");
    }

    @Test
    void aCallNamingNoUserWithAProfileMappingSaysToNameTheUser() {
        TokenProvider provider = bound(UserTokens.builder(CLIENT_ID, CLIENT_SECRET)
                .credentials(user -> Optional.of(UserGrant.refreshToken("rt-" + user)))
                .profileUsers(profileId -> Optional.empty()));

        assertThatThrownBy(() -> provider.accessToken(CallContext.none()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .singleElement()
                                .satisfies(v -> assertThat(v.message())
                                        .isEqualTo("the call names no user: pass RequestOptions.builder().user(..)")));
    }

    @Test
    void aCallNamingNoUserWithoutAProfileMappingAlsoSuggestsOne() {
        TokenProvider provider = bound(UserTokens.builder(CLIENT_ID, CLIENT_SECRET)
                .credentials(user -> Optional.of(UserGrant.refreshToken("rt-" + user))));

        assertThatThrownBy(() -> provider.accessToken(CallContext.none()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .singleElement()
                                .satisfies(v -> assertThat(v.message())
                                        .isEqualTo("the call names no user: pass RequestOptions.builder().user(..)"
                                                + " or configure UserTokens.Builder.profileUsers(..)")));
    }

    @Test
    void aTokenIsRefreshedRefreshAheadBeforeItExpires() {
        TokenProvider provider = bound(tokens().refreshAhead(Duration.ofMinutes(10)));
        String first = provider.accessToken(alice()); // expires in an hour

        clock.advance(Duration.ofMinutes(49));
        assertThat(provider.accessToken(alice())).isEqualTo(first);
        clock.advance(Duration.ofMinutes(2)); // 9 minutes left
        assertThat(provider.accessToken(alice())).isNotEqualTo(first);
        assertThat(wise.grants("alice")).isEqualTo(2);
    }
}
