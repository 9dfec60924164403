package io.github.wisecards.webhooks.event;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What surrounds every webhook event: the subscription, event type, schema version and sent-at
 * from the body, and the delivery id and test flag from the request headers. Immutable.
 */
public final class WebhookEnvelope {
    private final String subscriptionId;
    private final String eventType;
    private final String schemaVersion;
    private final String sentAtRaw;
    private volatile Optional<Instant> sentAt; // parsed on first use
    private final String deliveryId;
    private final boolean testNotification;

    WebhookEnvelope(
            String subscriptionId,
            String eventType,
            String schemaVersion,
            String sentAtRaw,
            String deliveryId,
            boolean testNotification) {
        this.subscriptionId = subscriptionId;
        this.eventType = eventType == null ? "" : eventType;
        this.schemaVersion = schemaVersion == null ? "" : schemaVersion;
        this.sentAtRaw = sentAtRaw;
        this.deliveryId = deliveryId;
        this.testNotification = testNotification;
    }

    /** Returns {@code subscription_id}, when present. */
    public Optional<String> subscriptionId() {
        return Optional.ofNullable(subscriptionId);
    }

    /** Returns {@code event_type}, or an empty string when absent. */
    public String eventType() {
        return eventType;
    }

    /** Returns {@code schema_version}, for example {@code 2.0.0}, or an empty string when absent. */
    public String schemaVersion() {
        return schemaVersion;
    }

    /** Returns {@code sent_at} when present and a valid ISO-8601 instant. */
    public Optional<Instant> sentAt() {
        Optional<Instant> at = sentAt;
        if (at == null) {
            at = Optional.ofNullable(Timestamps.parse(sentAtRaw));
            sentAt = at;
        }
        return at;
    }

    /** Returns the text of {@code sent_at} as sent, even when it does not parse. */
    public Optional<String> sentAtRaw() {
        return Optional.ofNullable(sentAtRaw);
    }

    /** Returns the {@code X-Delivery-Id} header, unique per delivery, when present. */
    public Optional<String> deliveryId() {
        return Optional.ofNullable(deliveryId);
    }

    /** Returns whether the request had {@code X-Test-Notification: true}. */
    public boolean testNotification() {
        return testNotification;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WebhookEnvelope e
                && Objects.equals(subscriptionId, e.subscriptionId)
                && eventType.equals(e.eventType)
                && schemaVersion.equals(e.schemaVersion)
                && Objects.equals(sentAtRaw, e.sentAtRaw)
                && Objects.equals(deliveryId, e.deliveryId)
                && testNotification == e.testNotification;
    }

    @Override
    public int hashCode() {
        return Objects.hash(subscriptionId, eventType, schemaVersion, sentAtRaw, deliveryId, testNotification);
    }

    @Override
    public String toString() {
        return "WebhookEnvelope{subscriptionId=" + subscriptionId + ", eventType=" + eventType + ", schemaVersion="
                + schemaVersion + ", sentAt=" + sentAtRaw + ", deliveryId=" + deliveryId + ", testNotification="
                + testNotification + "}";
    }
}
