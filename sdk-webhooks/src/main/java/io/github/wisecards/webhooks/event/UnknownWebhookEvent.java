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
}
