package io.github.wisecards.webhooks.event;

import java.time.Instant;
import java.util.Optional;

/**
 * A webhook event Wise sent. Obtain one from {@code WebhookVerifier.verifyAndParse(..)} or a
 * {@code WebhookHandler}.
 *
 * <p>New event types can be added in minor SDK releases, so a {@code switch} over events needs a
 * {@code default} branch:
 *
 * <pre>{@code
 * switch (event) {
 *     case CardOrderStatusChangeEvent e -> orders.update(e.orderId(), e.orderStatus());
 *     case CardStatusChangeEvent e -> cards.update(e.resource().cardToken(), e.cardStatus());
 *     default -> log.info("ignored {}", event.eventType());
 * }
 * }</pre>
 *
 * (Pattern matching for {@code switch} needs Java 21; on Java 17 use {@code instanceof}.)
 *
 * <p>Events are immutable and thread-safe. Their {@code toString()} masks card tokens; {@link
 * #rawJson()} is the body exactly as sent and is not masked.
 */
public sealed interface WebhookEvent
        permits CardOrderStatusChangeEvent,
                CardProductionStatusChangeEvent,
                CardStatusChangeEvent,
                UnknownWebhookEvent {

    /** {@return the envelope: subscription, event type, schema version, sent-at and headers} */
    WebhookEnvelope envelope();

    /** {@return the event type, for example {@code cards#card-status-change}; never null} */
    default String eventType() {
        return envelope().eventType();
    }

    /** {@return the body as received, decoded as UTF-8} */
    String rawJson();

    /**
     * {@return the stable key that identifies this event across redeliveries: {@code "v1:"}
     * followed by the lowercase hex SHA-256 of the body in canonical form (object keys sorted, no
     * insignificant whitespace) with the top-level {@code sent_at} and {@code subscription_id}
     * removed} So a redelivery of the same event, even one re-stamped with a new {@code sent_at} or
     * delivered through a second subscription, has the same key; two status changes differ in
     * {@code data} (status, {@code occurred_at}) and get different keys. The delivery id is not
     * part of the key: Wise gives each delivery a new one.
     */
    String eventKey();

    /**
     * {@return {@code data.occurred_at}, when it is present and a valid ISO-8601 instant; use it to
     * order events (Wise may deliver them out of order)}
     */
    Optional<Instant> occurredAt();

    /**
     * {@return the text of {@code data.occurred_at} as sent, even when it does not parse (Wise has
     * sent values such as {@code 2024-01-01T12:24:560Z})}
     */
    Optional<String> occurredAtRaw();

    /**
     * {@return a key naming the resource this event is about, for ordering events per resource:
     * {@code card-order:<order id>} for card order events and {@code card:<card token>} for card
     * and card production events} Empty for unknown events and when the id is absent.
     */
    Optional<String> resourceKey();
}
