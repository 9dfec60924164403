package io.github.wisecards.webhooks.event;

import io.github.wisecards.cards.model.CardStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code cards#card-status-change}: a card's status changed (for example to {@code FROZEN}).
 * Immutable; {@code toString()} masks the card token.
 */
public final class CardStatusChangeEvent extends AbstractWebhookEvent implements WebhookEvent {
    /** The event type string. */
    public static final String EVENT_TYPE = "cards#card-status-change";

    private final CardEventResource resource;
    private final CardStatus cardStatus;
    private final String changedBy;

    CardStatusChangeEvent(EventBase base, CardEventResource resource, CardStatus cardStatus, String changedBy) {
        super(base);
        this.resource = Objects.requireNonNull(resource, "resource");
        this.cardStatus = Objects.requireNonNull(cardStatus, "cardStatus");
        this.changedBy = changedBy;
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

    /** Returns {@code data.card_status}, the card's new status. */
    public CardStatus cardStatus() {
        return cardStatus;
    }

    /** Returns {@code data.changed_by}: who made the change, when sent. */
    public Optional<String> changedBy() {
        return Optional.ofNullable(changedBy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardStatusChangeEvent e
                && base.equals(e.base)
                && resource.equals(e.resource)
                && cardStatus.equals(e.cardStatus)
                && Objects.equals(changedBy, e.changedBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(base, resource, cardStatus, changedBy);
    }

    @Override
    public String toString() {
        return "CardStatusChangeEvent{" + base.envelope() + ", resource=" + resource + ", cardStatus=" + cardStatus
                + ", changedBy=" + changedBy + ", occurredAt=" + base.occurredAtRaw() + "}";
    }
}
