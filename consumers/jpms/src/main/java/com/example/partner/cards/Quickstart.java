package com.example.partner.cards;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.cards.model.CardOrderCreateParams;
import io.github.wisecards.cards.model.DeliveryOption;
import io.github.wisecards.core.ClientOptions;

/** The README's quickstart, as a partner's code would hold it: options come from the caller. */
public final class Quickstart {
    private Quickstart() {}

    /**
     * Orders a kiosk-collection card for John Smith, then reads the order back.
     *
     * @param options where and how to call Wise (the simulator in the tests)
     * @param profileId the Wise profile that owns the order
     * @return the order as read back after creating it
     */
    public static CardOrder orderKioskCard(ClientOptions options, long profileId) {
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
            return cards.cardOrders().retrieve(profileId, order.id());
        }
    }
}
