package io.github.wisecards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.contract.ContractCheck;
import io.github.wisecards.testing.WiseSimulator;
import org.junit.jupiter.api.Test;

/** Every simulator these tests start, however it is built, hands its exchanges to the contract check. */
class ContractHookTest {

    @Test
    void aSimulatorStartedWithoutAnyHookIsValidatedAgainstTheContract() {
        int before = ContractCheck.exchangesValidated();
        try (WiseSimulator simulator = WiseSimulator.started();
                CardsClient cards = CardsClient.create(simulator.clientOptions().build())) {
            cards.cardOrders().availability(123456L);
            cards.cardOrders().list(123456L);
        }

        assertThat(ContractCheck.exchangesValidated() - before).isEqualTo(2);
    }
}
