package io.github.wisecards.webhooks.event;

import java.util.Optional;

/**
 * An event this SDK version has no type for: another event type, another schema version (such
 * as {@code 4.0.0}), or a known type whose payload lacks a field the typed event needs. It keeps
 * the raw JSON, so you can read it yourself. Parsing never fails for these. Immutable.
 */
public final class UnknownWebhookEvent extends AbstractWebhookEvent implements WebhookEvent {

    UnknownWebhookEvent(EventBase base) {
        super(base);
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
        return new Builder(this);
    }

    /** Always empty: the SDK does not know which resource an unknown event is about. */
    @Override
    public Optional<String> resourceKey() {
        return Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnknownWebhookEvent e && base.equals(e.base);
    }

    @Override
    public int hashCode() {
        return base.hashCode();
    }

    /** Describes the event without its raw JSON, which may hold card tokens. */
    @Override
    public String toString() {
        return "UnknownWebhookEvent{" + base.envelope() + ", eventKey=" + base.eventKey() + "}";
    }

    /** Builds an {@link UnknownWebhookEvent}; the envelope and raw JSON are required. Not thread-safe. */
    public static final class Builder extends BaseBuilder<Builder> {
        private Builder() {}

        private Builder(UnknownWebhookEvent event) {
            super(event);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Builds the event.
         *
         * @return the event
         * @throws IllegalStateException naming each missing required field
         */
        public UnknownWebhookEvent build() {
            return new UnknownWebhookEvent(base("UnknownWebhookEvent"));
        }
    }
}
