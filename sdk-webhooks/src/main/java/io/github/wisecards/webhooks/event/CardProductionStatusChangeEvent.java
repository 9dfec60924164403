package io.github.wisecards.webhooks.event;

import io.github.wisecards.kiosk.model.ProductionErrorCode;
import io.github.wisecards.kiosk.model.ProductionStatus;
import io.github.wisecards.kiosk.model.RequestErrorCode;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code cards#card-production-status-change}: a kiosk card production moved to another status
 * ({@code READY}, {@code IN_PROGRESS}, {@code PRODUCED}, {@code PRODUCTION_ERROR}, ...).
 * Immutable; {@code toString()} masks the card token.
 */
public final class CardProductionStatusChangeEvent extends AbstractWebhookEvent implements WebhookEvent {
    /** The event type string. */
    public static final String EVENT_TYPE = "cards#card-production-status-change";

    private final CardEventResource resource;
    private final ProductionStatus status;
    private final String kioskId;
    private final String errorCode;
    private final String description;

    CardProductionStatusChangeEvent(
            EventBase base,
            CardEventResource resource,
            ProductionStatus status,
            String kioskId,
            String errorCode,
            String description) {
        super(base);
        this.resource = resource == null ? CardEventResource.empty() : resource;
        this.status = Objects.requireNonNull(status, "status");
        this.kioskId = kioskId;
        this.errorCode = errorCode;
        this.description = description;
    }

    /**
     * Returns a new builder (for tests and simulators; events come from {@code WebhookVerifier}).
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this event's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(this);
        b.resource = resource;
        b.status = status;
        b.kioskId = kioskId;
        b.errorCode = errorCode;
        b.description = description;
        return b;
    }

    /** Returns {@code card:<card token>}, when the card token is present. */
    @Override
    public Optional<String> resourceKey() {
        return resource.cardToken().map(token -> "card:" + token);
    }

    /** {@return {@code data.resource}: profile, client, card token and card program} */
    public CardEventResource resource() {
        return resource;
    }

    /** {@return {@code data.status}, the production's new status} */
    public ProductionStatus status() {
        return status;
    }

    /** {@return {@code data.kiosk_id}, when sent (null once the card is {@code READY})} */
    public Optional<String> kioskId() {
        return Optional.ofNullable(kioskId);
    }

    /**
     * {@return {@code data.error_code} as a production error code, with its category and
     * recommended action; empty when the production has no error}
     */
    public Optional<ProductionErrorCode> errorCode() {
        return errorCodeRaw().map(ProductionErrorCode::of);
    }

    /**
     * {@return {@code data.error_code} read as a request error code, for a {@code REQUEST_ERROR}
     * status, where the code comes from the produce request's error list}
     */
    public Optional<RequestErrorCode> requestErrorCode() {
        return errorCodeRaw().map(RequestErrorCode::of);
    }

    /** {@return {@code data.error_code} exactly as sent, when present} */
    public Optional<String> errorCodeRaw() {
        return Optional.ofNullable(errorCode);
    }

    /** {@return {@code data.description}, Wise's text about the status or error, when sent} */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardProductionStatusChangeEvent e
                && base.equals(e.base)
                && resource.equals(e.resource)
                && status.equals(e.status)
                && Objects.equals(kioskId, e.kioskId)
                && Objects.equals(errorCode, e.errorCode)
                && Objects.equals(description, e.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(base, resource, status, kioskId, errorCode, description);
    }

    @Override
    public String toString() {
        return "CardProductionStatusChangeEvent{" + base.envelope() + ", resource=" + resource + ", status=" + status
                + ", kioskId=" + kioskId + ", errorCode=" + errorCode + ", description=" + description
                + ", occurredAt=" + base.occurredAtRaw() + "}";
    }

    /** Builds a {@link CardProductionStatusChangeEvent}; the envelope, raw JSON and status are required. Not thread-safe. */
    public static final class Builder extends BaseBuilder<Builder> {
        private CardEventResource resource = CardEventResource.empty();
        private ProductionStatus status;
        private String kioskId;
        private String errorCode;
        private String description;

        private Builder() {}

        private Builder(CardProductionStatusChangeEvent event) {
            super(event);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Sets {@code data.resource}.
         *
         * @param resource the value
         * @return this builder
         */
        public Builder resource(CardEventResource resource) {
            this.resource = resource;
            return this;
        }

        /**
         * Sets {@code data.status} (required).
         *
         * @param status the value
         * @return this builder
         */
        public Builder status(ProductionStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets {@code data.kiosk_id}.
         *
         * @param kioskId the value; null for none
         * @return this builder
         */
        public Builder kioskId(String kioskId) {
            this.kioskId = kioskId;
            return this;
        }

        /**
         * Sets {@code data.error_code}, as sent.
         *
         * @param errorCode the value; null for none
         * @return this builder
         */
        public Builder errorCode(String errorCode) {
            this.errorCode = errorCode;
            return this;
        }

        /**
         * Sets {@code data.description}.
         *
         * @param description the value; null for none
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Builds the event.
         *
         * @return the event
         * @throws IllegalStateException naming each missing required field
         */
        public CardProductionStatusChangeEvent build() {
            EventBase base = base("CardProductionStatusChangeEvent");
            if (status == null) {
                throw new IllegalStateException("CardProductionStatusChangeEvent: missing required status");
            }
            return new CardProductionStatusChangeEvent(base, resource, status, kioskId, errorCode, description);
        }
    }
}
