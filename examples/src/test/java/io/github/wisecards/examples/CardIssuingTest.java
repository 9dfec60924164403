package io.github.wisecards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.cards.model.CardOrderCreateParams;
import io.github.wisecards.cards.model.DeliveryOption;
import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.testing.Fault;
import io.github.wisecards.testing.WiseSimulator;
import io.github.wisecards.testing.WiseSimulatorExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The partner test of the sdk-testing README section, verbatim: it must compile and pass. */
class CardIssuingTest {
    private static final long PROFILE_ID = 123456L;

    @RegisterExtension // line 1
    static final WiseSimulatorExtension wise = new WiseSimulatorExtension(); // line 2

    @Test
    void ordersAKioskCardEvenWhenWiseIsFlaky(WiseSimulator simulator, ClientOptions options) {
        simulator.failNext(1, Fault.rateLimited(Duration.ofSeconds(1))); // retried at once, no sleeping

        try (CardsClient cards = CardsClient.create(options)) {
            CardOrder order = cards.cardOrders()
                    .create(
                            PROFILE_ID,
                            CardOrderCreateParams.builder()
                                    .program("VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API")
                                    .cardHolderName("John Smith")
                                    .embossedName("JOHN SMITH")
                                    .address(Address.other("GB")
                                            .firstLine("56 Shoreditch High St")
                                            .city("London")
                                            .postCode("E1 6JJ")
                                            .build())
                                    .deliveryOption(DeliveryOption.KIOSK_COLLECTION)
                                    .build());

            assertThat(order.status().raw()).isEqualTo("PLACED");
            // Requirements default to PIN NOT_INITIATED, VERIFICATION and ADDRESS COMPLETED:
            // preset the PIN with the SDK, or drive the requirement from the test.
            simulator.completeRequirement(order.id(), "PIN");

            assertThat(simulator.cardOrderStatus(order.id())).isEqualTo("CARD_DETAILS_CREATED");
            assertThat(simulator.productionStatus(
                            simulator.cardToken(order.id()).orElseThrow()))
                    .contains("READY");
        }
    }
}
