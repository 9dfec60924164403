package io.github.wisecards.core.tokens;

import java.util.Optional;

/**
 * Your lookup of a user's grant: how the SDK gets the first tokens of a user it has no stored
 * refresh token for, or new ones after Wise refused the stored one. Called rarely (once per user,
 * then only after a refusal), on the calling thread; may query your database.
 *
 * <pre>{@code
 * UserCredentials credentials = user -> customers.find(user).map(c -> UserGrant.refreshToken(c.wiseRefreshToken()));
 * }</pre>
 */
@FunctionalInterface
public interface UserCredentials {

    /**
     * Returns the grant for a user.
     *
     * @param user the partner's key of the user
     * @return the grant, or empty when you have none (the call fails with a {@link
     *     io.github.wisecards.core.errors.ValidationException} naming {@code user})
     */
    Optional<UserGrant> grantFor(String user);
}
