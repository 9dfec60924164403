package io.github.wisecards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.cards.model.CardOrderCreateParams;
import io.github.wisecards.cards.model.CardOrderStatus;
import io.github.wisecards.cards.model.DeliveryOption;
import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.testing.WiseSimulator;
import io.github.wisecards.testing.WiseSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs the README's quickstart against the simulator, so the README's code keeps compiling. */
class ReadmeQuickstartTest {
    private static final long PROFILE_ID = 123456L;

    @RegisterExtension
    static final WiseSimulatorExtension wise = new WiseSimulatorExtension();

    @Test
    void quickstartCreatesAKioskCardOrder(WiseSimulator simulator, ClientOptions options) {
        CardOrder order = quickstart(options, PROFILE_ID);

        assertThat(order.status()).isEqualTo(CardOrderStatus.PLACED);
        assertThat(simulator.cardOrderIds(PROFILE_ID)).containsExactly(order.id());
    }

    /** The README's quickstart, with the options built by the caller. */
    private static CardOrder quickstart(ClientOptions options, long profileId) {
        try (CardsClient cards = CardsClient.create(options)) {
            CardOrder order = cards.cardOrders()
                    .create(
                            profileId,
                            CardOrderCreateParams.builder()
                                    .program("VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API")
                                    .cardHolderName("John Smith")
                                    .embossedName("JOHN SMITH")
                                    .phoneNumber("+441234567890")
                                    .address(Address.other("GB")
                                            .firstLine("56 Shoreditch High St")
                                            .city("London")
                                            .postCode("E1 6JJ")
                                            .build())
                                    .deliveryOption(DeliveryOption.KIOSK_COLLECTION)
                                    .build());
            return order;
        }
    }
}
