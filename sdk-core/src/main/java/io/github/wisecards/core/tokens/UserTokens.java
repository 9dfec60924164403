package io.github.wisecards.core.tokens;

import io.github.wisecards.core.TokenProvider;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * User tokens for many users through one client: the token provider to use when your backend acts
 * for many Wise users (one per customer) and may run as several instances.
 *
 * <p>Each call is authorized as the user it names with {@link
 * io.github.wisecards.core.RequestOptions.Builder#user(String)}, or else as the owner of the
 * call's {@code profileId} according to your {@link ProfileUsers}. One client (one connection pool)
 * serves every user:
 *
 * <pre>{@code
 * UserTokenStore store = JdbcUserTokenStore.builder(dataSource).encryptionKey(tokenKey).build();
 * CardsClient cards = CardsClient.builder()
 *     .environment(Environment.SANDBOX)
 *     .tokenProvider(UserTokens.builder(clientId, clientSecret)
 *         .credentials(user -> customers.refreshTokenOf(user).map(UserGrant::refreshToken))
 *         .profileUsers(profileId -> customers.userOfProfile(profileId))
 *         .store(store)
 *         .build())
 *     .build();
 * cards.cardOrders().create(profileId, params);   // as the owner of profileId
 * cards.cardOrders().list(profileId, CardOrderListParams.defaults(),
 *     RequestOptions.builder().user("customer-42").build());   // as customer-42
 * }</pre>
 *
 * <p>Guarantees, for every instance sharing one {@link UserTokenStore}:
 *
 * <ul>
 *   <li>at most one refresh per user per expiry: the refresher takes a lease in the store; the
 *       others wait (polling every {@link Builder#pollInterval}, at most {@link Builder#maxWait})
 *       and use the token it stores. A refresher that crashed holds its lease until it expires
 *       ({@link Builder#lease}), then another instance takes over;
 *   <li>after a 401, the store is read first: if another instance already stored a newer token,
 *       the call is retried with it and nothing is refreshed;
 *   <li>at most {@link Builder#maxRefreshesPerMinute} refreshes per user per minute across all
 *       instances; one more fails with {@link io.github.wisecards.core.errors.TokenRefreshLimitException}
 *       without calling Wise;
 *   <li>{@code invalid_grant} from every grant the SDK holds for a user fails with {@link
 *       io.github.wisecards.core.errors.RelinkRequiredException}; a stored refresh token that Wise
 *       refuses is replaced by your {@link UserCredentials}' grant first (a registration code
 *       regenerates the tokens).
 * </ul>
 *
 * <p>The client secret stays in memory only; the store holds access and refresh tokens (encrypted
 * with {@link JdbcUserTokenStore.Builder#encryptionKey} if you give a key). Tokens never appear in
 * logs, exception messages or {@code toString()}.
 */
public final class UserTokens {
    /** Refresh this long before expiry by default: 5 minutes, as Wise advises refreshing early. */
    public static final Duration DEFAULT_REFRESH_AHEAD = Duration.ofMinutes(5);
    /** The default refresh lease: 30 seconds (the token call itself is bounded by two thirds of it). */
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);
    /** The default longest wait for another instance's refresh: 10 seconds. */
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(10);
    /** The default interval between reads of the store while waiting: 50 milliseconds. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(50);
    /** The default number of refreshes allowed per user per minute: 5. */
    public static final int DEFAULT_MAX_REFRESHES_PER_MINUTE = 5;

    private UserTokens() {}

    /**
     * Returns a builder.
     *
     * @param clientId the OAuth client id Wise gave you
     * @param clientSecret the OAuth client secret (kept in memory only)
     * @return the builder
     * @throws IllegalArgumentException if either is blank
     */
    public static Builder builder(String clientId, String clientSecret) {
        return new Builder(clientId, clientSecret);
    }

    /** Builds the per-user token provider. Not thread-safe. */
    public static final class Builder {
        private final String clientId;
        private final String clientSecret;
        private UserCredentials credentials;
        private UserTokenStore store;
        private ProfileUsers profileUsers;
        private String defaultUser;
        private Duration refreshAhead = DEFAULT_REFRESH_AHEAD;
        private Duration lease = DEFAULT_LEASE;
        private Duration maxWait = DEFAULT_MAX_WAIT;
        private Duration pollInterval = DEFAULT_POLL_INTERVAL;
        private int maxRefreshesPerMinute = DEFAULT_MAX_REFRESHES_PER_MINUTE;
        private String instanceId = UUID.randomUUID().toString();

        private Builder(String clientId, String clientSecret) {
            this.clientId = nonBlank(clientId, "clientId");
            this.clientSecret = nonBlank(clientSecret, "clientSecret");
        }

        /**
         * Sets your lookup of each user's grant (required).
         *
         * @param credentials the lookup
         * @return this builder
         */
        public Builder credentials(UserCredentials credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        /**
         * Sets the token store; default {@link UserTokenStore#inMemory()}, which is right for one
         * instance only.
         *
         * @param store the store every instance shares
         * @return this builder
         */
        public Builder store(UserTokenStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * Sets the mapping from a call's {@code profileId} to its user, used when the call names no
         * user; default none (every call must name its user).
         *
         * @param profileUsers the mapping
         * @return this builder
         */
        public Builder profileUsers(ProfileUsers profileUsers) {
            this.profileUsers = Objects.requireNonNull(profileUsers, "profileUsers");
            return this;
        }

        /**
         * Sets how long before expiry a token is refreshed; default 5 minutes.
         *
         * @param refreshAhead the margin, zero or more
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder refreshAhead(Duration refreshAhead) {
            this.refreshAhead = notNegative(refreshAhead, "refreshAhead");
            return this;
        }

        /**
         * Sets the refresh lease: how long other instances wait for a refresher before presuming it
         * crashed and taking over; default 30 seconds.
         *
         * @param lease the lease, positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder lease(Duration lease) {
            this.lease = positive(lease, "lease");
            return this;
        }

        /**
         * Sets the longest a call waits for another instance's refresh; default 10 seconds. Past it
         * the call fails with {@link io.github.wisecards.core.errors.TokenRefreshTimeoutException}.
         *
         * @param maxWait the wait, positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxWait(Duration maxWait) {
            this.maxWait = positive(maxWait, "maxWait");
            return this;
        }

        /**
         * Sets the interval between reads of the store while waiting; default 50 milliseconds.
         *
         * @param pollInterval the interval, positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder pollInterval(Duration pollInterval) {
            this.pollInterval = positive(pollInterval, "pollInterval");
            return this;
        }

        /**
         * Sets how many refreshes one user may have per minute, across all instances; default 5.
         *
         * @param max the bound, at least 1
         * @return this builder
         * @throws IllegalArgumentException if less than 1
         */
        public Builder maxRefreshesPerMinute(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxRefreshesPerMinute: must be at least 1 but was " + max);
            }
            this.maxRefreshesPerMinute = max;
            return this;
        }

        /**
         * Sets the user of the calls that name no user and whose {@code profileId}, if any, {@link
         * #profileUsers} does not map; default none (such a call fails with a {@link
         * io.github.wisecards.core.errors.ValidationException}). For a backend that acts for one
         * Wise user, such as one configured by properties: every call runs as this user, and
         * instances sharing a {@link UserTokenStore} refresh its rotating refresh token once
         * between them.
         *
         * @param user the partner's key of the user
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder defaultUser(String user) {
            this.defaultUser = nonBlank(user, "defaultUser");
            return this;
        }

        /**
         * Sets this instance's name in refresh leases (shown in the store's {@code lease_owner});
         * default a random UUID.
         *
         * @param instanceId 1 to 40 visible ASCII characters
         * @return this builder
         * @throws IllegalArgumentException if empty, longer or with other characters
         */
        public Builder instanceId(String instanceId) {
            Objects.requireNonNull(instanceId, "instanceId");
            if (instanceId.isEmpty()
                    || instanceId.length() > 40
                    || instanceId.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f)) {
                throw new IllegalArgumentException("instanceId: must be 1 to 40 visible ASCII characters");
            }
            this.instanceId = instanceId;
            return this;
        }

        /**
         * Builds the token provider; pass it to {@code ClientOptions.Builder.tokenProvider(..)}.
         *
         * @return the provider
         * @throws IllegalStateException if {@link #credentials} was not set
         */
        public TokenProvider build() {
            if (credentials == null) {
                throw new IllegalStateException("UserTokens: missing credentials");
            }
            return UserTokenProvider.of(new UserTokenProvider.Settings(
                    clientId,
                    clientSecret,
                    credentials,
                    store == null ? UserTokenStore.inMemory() : store,
                    profileUsers,
                    defaultUser,
                    refreshAhead,
                    lease,
                    maxWait,
                    pollInterval,
                    maxRefreshesPerMinute,
                    instanceId));
        }

        private static String nonBlank(String s, String field) {
            Objects.requireNonNull(s, field);
            if (s.isBlank()) {
                throw new IllegalArgumentException(field + ": must not be blank");
            }
            return s;
        }

        private static Duration notNegative(Duration d, String field) {
            Objects.requireNonNull(d, field);
            if (d.isNegative()) {
                throw new IllegalArgumentException(field + ": must not be negative");
            }
            return d;
        }

        private static Duration positive(Duration d, String field) {
            Objects.requireNonNull(d, field);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(field + ": must be positive");
            }
            return d;
        }

        @Override
        public String toString() {
            return "UserTokens.Builder(clientId=" + clientId + ", clientSecret=[REDACTED])";
        }
    }
}
