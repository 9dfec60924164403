package io.github.wisecards.webhooks.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wisecards.core.internal.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What every event carries, whatever its type. The event key (a canonical form of the body hashed
 * with SHA-256) and the {@code occurred_at} instant are computed on first use: most callers of
 * {@code verifyAndParse} never read them, so parsing streams only the fields the typed event needs
 * and the body is read as a tree only when the key is asked for. Immutable once built;
 * thread-safe (the lazy values are idempotent and published through volatile fields).
 */
final class EventBase {
    private final WebhookEnvelope envelope;
    private final String rawJson;
    private final String occurredAtRaw;
    private volatile String eventKey;
    private volatile Optional<Instant> occurredAt;

    EventBase(WebhookEnvelope envelope, String rawJson, String occurredAtRaw, String eventKey) {
        this.envelope = Objects.requireNonNull(envelope, "envelope");
        this.rawJson = Objects.requireNonNull(rawJson, "rawJson");
        this.occurredAtRaw = occurredAtRaw;
        this.eventKey = eventKey;
    }

    WebhookEnvelope envelope() {
        return envelope;
    }

    String rawJson() {
        return rawJson;
    }

    String occurredAtRaw() {
        return occurredAtRaw;
    }

    String eventKey() {
        String key = eventKey;
        if (key == null) {
            key = EventKeys.of(tree(rawJson));
            eventKey = key;
        }
        return key;
    }

    /** The body as a tree for the key; a body that is not an object keys as an empty object. */
    private static ObjectNode tree(String rawJson) {
        try {
            JsonNode node = Json.mapper().readTree(rawJson);
            return node instanceof ObjectNode o ? o : Json.mapper().createObjectNode();
        } catch (IOException e) {
            return Json.mapper().createObjectNode();
        }
    }

    Optional<Instant> occurredAt() {
        Optional<Instant> at = occurredAt;
        if (at == null) {
            at = Optional.ofNullable(Timestamps.parse(occurredAtRaw));
            occurredAt = at;
        }
        return at;
    }

    /** Equal when the envelope and body are (the event key is a function of the body). */
    @Override
    public boolean equals(Object o) {
        return o instanceof EventBase b
                && envelope.equals(b.envelope)
                && rawJson.equals(b.rawJson)
                && Objects.equals(occurredAtRaw, b.occurredAtRaw);
    }

    @Override
    public int hashCode() {
        return Objects.hash(envelope, rawJson, occurredAtRaw);
    }
}
