package io.github.wisecards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.CardOrderCreateParams;
import io.github.wisecards.contract.ContractCheck;
import io.github.wisecards.testing.ReceivedRequest;
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

    @Test
    void exchangesOfTheCardDataHostsListenerAreValidatedToo() {
        int before = ContractCheck.exchangesValidated();
        try (WiseSimulator simulator = WiseSimulator.started();
                CardsClient cards = CardsClient.create(simulator.clientOptions().build())) {
            long orderId = cards.cardOrders()
                    .create(
                            123456L,
                            CardOrderCreateParams.builder()
                                    .program("VISA_DEBIT_BUSINESS_UK_1_CARDS_API")
                                    .cardHolderName("John Smith")
                                    .address(Address.other("GB")
                                            .firstLine("56 Shoreditch High St")
                                            .city("London")
                                            .postCode("E1 6JJ")
                                            .build())
                                    .build())
                    .id();
            cards.cardOrders().presetPin(orderId, "1234".toCharArray());

            assertThat(simulator.requests())
                    .extracting(ReceivedRequest::host)
                    .containsExactly(
                            ReceivedRequest.Host.API, ReceivedRequest.Host.CARD_DATA, ReceivedRequest.Host.CARD_DATA);
        }

        assertThat(ContractCheck.exchangesValidated() - before).isEqualTo(3);
    }
}
