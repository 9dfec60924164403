package io.github.wisecards.spring;

import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.CardOrderCreateParams;
import io.github.wisecards.cards.model.DeliveryOption;
import java.nio.charset.StandardCharsets;

/** Small, obviously fake inputs shared by the starter's tests. */
final class TestBodies {
    static final long PROFILE_ID = 123456L;

    private TestBodies() {}

    /** A card order status change body, as Wise sends it; {@code orderId} makes each one distinct. */
    static byte[] cardOrderStatusChange(long orderId, String status) {
        return ("{\"data\":{\"resource\":{\"type\":\"card-order\",\"profile_id\":123456,\"client_id\":\"example-client\","
                        + "\"card_token\":\"4dc0be88-903f-49e4-8237-735f1139e3dd\",\"card_program\":{\"name\":"
                        + "\"VISA_DEBIT_BUSINESS_UK_1_CARDS_API\",\"scheme\":\"VISA\"}},\"order_id\":" + orderId
                        + ",\"order_status\":\"" + status + "\",\"delivery_vendor\":null,"
                        + "\"occurred_at\":\"2024-01-02T08:00:00Z\"},"
                        + "\"subscription_id\":\"01234567-89ab-cdef-0123-456789abcdef\","
                        + "\"event_type\":\"cards#card-order-status-change\",\"schema_version\":\"2.0.0\","
                        + "\"sent_at\":\"2024-01-02T08:00:01Z\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A kiosk-collection card order for John Smith. */
    static CardOrderCreateParams kioskOrder() {
        return CardOrderCreateParams.builder()
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
                .build();
    }
}
