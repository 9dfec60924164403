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
        this.resource = resource == null ? CardEventResource.empty() : resource;
        this.cardStatus = Objects.requireNonNull(cardStatus, "cardStatus");
        this.changedBy = changedBy;
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
        b.cardStatus = cardStatus;
        b.changedBy = changedBy;
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

    /** {@return {@code data.card_status}, the card's new status} */
    public CardStatus cardStatus() {
        return cardStatus;
    }

    /** {@return {@code data.changed_by}: who made the change, when sent} */
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

    /** Builds a {@link CardStatusChangeEvent}; the envelope, raw JSON and cardStatus are required. Not thread-safe. */
    public static final class Builder extends BaseBuilder<Builder> {
        private CardEventResource resource = CardEventResource.empty();
        private CardStatus cardStatus;
        private String changedBy;

        private Builder() {}

        private Builder(CardStatusChangeEvent event) {
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
         * Sets {@code data.card_status} (required).
         *
         * @param cardStatus the value
         * @return this builder
         */
        public Builder cardStatus(CardStatus cardStatus) {
            this.cardStatus = cardStatus;
            return this;
        }

        /**
         * Sets {@code data.changed_by}.
         *
         * @param changedBy the value; null for none
         * @return this builder
         */
        public Builder changedBy(String changedBy) {
            this.changedBy = changedBy;
            return this;
        }

        /**
         * Builds the event.
         *
         * @return the event
         * @throws IllegalStateException naming each missing required field
         */
        public CardStatusChangeEvent build() {
            EventBase base = base("CardStatusChangeEvent");
            if (cardStatus == null) {
                throw new IllegalStateException("CardStatusChangeEvent: missing required cardStatus");
            }
            return new CardStatusChangeEvent(base, resource, cardStatus, changedBy);
        }
    }
}
