package io.github.wisecards.core.tokens;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One user's row in a {@link UserTokenStore}: the current access token and its expiry, the refresh
 * token, the refresh lease (who is refreshing, until when) and the refresh count of the current
 * one-minute window. Never holds the client secret. Immutable; {@link #toString()} shows no token.
 *
 * <p>The store treats the record as opaque data guarded by {@link #version()}: every change is a
 * compare-and-set on the version, so that instances sharing the store agree on who refreshes.
 */
public final class UserTokenRecord {
    private final String accessToken;
    private final Instant accessTokenExpiresAt;
    private final String refreshToken;
    private final String leaseOwner;
    private final Instant leaseExpiresAt;
    private final Instant refreshWindowStart;
    private final int refreshesInWindow;
    private final long version;

    private UserTokenRecord(Builder b) {
        if ((b.accessToken == null) != (b.accessTokenExpiresAt == null)) {
            throw new IllegalStateException("accessToken and accessTokenExpiresAt: set both or neither");
        }
        if ((b.leaseOwner == null) != (b.leaseExpiresAt == null)) {
            throw new IllegalStateException("leaseOwner and leaseExpiresAt: set both or neither");
        }
        if (b.refreshesInWindow < 0) {
            throw new IllegalStateException("refreshesInWindow: must not be negative");
        }
        this.accessToken = b.accessToken;
        this.accessTokenExpiresAt = b.accessTokenExpiresAt;
        this.refreshToken = b.refreshToken;
        this.leaseOwner = b.leaseOwner;
        this.leaseExpiresAt = b.leaseExpiresAt;
        this.refreshWindowStart = b.refreshWindowStart;
        this.refreshesInWindow = b.refreshesInWindow;
        this.version = b.version;
    }

    /**
     * Returns a new builder of an empty record (version 0: not stored yet).
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this record.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.accessToken = accessToken;
        b.accessTokenExpiresAt = accessTokenExpiresAt;
        b.refreshToken = refreshToken;
        b.leaseOwner = leaseOwner;
        b.leaseExpiresAt = leaseExpiresAt;
        b.refreshWindowStart = refreshWindowStart;
        b.refreshesInWindow = refreshesInWindow;
        b.version = version;
        return b;
    }

    /**
     * Returns the user's current access token. Secret.
     *
     * @return the token, or empty before the first grant or after Wise refused the user's grant
     */
    public Optional<String> accessToken() {
        return Optional.ofNullable(accessToken);
    }

    /**
     * Returns when the access token expires.
     *
     * @return the expiry, present exactly when {@link #accessToken()} is
     */
    public Optional<Instant> accessTokenExpiresAt() {
        return Optional.ofNullable(accessTokenExpiresAt);
    }

    /**
     * Returns the user's refresh token. Secret.
     *
     * @return the token, or empty before the first grant or after Wise refused it
     */
    public Optional<String> refreshToken() {
        return Optional.ofNullable(refreshToken);
    }

    /**
     * Returns the id of the refresh in progress (an instance and attempt, not a secret).
     *
     * @return the lease owner, or empty when no refresh holds the lease
     */
    public Optional<String> leaseOwner() {
        return Optional.ofNullable(leaseOwner);
    }

    /**
     * Returns when the lease of the refresh in progress expires; after that another instance may
     * take it over (its holder is presumed crashed).
     *
     * @return the lease expiry, present exactly when {@link #leaseOwner()} is
     */
    public Optional<Instant> leaseExpiresAt() {
        return Optional.ofNullable(leaseExpiresAt);
    }

    /**
     * Returns the start of the one-minute window in which {@link #refreshesInWindow()} refreshes
     * were started.
     *
     * @return the window start, or empty before the first refresh
     */
    public Optional<Instant> refreshWindowStart() {
        return Optional.ofNullable(refreshWindowStart);
    }

    /**
     * Returns how many refreshes were started in the window beginning at {@link
     * #refreshWindowStart()}, across all instances.
     *
     * @return the count
     */
    public int refreshesInWindow() {
        return refreshesInWindow;
    }

    /**
     * Returns the version of the record in its store: 0 for a record not stored yet, then 1, 2, ...
     * one more on every successful {@link UserTokenStore#compareAndSet}.
     *
     * @return the version
     */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserTokenRecord r
                && Objects.equals(accessToken, r.accessToken)
                && Objects.equals(accessTokenExpiresAt, r.accessTokenExpiresAt)
                && Objects.equals(refreshToken, r.refreshToken)
                && Objects.equals(leaseOwner, r.leaseOwner)
                && Objects.equals(leaseExpiresAt, r.leaseExpiresAt)
                && Objects.equals(refreshWindowStart, r.refreshWindowStart)
                && refreshesInWindow == r.refreshesInWindow
                && version == r.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                accessToken,
                accessTokenExpiresAt,
                refreshToken,
                leaseOwner,
                leaseExpiresAt,
                refreshWindowStart,
                refreshesInWindow,
                version);
    }

    @Override
    public String toString() {
        return "UserTokenRecord{accessToken=" + (accessToken == null ? "none" : "[REDACTED]") + ", expiresAt="
                + accessTokenExpiresAt + ", refreshToken=" + (refreshToken == null ? "none" : "[REDACTED]")
                + ", leaseOwner=" + leaseOwner + ", leaseExpiresAt=" + leaseExpiresAt + ", refreshWindowStart="
                + refreshWindowStart + ", refreshesInWindow=" + refreshesInWindow + ", version=" + version + "}";
    }

    /** Builds a {@link UserTokenRecord}. Not thread-safe. */
    public static final class Builder {
        private String accessToken;
        private Instant accessTokenExpiresAt;
        private String refreshToken;
        private String leaseOwner;
        private Instant leaseExpiresAt;
        private Instant refreshWindowStart;
        private int refreshesInWindow;
        private long version;

        private Builder() {}

        /**
         * Sets the access token and its expiry; nulls clear both.
         *
         * @param accessToken the token, or null
         * @param expiresAt its expiry, or null
         * @return this builder
         */
        public Builder accessToken(String accessToken, Instant expiresAt) {
            this.accessToken = accessToken;
            this.accessTokenExpiresAt = expiresAt;
            return this;
        }

        /**
         * Sets the refresh token; null clears it.
         *
         * @param refreshToken the token, or null
         * @return this builder
         */
        public Builder refreshToken(String refreshToken) {
            this.refreshToken = refreshToken;
            return this;
        }

        /**
         * Sets the refresh lease; nulls clear it.
         *
         * @param owner the id of the refresh holding the lease, or null
         * @param expiresAt when the lease expires, or null
         * @return this builder
         */
        public Builder lease(String owner, Instant expiresAt) {
            this.leaseOwner = owner;
            this.leaseExpiresAt = expiresAt;
            return this;
        }

        /**
         * Sets the refresh-rate window.
         *
         * @param start the window's start, or null
         * @param refreshes refreshes started in it
         * @return this builder
         */
        public Builder refreshWindow(Instant start, int refreshes) {
            this.refreshWindowStart = start;
            this.refreshesInWindow = refreshes;
            return this;
        }

        /**
         * Sets the version (stores set it when reading; callers never need to).
         *
         * @param version the stored version
         * @return this builder
         */
        public Builder version(long version) {
            this.version = version;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws IllegalStateException if a token or lease is set without its expiry, or the
         *     reverse, or the window count is negative
         */
        public UserTokenRecord build() {
            return new UserTokenRecord(this);
        }
    }
}
