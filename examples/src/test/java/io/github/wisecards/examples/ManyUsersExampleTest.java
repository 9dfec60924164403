package io.github.wisecards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.testing.ReceivedRequest;
import io.github.wisecards.testing.SimulatedUser;
import io.github.wisecards.testing.WiseSimulator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ManyUsersExampleTest {

    @Test
    void oneClientServesTwoUsersEachWithItsOwnToken() {
        try (WiseSimulator simulator = WiseSimulator.started()) {
            SimulatedUser alice = simulator.addUser();
            SimulatedUser bob = simulator.addUser();

            assertThat(ManyUsersExample.run(simulator, alice, bob)).containsOnlyKeys("alice", "bob", "bob (named)");

            assertThat(simulator.refreshCount(alice)).isEqualTo(1);
            assertThat(simulator.refreshCount(bob)).isEqualTo(1);
            List<Optional<String>> tokens = simulator.requests("GET", "/v3/spend/profiles/*/**").stream()
                    .map(r -> r.header("Authorization"))
                    .toList();
            assertThat(tokens).hasSize(3);
            assertThat(tokens.get(0)).isNotEqualTo(tokens.get(1)); // alice's, then bob's
            assertThat(tokens.get(2)).isEqualTo(tokens.get(1)); // bob's again, from the store
            assertThat(simulator.requests())
                    .extracting(ReceivedRequest::statusCode)
                    .containsOnly(200);
        }
    }
}
