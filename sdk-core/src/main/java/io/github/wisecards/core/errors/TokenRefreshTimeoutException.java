package io.github.wisecards.core.errors;

import java.time.Duration;
import java.util.Objects;

/**
 * Another instance (or thread) held the refresh lease of a user's token for longer than this call
 * was willing to wait, and the store still held no usable token. Nothing was sent to Wise. The
 * lease expires on its own if its holder crashed; retrying later is safe.
 */
public final class TokenRefreshTimeoutException extends SdkException {
    private static final long serialVersionUID = 1L;

    /** The partner's key of the user. */
    private final String user;

    /**
     * Creates the exception.
     *
     * @param user the partner's key of the user
     * @param waited how long the call waited
     */
    public TokenRefreshTimeoutException(String user, Duration waited) {
        super("Token of user " + Objects.requireNonNull(user, "user")
                + " is being refreshed elsewhere; no new token after waiting " + waited);
        this.user = user;
    }

    /**
     * Returns the partner's key of the user.
     *
     * @return the user key
     */
    public String user() {
        return user;
    }
}
