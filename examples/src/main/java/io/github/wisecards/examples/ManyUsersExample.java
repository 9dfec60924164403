package io.github.wisecards.examples;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.cards.model.CardProgram;
import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.core.tokens.UserGrant;
import io.github.wisecards.core.tokens.UserTokenStore;
import io.github.wisecards.core.tokens.UserTokens;
import io.github.wisecards.testing.SimulatedUser;
import io.github.wisecards.testing.WiseSimulator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two Wise users served by one client: each call is authorized with the token of the user who owns
 * its {@code profileId}, or of the user named in {@link RequestOptions}. Runs against the embedded
 * simulator; in production, replace the simulator's URLs with {@code Environment.SANDBOX} or
 * {@code PRODUCTION}, the in-memory maps with your customer table and the store with a {@code
 * JdbcUserTokenStore} (see docs/many-users-many-instances.md).
 */
public final class ManyUsersExample {
    private static final Logger LOG = LoggerFactory.getLogger(ManyUsersExample.class);

    /** Alice's Wise profile. */
    public static final long ALICE_PROFILE = 1001;
    /** Bob's Wise profile. */
    public static final long BOB_PROFILE = 1002;

    private ManyUsersExample() {}

    /**
     * Calls Wise for Alice (by her profile), Bob (by his profile) and Bob again (named explicitly)
     * through one client.
     *
     * @param simulator a started simulator that knows both users
     * @param alice Alice in the simulator
     * @param bob Bob in the simulator
     * @return the card programs each call returned, by call
     */
    public static Map<String, List<CardProgram>> run(WiseSimulator simulator, SimulatedUser alice, SimulatedUser bob) {
        // Your customer table: the partner's user key -> the Wise refresh token you hold for it,
        // and each Wise profile -> its owner.
        Map<String, String> refreshTokens = Map.of("alice", alice.refreshToken(), "bob", bob.refreshToken());
        Map<Long, String> owners = Map.of(ALICE_PROFILE, "alice", BOB_PROFILE, "bob");

        try (CardsClient cards = CardsClient.builder()
                .environment(simulator.environment())
                .tokenProvider(UserTokens.builder(simulator.oauthClientId(), simulator.oauthClientSecret())
                        .credentials(user ->
                                Optional.ofNullable(refreshTokens.get(user)).map(UserGrant::refreshToken))
                        .profileUsers(profileId -> Optional.ofNullable(owners.get(profileId)))
                        .store(UserTokenStore.inMemory()) // one instance; share a JdbcUserTokenStore across several
                        .build())
                .build()) {
            List<CardProgram> forAlice = cards.cardOrders().availability(ALICE_PROFILE); // as alice
            List<CardProgram> forBob = cards.cardOrders().availability(BOB_PROFILE); // as bob
            List<CardProgram> namedBob = cards.cardOrders()
                    .withRequestOptions(RequestOptions.builder().user("bob").build())
                    .availability(BOB_PROFILE);
            LOG.info(
                    "one client, two users: alice saw {} programs, bob {} (and {} when named explicitly)",
                    forAlice.size(),
                    forBob.size(),
                    namedBob.size());
            return Map.of("alice", forAlice, "bob", forBob, "bob (named)", namedBob);
        }
    }

    /**
     * Runs the example against a fresh simulator.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        try (WiseSimulator simulator = WiseSimulator.started()) {
            run(simulator, simulator.addUser(), simulator.addUser());
            LOG.info(
                    "refreshes: alice {}, bob {}",
                    simulator.refreshCount(simulator.users().get(1)),
                    simulator.refreshCount(simulator.users().get(2)));
        }
    }
}
