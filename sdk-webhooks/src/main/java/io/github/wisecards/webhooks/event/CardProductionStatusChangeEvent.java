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
        this.resource = Objects.requireNonNull(resource, "resource");
        this.status = Objects.requireNonNull(status, "status");
        this.kioskId = kioskId;
        this.errorCode = errorCode;
        this.description = description;
    }

    /** Returns {@code card:<card token>}, when the card token is present. */
    @Override
    public Optional<String> resourceKey() {
        return resource.cardToken().map(token -> "card:" + token);
    }

    /** Returns {@code data.resource}: profile, client, card token and card program. */
    public CardEventResource resource() {
        return resource;
    }

    /** Returns {@code data.status}, the production's new status. */
    public ProductionStatus status() {
        return status;
    }

    /** Returns {@code data.kiosk_id}, when sent (null once the card is {@code READY}). */
    public Optional<String> kioskId() {
        return Optional.ofNullable(kioskId);
    }

    /**
     * Returns {@code data.error_code} as a production error code, with its category and
     * recommended action; empty when the production has no error.
     */
    public Optional<ProductionErrorCode> errorCode() {
        return errorCodeRaw().map(ProductionErrorCode::of);
    }

    /**
     * Returns {@code data.error_code} read as a request error code, for a {@code REQUEST_ERROR}
     * status, where the code comes from the produce request's error list.
     */
    public Optional<RequestErrorCode> requestErrorCode() {
        return errorCodeRaw().map(RequestErrorCode::of);
    }

    /** Returns {@code data.error_code} exactly as sent, when present. */
    public Optional<String> errorCodeRaw() {
        return Optional.ofNullable(errorCode);
    }

    /** Returns {@code data.description}, Wise's text about the status or error, when sent. */
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
}
