package io.github.wisecards.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * A webhook event the simulator produced, signed and (when a URL is registered) delivered.
 * Immutable.
 *
 * <p>{@link #body()} holds the exact bytes that were signed and sent, so a test can pass them to
 * a verifier together with {@link #signature()} and {@link WiseSimulator#webhookPublicKey()}.
 */
public final class SentWebhook {
    private final String deliveryId;
    private final String eventType;
    private final byte[] body;
    private final String signature;
    private final Instant sentAt;
    private final String url;
    private final int responseStatus;
    private final String failure;

    SentWebhook(
            String deliveryId,
            String eventType,
            byte[] body,
            String signature,
            Instant sentAt,
            String url,
            int responseStatus,
            String failure) {
        this.deliveryId = deliveryId;
        this.eventType = eventType;
        this.body = body.clone();
        this.signature = signature;
        this.sentAt = sentAt;
        this.url = url;
        this.responseStatus = responseStatus;
        this.failure = failure;
    }

    /** {@return the {@code X-Delivery-Id} header value} */
    public String deliveryId() {
        return deliveryId;
    }

    /** {@return the event type, for example {@code cards#card-order-status-change}} */
    public String eventType() {
        return eventType;
    }

    /** {@return the JSON envelope as UTF-8 text} */
    public String body() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** {@return a copy of the exact body bytes that were signed} */
    public byte[] bodyBytes() {
        return body.clone();
    }

    /** {@return the {@code X-Signature-SHA256} header value (Base64 SHA256withRSA of the body)} */
    public String signature() {
        return signature;
    }

    /** {@return when the event was sent (the envelope's {@code sent_at})} */
    public Instant sentAt() {
        return sentAt;
    }

    /** {@return the URL it was delivered to, or empty when no URL was registered} */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    /** {@return whether the receiver answered with a 2xx status} */
    public boolean delivered() {
        return responseStatus >= 200 && responseStatus < 300;
    }

    /** {@return the receiver's HTTP status, or 0 when there was no answer (no URL, I/O failure)} */
    public int responseStatus() {
        return responseStatus;
    }

    /** {@return why delivery failed at the I/O level, if it did} */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public String toString() {
        return "SentWebhook{" + eventType + ", deliveryId=" + deliveryId + ", status=" + responseStatus + "}";
    }
}
