package io.github.wisecards.micrometer;

import io.github.wisecards.testing.WebhookSigner;
import io.github.wisecards.webhooks.WebhookHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A signed card order webhook, its ids and the signer, for the webhook metrics tests. */
final class WebhookBodies {
    static final String PROFILE_ID = "123456";
    static final String ORDER_ID = "1001";
    static final String CARD_TOKEN = "4dc0be88-903f-49e4-8237-735f1139e3dd";
    static final String SUBSCRIPTION_ID = "01234567-89ab-cdef-0123-456789abcdef";
    static final String DELIVERY_ID = "7d6c5b4a-3f2e-4d1c-8b0a-9f8e7d6c5b4a";
    static final WebhookSigner SIGNER = WebhookSigner.generate();

    private WebhookBodies() {}

    /** A card order status change to {@code status}, signed by {@link #SIGNER}. */
    static byte[] orderStatusChange(String status) {
        return ("{\"data\":{\"resource\":{\"type\":\"card-order\",\"profile_id\":\"" + PROFILE_ID
                        + "\",\"client_id\":\"example-client\",\"card_token\":\"" + CARD_TOKEN
                        + "\",\"card_program\":\"VISA_DEBIT_BUSINESS_UK_1_CARDS_API\"},\"order_id\":\"" + ORDER_ID
                        + "\",\"order_status\":\"" + status
                        + "\",\"occurred_at\":\"2024-01-01T12:24:56.123Z\"},\"subscription_id\":\""
                        + SUBSCRIPTION_ID
                        + "\",\"event_type\":\"cards#card-order-status-change\",\"schema_version\":\"2.0.0\","
                        + "\"sent_at\":\"2024-01-01T12:24:57.000Z\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The headers Wise sends with {@code body}, signed by {@code signer}. */
    static WebhookHeaders headers(WebhookSigner signer, byte[] body) {
        return WebhookHeaders.of(
                Map.of(WebhookHeaders.SIGNATURE, signer.sign(body), WebhookHeaders.DELIVERY_ID, DELIVERY_ID));
    }
}
