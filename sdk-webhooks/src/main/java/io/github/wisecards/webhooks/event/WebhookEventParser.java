package io.github.wisecards.webhooks.event;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wisecards.cards.model.CardOrderStatus;
import io.github.wisecards.cards.model.CardStatus;
import io.github.wisecards.core.internal.Json;
import io.github.wisecards.kiosk.model.ProductionStatus;
import io.github.wisecards.webhooks.WebhookVerificationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a webhook body into a {@link WebhookEvent}, <strong>without verifying its
 * signature</strong>. Receiving code should call {@code WebhookVerifier.verifyAndParse(..)}.
 *
 * <p>Parsing is lenient, because Wise's payloads vary: ids may be JSON numbers or strings (both
 * give the same text), unknown fields are ignored, a timestamp that does not parse keeps its raw
 * text with an empty typed accessor, and any event type or schema version without a typed event
 * (or a known type that lacks its status field) gives an {@link UnknownWebhookEvent}. Typed
 * events are produced for schema versions {@code 2.x}. Thread-safe.
 */
public final class WebhookEventParser {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookEventParser.class);

    private WebhookEventParser() {}

    /**
     * Parses a webhook body <strong>without verifying its signature</strong>; use it only for
     * bodies whose origin is already established (for example stored after verification) or in
     * tests.
     *
     * @param rawBody the body bytes as received (UTF-8 JSON)
     * @param deliveryId the {@code X-Delivery-Id} header, or null
     * @param testNotification whether {@code X-Test-Notification} was {@code true}
     * @return the event, never null
     * @throws WebhookVerificationException with reason {@code MALFORMED_PAYLOAD} if the body is
     *     empty or not a JSON object
     */
    public static WebhookEvent parseUnverified(byte[] rawBody, String deliveryId, boolean testNotification) {
        Objects.requireNonNull(rawBody, "rawBody");
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(rawBody);
        } catch (JacksonException e) {
            throw malformed("webhook body is not valid JSON"
                    + (e.getLocation() == null
                            ? ""
                            : " (line " + e.getLocation().getLineNr() + ", column "
                                    + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            throw malformed("webhook body cannot be read as JSON");
        }
        if (!(tree instanceof ObjectNode body)) {
            throw malformed("webhook body is not a JSON object");
        }
        JsonNode data = body.path("data");
        WebhookEnvelope envelope = new WebhookEnvelope(
                text(body.get("subscription_id")),
                text(body.get("event_type")),
                text(body.get("schema_version")),
                text(body.get("sent_at")),
                deliveryId,
                testNotification);
        EventBase base = new EventBase(
                envelope, new String(rawBody, StandardCharsets.UTF_8), body, text(data.get("occurred_at")));
        WebhookEvent typed =
                data.isObject() && envelope.schemaVersion().startsWith("2.") ? typed(base, (ObjectNode) data) : null;
        if (typed != null) {
            return typed;
        }
        LOG.debug(
                "Webhook event type {} schema {} has no typed event; parsed as UnknownWebhookEvent",
                envelope.eventType(),
                envelope.schemaVersion());
        return new UnknownWebhookEvent(base);
    }

    private static WebhookEvent typed(EventBase base, ObjectNode data) {
        switch (base.envelope().eventType()) {
            case CardOrderStatusChangeEvent.EVENT_TYPE: {
                String status = text(data.get("order_status"));
                return status == null
                        ? null
                        : new CardOrderStatusChangeEvent(
                                base,
                                resource(data.get("resource")),
                                text(data.get("order_id")),
                                CardOrderStatus.of(status),
                                text(data.get("delivery_vendor")));
            }
            case CardProductionStatusChangeEvent.EVENT_TYPE: {
                String status = text(data.get("status"));
                return status == null
                        ? null
                        : new CardProductionStatusChangeEvent(
                                base,
                                resource(data.get("resource")),
                                ProductionStatus.of(status),
                                text(data.get("kiosk_id")),
                                text(data.get("error_code")),
                                text(data.get("description")));
            }
            case CardStatusChangeEvent.EVENT_TYPE: {
                String status = text(data.get("card_status"));
                return status == null
                        ? null
                        : new CardStatusChangeEvent(
                                base,
                                resource(data.get("resource")),
                                CardStatus.of(status),
                                text(data.get("changed_by")));
            }
            default:
                return null;
        }
    }

    private static CardEventResource resource(JsonNode node) {
        if (node == null || !node.isObject()) {
            return CardEventResource.empty();
        }
        JsonNode program = node.get("card_program");
        String programName = program != null && program.isObject() ? text(program.get("name")) : text(program);
        return new CardEventResource(
                text(node.get("type")),
                text(node.get("profile_id")),
                text(node.get("client_id")),
                text(node.get("card_token")),
                programName);
    }

    /** Returns a scalar's text (numbers as written, so {@code 123} and {@code "123"} agree). */
    private static String text(JsonNode node) {
        if (node == null || !node.isValueNode() || node.isNull()) {
            return null;
        }
        return node.asText();
    }

    private static WebhookVerificationException malformed(String message) {
        return new WebhookVerificationException(WebhookVerificationException.Reason.MALFORMED_PAYLOAD, message);
    }
}
