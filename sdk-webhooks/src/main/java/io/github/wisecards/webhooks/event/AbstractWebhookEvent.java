package io.github.wisecards.webhooks.event;

import java.time.Instant;
import java.util.Optional;

/** What every event type implements the same way: the envelope, raw JSON, key and timestamps. */
abstract class AbstractWebhookEvent {
    final EventBase base;

    AbstractWebhookEvent(EventBase base) {
        this.base = base;
    }

    /** See {@link WebhookEvent#envelope()}. */
    public WebhookEnvelope envelope() {
        return base.envelope();
    }

    /** See {@link WebhookEvent#rawJson()}. */
    public String rawJson() {
        return base.rawJson();
    }

    /** See {@link WebhookEvent#eventKey()}. */
    public String eventKey() {
        return base.eventKey();
    }

    /** See {@link WebhookEvent#occurredAt()}. */
    public Optional<Instant> occurredAt() {
        return base.occurredAt();
    }

    /** See {@link WebhookEvent#occurredAtRaw()}. */
    public Optional<String> occurredAtRaw() {
        return Optional.ofNullable(base.occurredAtRaw());
    }
}
