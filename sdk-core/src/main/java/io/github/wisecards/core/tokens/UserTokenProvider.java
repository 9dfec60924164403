package io.github.wisecards.core.tokens;

import io.github.wisecards.core.CallContext;
import io.github.wisecards.core.Sleeper;
import io.github.wisecards.core.TokenProvider;
import io.github.wisecards.core.errors.AuthenticationException;
import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.errors.RelinkRequiredException;
import io.github.wisecards.core.errors.TokenRefreshLimitException;
import io.github.wisecards.core.errors.TokenRefreshTimeoutException;
import io.github.wisecards.core.errors.ValidationException;
import io.github.wisecards.core.internal.BindableTokenProvider;
import io.github.wisecards.core.internal.HttpStack;
import io.github.wisecards.core.internal.UserKeys;
import io.github.wisecards.core.internal.auth.TokenEndpoint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-user tokens over a shared {@link UserTokenStore}: resolves each call's user, serves its
 * access token from a local cache or the store, and refreshes it under a lease in the store so that
 * at most one instance refreshes a user per expiry. See {@link UserTokens}.
 */
final class UserTokenProvider implements BindableTokenProvider {
    private static final Logger LOG = LoggerFactory.getLogger(UserTokenProvider.class);
    private static final Duration WINDOW = Duration.ofMinutes(1);

    /** The settings of {@link UserTokens.Builder}. */
    record Settings(
            String clientId,
            String clientSecret,
            UserCredentials credentials,
            UserTokenStore store,
            ProfileUsers profileUsers,
            String defaultUser,
            Duration refreshAhead,
            Duration lease,
            Duration maxWait,
            Duration pollInterval,
            int maxRefreshesPerMinute,
            String instanceId) {
        @Override
        public String toString() {
            return "Settings(clientId=" + clientId + ", clientSecret=[REDACTED], store=" + store + ")";
        }
    }

