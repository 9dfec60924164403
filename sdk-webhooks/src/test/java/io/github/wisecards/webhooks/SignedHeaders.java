package io.github.wisecards.webhooks;

import io.github.wisecards.testing.WebhookSigner;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The headers Wise sends with a webhook body, signed by the test kit's {@link WebhookSigner}. */
public final class SignedHeaders {
    private SignedHeaders() {}

    /** Returns the signature and a new delivery id for {@code body}. */
    public static Map<String, String> of(WebhookSigner signer, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(WebhookHeaders.SIGNATURE, signer.sign(body));
        headers.put(WebhookHeaders.DELIVERY_ID, UUID.randomUUID().toString());
        return headers;
    }

    /** Returns {@link #of} with {@code X-Test-Notification: true} added. */
    public static Map<String, String> testNotification(WebhookSigner signer, byte[] body) {
        Map<String, String> headers = of(signer, body);
        headers.put(WebhookHeaders.TEST_NOTIFICATION, "true");
        return headers;
    }
}
