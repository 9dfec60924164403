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
        this.resource = Objects.requireNonNull(resource, "resource");
        this.orderId = orderId;
        this.orderStatus = Objects.requireNonNull(orderStatus, "orderStatus");
        this.deliveryVendor = deliveryVendor;
    }

    /** Returns {@code card-order:<order id>}, when the order id is present. */
    @Override
    public Optional<String> resourceKey() {
        return orderId().map(id -> "card-order:" + id);
    }

    /** Returns {@code data.resource}: profile, client, card token and card program. */
    public CardEventResource resource() {
        return resource;
    }

    /**
     * Returns {@code data.order_id} as text exactly as sent: Wise sends values such as {@code
     * "1001L"} as well as plain numbers, so it is not converted to a number.
     */
    public Optional<String> orderId() {
        return Optional.ofNullable(orderId);
    }

    /** Returns {@code data.order_status}, the card order's new status. */
    public CardOrderStatus orderStatus() {
        return orderStatus;
    }

    /** Returns {@code data.delivery_vendor}, when the order has one (physical cards). */
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
}
