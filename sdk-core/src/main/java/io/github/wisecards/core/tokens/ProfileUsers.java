package io.github.wisecards.core.tokens;

import java.util.Optional;

/**
 * Your mapping from a Wise profile to the user who owns it, so that a call such as {@code
 * cards.cardOrders().create(profileId, params)} is authorized as that user without naming the user
 * on each call. Called once per call that has a {@code profileId} and no explicit user; keep it fast
 * (an in-memory map or a cache).
 */
@FunctionalInterface
public interface ProfileUsers {

    /**
     * Returns the user who owns a profile.
     *
     * @param profileId the Wise profile id of the call's path
     * @return the partner's key of the user, or empty when unknown
     */
    Optional<String> userOf(long profileId);
}
