package io.github.wisecards.core.errors;

import java.util.Objects;

/**
 * Wise refused every grant the SDK holds for a user with {@code invalid_grant}: the refresh token
 * was revoked, the user reclaimed the account, or the registration or authorization code is wrong
 * or used. No refresh will help: the user must be linked again (a new authorization code through
 * Wise's authorization page, or new credentials for a user the partner created). The stored refresh
 * token of the user is dropped, so the next call for this user asks the partner's credentials again.
 */
public final class RelinkRequiredException extends AuthenticationException {
    private static final long serialVersionUID = 1L;

    /** The partner's key of the user. */
    private final String user;

    /**
     * Creates the exception.
     *
     * @param user the partner's key of the user (not a secret)
     * @param grantType the grant Wise refused, for example {@code refresh_token}
     * @param details the token endpoint's answer
     */
    public RelinkRequiredException(String user, String grantType, Details details) {
        super(
                details,
                "user " + Objects.requireNonNull(user, "user") + " must be linked again: Wise refused its "
                        + Objects.requireNonNull(grantType, "grantType") + " grant (invalid_grant)");
        this.user = user;
    }

    /**
     * Returns the partner's key of the user that must be linked again.
     *
     * @return the user key
     */
    public String user() {
        return user;
    }
}
