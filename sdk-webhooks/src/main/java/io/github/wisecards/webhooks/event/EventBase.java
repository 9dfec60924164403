package io.github.wisecards.webhooks.event;

import java.time.Instant;
import java.util.Objects;

/** What every event carries, whatever its type. */
record EventBase(WebhookEnvelope envelope, String rawJson, String eventKey, String occurredAtRaw) {
    EventBase {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(rawJson, "rawJson");
        Objects.requireNonNull(eventKey, "eventKey");
    }

    Instant occurredAt() {
        return Timestamps.parse(occurredAtRaw);
    }
}
