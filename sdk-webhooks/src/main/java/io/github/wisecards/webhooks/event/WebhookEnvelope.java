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

    private WebhookEnvelope(Builder b) {
        this.subscriptionId = b.subscriptionId;
        this.eventType = b.eventType == null ? "" : b.eventType;
        this.schemaVersion = b.schemaVersion == null ? "" : b.schemaVersion;
        this.sentAtRaw = b.sentAtRaw;
        this.deliveryId = b.deliveryId;
        this.testNotification = b.testNotification;
    }

    /**
     * Returns a new builder (for tests and simulators; the SDK builds these when parsing).
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding these values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.subscriptionId = subscriptionId;
        b.eventType = eventType;
        b.schemaVersion = schemaVersion;
        b.sentAtRaw = sentAtRaw;
        b.deliveryId = deliveryId;
        b.testNotification = testNotification;
        return b;
    }

    /** {@return {@code subscription_id}, when present} */
    public Optional<String> subscriptionId() {
        return Optional.ofNullable(subscriptionId);
    }

    /** {@return {@code event_type}, or an empty string when absent} */
    public String eventType() {
        return eventType;
    }

    /**
     * {@return {@code schema_version}, for example {@code 2.0.0}, or an empty string when absent}
     */
    public String schemaVersion() {
        return schemaVersion;
    }

    /** {@return {@code sent_at} when present and a valid ISO-8601 instant} */
    public Optional<Instant> sentAt() {
        Optional<Instant> at = sentAt;
        if (at == null) {
            at = Optional.ofNullable(Timestamps.parse(sentAtRaw));
            sentAt = at;
        }
        return at;
    }

    /** {@return the text of {@code sent_at} as sent, even when it does not parse} */
    public Optional<String> sentAtRaw() {
        return Optional.ofNullable(sentAtRaw);
    }

    /** {@return the {@code X-Delivery-Id} header, unique per delivery, when present} */
    public Optional<String> deliveryId() {
        return Optional.ofNullable(deliveryId);
    }

    /** {@return whether the request had {@code X-Test-Notification: true}} */
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

    /** Builds a {@link WebhookEnvelope}; every field is optional (an absent event type or schema version reads as empty text). Not thread-safe. */
    public static final class Builder {
        private String subscriptionId;
        private String eventType;
        private String schemaVersion;
        private String sentAtRaw;
        private String deliveryId;
        private boolean testNotification;

        private Builder() {}

        /**
         * Sets {@code subscription_id}.
         *
         * @param subscriptionId the value; null for none
         * @return this builder
         */
        public Builder subscriptionId(String subscriptionId) {
            this.subscriptionId = subscriptionId;
            return this;
        }

        /**
         * Sets {@code event_type}.
         *
         * @param eventType the value; null for none
         * @return this builder
         */
        public Builder eventType(String eventType) {
            this.eventType = eventType;
            return this;
        }

        /**
         * Sets {@code schema_version}.
         *
         * @param schemaVersion the value; null for none
         * @return this builder
         */
        public Builder schemaVersion(String schemaVersion) {
            this.schemaVersion = schemaVersion;
            return this;
        }

        /**
         * Sets the text of {@code sent_at} as sent.
         *
         * @param sentAtRaw the value; null for none
         * @return this builder
         */
        public Builder sentAtRaw(String sentAtRaw) {
            this.sentAtRaw = sentAtRaw;
            return this;
        }

        /**
         * Sets the {@code X-Delivery-Id} header.
         *
         * @param deliveryId the value; null for none
         * @return this builder
         */
        public Builder deliveryId(String deliveryId) {
            this.deliveryId = deliveryId;
            return this;
        }

        /**
         * Sets whether {@code X-Test-Notification} was {@code true}.
         *
         * @param testNotification the value
         * @return this builder
         */
        public Builder testNotification(boolean testNotification) {
            this.testNotification = testNotification;
            return this;
        }

        /**
         * Builds the value.
         *
         * @return the value
         */
        public WebhookEnvelope build() {
            return new WebhookEnvelope(this);
        }
    }
}
