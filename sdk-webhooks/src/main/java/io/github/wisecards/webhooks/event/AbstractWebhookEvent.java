package io.github.wisecards.webhooks.event;

import java.time.Instant;
import java.util.Optional;

/** What every event type implements the same way: the envelope, raw JSON, key and timestamps. */
abstract class AbstractWebhookEvent {
    final EventBase base;

    AbstractWebhookEvent(EventBase base) {
        this.base = base;
    }

    /** {@return the envelope} See {@link WebhookEvent#envelope()}. */
    public WebhookEnvelope envelope() {
        return base.envelope();
    }

    /** {@return the body as received, decoded as UTF-8} See {@link WebhookEvent#rawJson()}. */
    public String rawJson() {
        return base.rawJson();
    }

    /** {@return the event's deduplication key} See {@link WebhookEvent#eventKey()}. */
    public String eventKey() {
        return base.eventKey();
    }

    /**
     * {@return when the event occurred, if sent and parseable} See {@link
     * WebhookEvent#occurredAt()}.
     */
    public Optional<Instant> occurredAt() {
        return base.occurredAt();
    }

    /**
     * {@return {@code data.occurred_at} as sent, if present} See {@link
     * WebhookEvent#occurredAtRaw()}.
     */
    public Optional<String> occurredAtRaw() {
        return Optional.ofNullable(base.occurredAtRaw());
    }

    /**
     * The part of every event builder that sets what all events carry.
     *
     * @param <B> the event's builder
     */
    abstract static class BaseBuilder<B extends BaseBuilder<B>> {
        private WebhookEnvelope envelope;
        private String rawJson;
        private String occurredAtRaw;

        BaseBuilder() {}

        BaseBuilder(AbstractWebhookEvent event) {
            this.envelope = event.base.envelope();
            this.rawJson = event.base.rawJson();
            this.occurredAtRaw = event.base.occurredAtRaw();
        }

        abstract B self();

        /**
         * Sets the envelope (required).
         *
         * @param envelope the envelope
         * @return this builder
         */
        public B envelope(WebhookEnvelope envelope) {
            this.envelope = envelope;
            return self();
        }

        /**
         * Sets the body as received (required); the event key is derived from it.
         *
         * @param rawJson the body, decoded as UTF-8
         * @return this builder
         */
        public B rawJson(String rawJson) {
            this.rawJson = rawJson;
            return self();
        }

        /**
         * Sets the text of {@code data.occurred_at} as sent; null for none.
         *
         * @param occurredAtRaw the text
         * @return this builder
         */
        public B occurredAtRaw(String occurredAtRaw) {
            this.occurredAtRaw = occurredAtRaw;
            return self();
        }

        EventBase base(String type) {
            if (envelope == null || rawJson == null) {
                throw new IllegalStateException(type + ": missing required "
                        + (envelope == null ? "envelope" + (rawJson == null ? ", rawJson" : "") : "rawJson"));
            }
            return new EventBase(envelope, rawJson, occurredAtRaw, null);
        }
    }
}
