package io.github.wisecards.webhooks.event;

import io.github.wisecards.cards.model.CardOrderStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code cards#card-order-status-change}: a card order moved to another status. Immutable;
 * {@code toString()} masks the card token.
 */
public final class CardOrderStatusChangeEvent extends AbstractWebhookEvent implements WebhookEvent {
    /** The event type string. */
    public static final String EVENT_TYPE = "cards#card-order-status-change";

    private final CardEventResource resource;
    private final String orderId;
    private final CardOrderStatus orderStatus;
    private final String deliveryVendor;

    CardOrderStatusChangeEvent(
            EventBase base,
            CardEventResource resource,
            String orderId,
            CardOrderStatus orderStatus,
            String deliveryVendor) {
        super(base);
        this.resource = resource == null ? CardEventResource.empty() : resource;
        this.orderId = orderId;
        this.orderStatus = Objects.requireNonNull(orderStatus, "orderStatus");
        this.deliveryVendor = deliveryVendor;
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
        b.orderId = orderId;
        b.orderStatus = orderStatus;
        b.deliveryVendor = deliveryVendor;
        return b;
    }

    /** Returns {@code card-order:<order id>}, when the order id is present. */
    @Override
    public Optional<String> resourceKey() {
        return orderId().map(id -> "card-order:" + id);
    }

    /** {@return {@code data.resource}: profile, client, card token and card program} */
    public CardEventResource resource() {
        return resource;
    }

    /**
     * {@return {@code data.order_id} as text exactly as sent: Wise sends values such as {@code
     * "1001L"} as well as plain numbers, so it is not converted to a number}
     */
    public Optional<String> orderId() {
        return Optional.ofNullable(orderId);
    }

    /** {@return {@code data.order_status}, the card order's new status} */
    public CardOrderStatus orderStatus() {
        return orderStatus;
    }

    /** {@return {@code data.delivery_vendor}, when the order has one (physical cards)} */
    public Optional<String> deliveryVendor() {
        return Optional.ofNullable(deliveryVendor);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardOrderStatusChangeEvent e
                && base.equals(e.base)
                && resource.equals(e.resource)
                && Objects.equals(orderId, e.orderId)
                && orderStatus.equals(e.orderStatus)
                && Objects.equals(deliveryVendor, e.deliveryVendor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(base, resource, orderId, orderStatus, deliveryVendor);
    }

    @Override
    public String toString() {
        return "CardOrderStatusChangeEvent{" + base.envelope() + ", resource=" + resource + ", orderId=" + orderId
                + ", orderStatus=" + orderStatus + ", deliveryVendor=" + deliveryVendor + ", occurredAt="
                + base.occurredAtRaw() + "}";
    }

    /** Builds a {@link CardOrderStatusChangeEvent}; the envelope, raw JSON and orderStatus are required. Not thread-safe. */
    public static final class Builder extends BaseBuilder<Builder> {
        private CardEventResource resource = CardEventResource.empty();
        private String orderId;
        private CardOrderStatus orderStatus;
        private String deliveryVendor;

        private Builder() {}

        private Builder(CardOrderStatusChangeEvent event) {
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
         * Sets {@code data.order_id}, as sent.
         *
         * @param orderId the value; null for none
         * @return this builder
         */
        public Builder orderId(String orderId) {
            this.orderId = orderId;
            return this;
        }

        /**
         * Sets {@code data.order_status} (required).
         *
         * @param orderStatus the value
         * @return this builder
         */
        public Builder orderStatus(CardOrderStatus orderStatus) {
            this.orderStatus = orderStatus;
            return this;
        }

        /**
         * Sets {@code data.delivery_vendor}.
         *
         * @param deliveryVendor the value; null for none
         * @return this builder
         */
        public Builder deliveryVendor(String deliveryVendor) {
            this.deliveryVendor = deliveryVendor;
            return this;
        }

        /**
         * Builds the event.
         *
         * @return the event
         * @throws IllegalStateException naming each missing required field
         */
        public CardOrderStatusChangeEvent build() {
            EventBase base = base("CardOrderStatusChangeEvent");
            if (orderStatus == null) {
                throw new IllegalStateException("CardOrderStatusChangeEvent: missing required orderStatus");
            }
            return new CardOrderStatusChangeEvent(base, resource, orderId, orderStatus, deliveryVendor);
        }
    }
}
