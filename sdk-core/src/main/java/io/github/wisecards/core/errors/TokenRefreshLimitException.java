package io.github.wisecards.core.errors;

import java.time.Duration;
import java.util.Objects;

/**
 * A user's token was refreshed as often as allowed within the last minute, across every instance
 * sharing the token store, and one more refresh was needed: the SDK refuses it instead of letting a
 * revoked or misbehaving user cause a storm of refreshes (each of which revokes the previous
 * token). Nothing was sent to Wise. Retry after {@link #retryAfter()}.
 */
public final class TokenRefreshLimitException extends SdkException {
    private static final long serialVersionUID = 1L;

    /** The partner's key of the user. */
    private final String user;
    /** The refreshes allowed per user per minute. */
    private final int limit;
    /** How long until a refresh is allowed again. */
    private final Duration retryAfter;

    /**
     * Creates the exception.
     *
     * @param user the partner's key of the user
     * @param limit the refreshes allowed per user per minute
     * @param retryAfter how long until the window allows a refresh again
     */
    public TokenRefreshLimitException(String user, int limit, Duration retryAfter) {
        super("Token of user " + Objects.requireNonNull(user, "user") + " was refreshed " + limit
                + " times within a minute, the most allowed; no refresh sent, retry after " + retryAfter);
        this.user = user;
        this.limit = limit;
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /**
     * Returns the partner's key of the user.
     *
     * @return the user key
     */
    public String user() {
        return user;
    }

    /**
     * Returns the number of refreshes allowed per user per minute.
     *
     * @return the limit
     */
    public int limit() {
        return limit;
    }

    /**
     * Returns how long until a refresh is allowed again.
     *
     * @return the wait, never negative
     */
    public Duration retryAfter() {
        return retryAfter;
    }
}
