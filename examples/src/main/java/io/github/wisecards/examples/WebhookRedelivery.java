package io.github.wisecards.examples;

import io.github.wisecards.webhooks.WebhookHeaders;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;

/** POSTs a signed webhook body to a receiver, as Wise delivers (and redelivers) events. */
final class WebhookRedelivery {
    private WebhookRedelivery() {}

    /**
     * Sends one delivery and returns the receiver's HTTP status.
     *
     * @param signature the {@code X-Signature-SHA256} value, or null to send none
     */
    static int post(URI url, byte[] body, String signature, String deliveryId) {
        try {
            HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
            try {
                connection.setRequestMethod("POST");
                connection.setConnectTimeout(5_000);
                connection.setReadTimeout(5_000);
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", "application/json");
                if (signature != null) {
                    connection.setRequestProperty(WebhookHeaders.SIGNATURE, signature);
                }
                connection.setRequestProperty(WebhookHeaders.DELIVERY_ID, deliveryId);
                connection.setFixedLengthStreamingMode(body.length);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body);
                }
                return connection.getResponseCode();
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not deliver a webhook to " + url, e);
        }
    }
}