    private record Cached(String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "Cached([REDACTED], expiresAt=" + expiresAt + ")";
        }
    }

    private final Settings settings;
    private final HttpStack transport;
    private final Clock clock;
    private final Sleeper sleeper;
    // Shared by every client bound to this provider: one cache and one lock per user per instance.
    private final ConcurrentMap<String, Cached> cache;
    private final ConcurrentMap<String, String> rejected;
    private final ConcurrentMap<String, ReentrantLock> locks;
    private final AtomicLong leaseSequence;

    private UserTokenProvider(Settings settings, HttpStack transport, UserTokenProvider sharedFrom) {
        this.settings = settings;
        this.transport = transport;
        this.clock = transport == null ? null : transport.clock();
        this.sleeper = transport == null ? null : transport.sleeper();
        this.cache = sharedFrom == null ? new ConcurrentHashMap<>() : sharedFrom.cache;
        this.rejected = sharedFrom == null ? new ConcurrentHashMap<>() : sharedFrom.rejected;
        this.locks = sharedFrom == null ? new ConcurrentHashMap<>() : sharedFrom.locks;
        this.leaseSequence = sharedFrom == null ? new AtomicLong() : sharedFrom.leaseSequence;
    }

    /**
     * Returns an unbound provider.
     *
     * @param settings the settings
     * @return the provider, bound to each client built with it; every bound view shares its cache and locks
     */
    static UserTokenProvider of(Settings settings) {
        return new UserTokenProvider(Objects.requireNonNull(settings, "settings"), null, null);
    }

    @Override
    public TokenProvider bind(HttpStack stack) {
        return new UserTokenProvider(settings, Objects.requireNonNull(stack, "stack"), this);
    }

    @Override
    public String accessToken() {
        return accessToken(CallContext.none());
    }

    @Override
    public String accessToken(CallContext context) {
        if (transport == null) {
            throw new IllegalStateException("this token provider is used through ClientOptions, not directly");
        }
        String user = userOf(context);
        Cached c = cache.get(user);
        if (c != null && usable(user, c.token, c.expiresAt, clock.instant())) {
            return c.token;
        }
        ReentrantLock lock = locks.computeIfAbsent(user, k -> new ReentrantLock());
        lock.lock(); // one thread per user and instance goes to the store; the others wait here
        try {
            c = cache.get(user);
            if (c != null && usable(user, c.token, c.expiresAt, clock.instant())) {
                return c.token;
            }
            return fromStore(user);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean invalidate(CallContext context, String rejectedToken) {
        String user = userOf(context);
        rejected.put(user, rejectedToken);
        cache.computeIfPresent(user, (k, v) -> v.token.equals(rejectedToken) ? null : v);
        // The next accessToken(..) reads the store first: another instance may have refreshed
        // already (its refresh is what revoked this token), and then no refresh is needed.
        return true;
    }

    private String fromStore(String user) {
        Instant waitStart = clock.instant();
        long maxPolls = Math.max(
                1,
                settings.maxWait().toNanos()
                        / Math.max(1, settings.pollInterval().toNanos()));
        long polls = 0;
        while (true) {
            UserTokenRecord r = settings.store().read(user).orElse(null);
            Instant now = clock.instant();
            if (r != null
                    && r.accessToken().isPresent()
                    && usable(
                            user,
                            r.accessToken().get(),
                            r.accessTokenExpiresAt().get(),
                            now)) {
                cache.put(
                        user,
                        new Cached(
                                r.accessToken().get(), r.accessTokenExpiresAt().get()));
                return r.accessToken().get();
            }
            if (r != null
                    && r.leaseOwner().isPresent()
                    && now.isBefore(r.leaseExpiresAt().get())) {
                // another instance is refreshing: wait for its token rather than revoking it
                Duration waited = Duration.between(waitStart, now);
                if (polls >= maxPolls || waited.compareTo(settings.maxWait()) >= 0) {
                    throw new TokenRefreshTimeoutException(user, waited);
                }
                polls++;
                sleep(user, settings.pollInterval());
                continue;
            }
            String refreshed = refreshUnderLease(user, r, now);
            if (refreshed != null) {
                return refreshed;
            }
            // another writer changed the record between the read and the lease: read again
        }
    }

    /** Takes the lease and refreshes; returns null when another writer got the record first. */
    private String refreshUnderLease(String user, UserTokenRecord r, Instant now) {
        long version = r == null ? 0 : r.version();
        Instant windowStart = r == null ? null : r.refreshWindowStart().orElse(null);
        int inWindow = r == null ? 0 : r.refreshesInWindow();
        if (windowStart == null || !now.isBefore(windowStart.plus(WINDOW))) {
            windowStart = now;
            inWindow = 0;
        }
        if (inWindow >= settings.maxRefreshesPerMinute()) {
            throw new TokenRefreshLimitException(
                    user, settings.maxRefreshesPerMinute(), Duration.between(now, windowStart.plus(WINDOW)));
        }
        String owner = settings.instanceId() + "-" + leaseSequence.incrementAndGet();
        UserTokenRecord leased = (r == null ? UserTokenRecord.builder() : r.toBuilder())
                .lease(owner, now.plus(settings.lease()))
                .refreshWindow(windowStart, inWindow + 1)
                .build();
        if (!settings.store().compareAndSet(user, version, leased)) {
            return null;
        }
        long leasedVersion = version + 1;
        TokenEndpoint.Issued issued;
        try {
            issued = grant(user, leased.refreshToken().orElse(null));
        } catch (RelinkRequiredException e) {
            // no stored grant works any more: forget them, so the next call asks the partner again
            release(
                    user,
                    leasedVersion,
                    leased.toBuilder().accessToken(null, null).refreshToken(null));
            throw e;
        } catch (RuntimeException e) {
            release(user, leasedVersion, leased.toBuilder());
            throw e;
        }
        UserTokenRecord done = leased.toBuilder()
                .accessToken(issued.accessToken(), issued.expiresAt())
                .refreshToken(
                        issued.refreshToken() != null
                                ? issued.refreshToken()
                                : leased.refreshToken().orElse(null))
                .lease(null, null)
                .build();
        if (!settings.store().compareAndSet(user, leasedVersion, done)) {
            LOG.warn(
                    "Refresh lease of user {} expired before its refresh finished; another instance took it over"
                            + " (raise the lease above the token endpoint's response time)",
                    user);
        }
        rejected.remove(user);
        cache.put(user, new Cached(issued.accessToken(), issued.expiresAt()));
        LOG.debug("Refreshed the token of user {}; it expires at {}", user, issued.expiresAt());
        return issued.accessToken();
    }

    private void release(String user, long leasedVersion, UserTokenRecord.Builder released) {
        try {
            settings.store()
                    .compareAndSet(
                            user, leasedVersion, released.lease(null, null).build());
        } catch (RuntimeException e) {
            LOG.warn("Could not release the refresh lease of user {}; it expires on its own", user);
        }
    }

    /**
     * Runs the right grant: the stored refresh token first; when Wise refuses it (or there is none),
     * the partner's grant for the user.
     */
    private TokenEndpoint.Issued grant(String user, String storedRefreshToken) {
        if (storedRefreshToken != null) {
            try {
                return send(user, UserGrant.refreshToken(storedRefreshToken));
            } catch (RelinkRequiredException e) {
                Optional<UserGrant> fallback = settings.credentials().grantFor(user);
                if (fallback.isEmpty()
                        || (fallback.get().type() == UserGrant.Type.REFRESH_TOKEN
                                && fallback.get().secret().equals(storedRefreshToken))) {
                    throw e;
                }
                LOG.info(
                        "Refresh token of user {} refused; using its {} grant",
                        user,
                        fallback.get().type().wireName());
                return send(user, fallback.get());
            }
        }
        UserGrant g = settings.credentials()
                .grantFor(user)
                .orElseThrow(() -> new ValidationException(
                        "user token",
                        List.of(FieldViolation.of("user", "UserCredentials has no grant for user " + user))));
        return send(user, g);
    }

    private TokenEndpoint.Issued send(String user, UserGrant g) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", g.type().wireName());
        switch (g.type()) {
            case REFRESH_TOKEN -> form.put("refresh_token", g.secret());
            case REGISTRATION_CODE -> {
                form.put("client_id", settings.clientId());
                form.put("email", g.email().orElseThrow());
                form.put("registration_code", g.secret());
            }
            case AUTHORIZATION_CODE -> {
                form.put("client_id", settings.clientId());
                form.put("code", g.secret());
                form.put("redirect_uri", g.redirectUri().orElseThrow());
            }
        }
        // the token call ends before the lease does, so no other instance takes over a live refresh
        Duration timeout = settings.lease().multipliedBy(2).dividedBy(3);
        try {
            return TokenEndpoint.fetch(transport, clock, settings.clientId(), settings.clientSecret(), form, timeout);
        } catch (AuthenticationException e) {
            if (TokenEndpoint.isInvalidGrant(e)) {
                throw new RelinkRequiredException(user, g.type().wireName(), e.details());
            }
            throw e;
        }
    }

    private boolean usable(String user, String token, Instant expiresAt, Instant now) {
        return now.isBefore(expiresAt.minus(settings.refreshAhead())) && !token.equals(rejected.get(user));
    }

    private String userOf(CallContext context) {
        Optional<String> explicit = context.user();
        if (explicit.isPresent()) {
            return explicit.get();
        }
        Optional<String> profile = context.pathValue("profileId");
        if (profile.isPresent() && settings.profileUsers() != null) {
            long profileId;
            try {
                profileId = Long.parseLong(profile.get());
            } catch (NumberFormatException e) {
                throw new ValidationException(
                        "user token", List.of(FieldViolation.of("profileId", "must be a 64-bit integer")));
            }
            Optional<String> mapped = settings.profileUsers().userOf(profileId);
            if (mapped.isPresent()) {
                return UserKeys.require("ProfileUsers", mapped.get());
            }
            if (settings.defaultUser() != null) {
                return settings.defaultUser();
            }
            throw new ValidationException(
                    "user token",
                    List.of(FieldViolation.of("user", "ProfileUsers knows no user for profile " + profileId)));
        }
        if (settings.defaultUser() != null) {
            return settings.defaultUser();
        }
        throw new ValidationException(
                "user token",
                List.of(FieldViolation.of(
                        "user",
                        "the call names no user: pass RequestOptions.builder().user(..)"
                                + (settings.profileUsers() == null
                                        ? " or configure UserTokens.Builder.profileUsers(..)"
                                        : ""))));
    }

    private void sleep(String user, Duration d) {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenRefreshTimeoutException(user, d);
        }
    }

    @Override
    public String toString() {
        return "UserTokens(clientId=" + settings.clientId() + ", clientSecret=[REDACTED], store=" + settings.store()
                + ")";
    }
}
