package io.github.wisecards.webhooks;

import com.fasterxml.jackson.core.JacksonException;
import io.github.wisecards.cards.model.CardOrderStatus;
import io.github.wisecards.cards.model.CardStatus;
import io.github.wisecards.core.internal.JsonReader;
import io.github.wisecards.core.internal.MalformedJsonException;
import io.github.wisecards.kiosk.model.ProductionStatus;
import io.github.wisecards.webhooks.event.CardEventResource;
import io.github.wisecards.webhooks.event.CardOrderStatusChangeEvent;
import io.github.wisecards.webhooks.event.CardProductionStatusChangeEvent;
import io.github.wisecards.webhooks.event.CardStatusChangeEvent;
import io.github.wisecards.webhooks.event.UnknownWebhookEvent;
import io.github.wisecards.webhooks.event.WebhookEnvelope;
import io.github.wisecards.webhooks.event.WebhookEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a webhook body into a {@link WebhookEvent}, <strong>without verifying its
 * signature</strong>: {@link WebhookVerifier} calls it after verification, and its {@code
 * parseUnverified} is the public entry point for bodies verified earlier.
 *
 * <p>Streams the body once with the SDK's {@link JsonReader} into the events' builders. Parsing is
 * lenient, because Wise's payloads vary: ids may be JSON numbers or strings (both give the text as
 * written), unknown fields are ignored, a field of an unexpected shape reads as absent, a
 * timestamp that does not parse keeps its raw text with an empty typed accessor, and any event
 * type or schema version without a typed event (or a known type that lacks its status field)
 * gives an {@link UnknownWebhookEvent}. Typed events are produced for schema versions {@code
 * 2.x}. Thread-safe.
 */
final class WebhookEventParser {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookEventParser.class);

    /** The fields of {@code data} any typed event reads, whatever the event type. */
    private static final class Data {
        boolean present;
        String occurredAt;
        CardEventResource resource = CardEventResource.builder().build();
        String orderId;
        String orderStatus;
        String deliveryVendor;
        String status;
        String kioskId;
        String errorCode;
        String description;
        String cardStatus;
        String changedBy;
    }

    private WebhookEventParser() {}

    /**
     * Parses a webhook body <strong>without verifying its signature</strong>.
     *
     * @param rawBody the body bytes as received (UTF-8 JSON)
     * @param deliveryId the {@code X-Delivery-Id} header, or null
     * @param testNotification whether {@code X-Test-Notification} was {@code true}
     * @return the event, never null
     * @throws WebhookVerificationException with reason {@code MALFORMED_PAYLOAD} if the body is
     *     empty or not a JSON object
     */
    static WebhookEvent parseUnverified(byte[] rawBody, String deliveryId, boolean testNotification) {
        Objects.requireNonNull(rawBody, "rawBody");
        WebhookEnvelope.Builder envelope =
                WebhookEnvelope.builder().deliveryId(deliveryId).testNotification(testNotification);
        Data data;
        try {
            data = JsonReader.read(rawBody, in -> readBody(in, envelope));
        } catch (JacksonException e) {
            throw malformed("webhook body is not valid JSON"
                    + (e.getLocation() == null
                            ? ""
                            : " (line " + e.getLocation().getLineNr() + ", column "
                                    + e.getLocation().getColumnNr() + ")"));
        } catch (MalformedJsonException e) {
            throw malformed("webhook body is not a JSON object");
        } catch (IOException e) {
            throw malformed("webhook body cannot be read as JSON");
        }
        WebhookEnvelope env = envelope.build();
        String rawJson = new String(rawBody, StandardCharsets.UTF_8);
        WebhookEvent typed = data.present && env.schemaVersion().startsWith("2.") ? typed(env, rawJson, data) : null;
        if (typed != null) {
            return typed;
        }
        LOG.debug(
                "Webhook event type {} schema {} has no typed event; parsed as UnknownWebhookEvent",
                env.eventType(),
                env.schemaVersion());
        return UnknownWebhookEvent.builder()
                .envelope(env)
                .rawJson(rawJson)
                .occurredAtRaw(data.occurredAt)
                .build();
    }

    private static Data readBody(JsonReader in, WebhookEnvelope.Builder envelope) throws IOException {
        Data data = new Data();
        for (String f; (f = in.nextField()) != null; ) {
            switch (f) {
                case "subscription_id" -> envelope.subscriptionId(in.scalarText());
                case "event_type" -> envelope.eventType(in.scalarText());
                case "schema_version" -> envelope.schemaVersion(in.scalarText());
                case "sent_at" -> envelope.sentAtRaw(in.scalarText());
                case "data" -> {
                    if (in.isObject()) {
                        readData(in, data);
                    } else {
                        in.skipValue();
                    }
                }
                default -> in.skipValue();
            }
        }
        return data;
    }

    private static void readData(JsonReader in, Data data) throws IOException {
        data.present = true;
        for (String f; (f = in.nextField()) != null; ) {
            switch (f) {
                case "occurred_at" -> data.occurredAt = in.scalarText();
                case "resource" -> {
                    if (in.isObject()) {
                        data.resource = resource(in);
                    } else {
                        in.skipValue();
                    }
                }
                case "order_id" -> data.orderId = in.scalarText();
                case "order_status" -> data.orderStatus = in.scalarText();
                case "delivery_vendor" -> data.deliveryVendor = in.scalarText();
                case "status" -> data.status = in.scalarText();
                case "kiosk_id" -> data.kioskId = in.scalarText();
                case "error_code" -> data.errorCode = in.scalarText();
                case "description" -> data.description = in.scalarText();
                case "card_status" -> data.cardStatus = in.scalarText();
                case "changed_by" -> data.changedBy = in.scalarText();
                default -> in.skipValue();
            }
        }
    }

    private static CardEventResource resource(JsonReader in) throws IOException {
        CardEventResource.Builder b = CardEventResource.builder();
        for (String f; (f = in.nextField()) != null; ) {
            switch (f) {
                case "type" -> b.type(in.scalarText());
                case "profile_id" -> b.profileId(in.scalarText());
                case "client_id" -> b.clientId(in.scalarText());
                case "card_token" -> b.cardToken(in.scalarText());
                case "card_program" -> b.cardProgram(in.isObject() ? programName(in) : in.scalarText());
                default -> in.skipValue();
            }
        }
        return b.build();
    }

    /** {@code card_program} sent as an object: its {@code name}. */
    private static String programName(JsonReader in) throws IOException {
        String name = null;
        for (String f; (f = in.nextField()) != null; ) {
            if (f.equals("name")) {
                name = in.scalarText();
            } else {
                in.skipValue();
            }
        }
        return name;
    }

    private static WebhookEvent typed(WebhookEnvelope envelope, String rawJson, Data data) {
        switch (envelope.eventType()) {
            case CardOrderStatusChangeEvent.EVENT_TYPE:
                return data.orderStatus == null
                        ? null
                        : CardOrderStatusChangeEvent.builder()
                                .envelope(envelope)
                                .rawJson(rawJson)
                                .occurredAtRaw(data.occurredAt)
                                .resource(data.resource)
                                .orderId(data.orderId)
                                .orderStatus(CardOrderStatus.of(data.orderStatus))
                                .deliveryVendor(data.deliveryVendor)
                                .build();
            case CardProductionStatusChangeEvent.EVENT_TYPE:
                return data.status == null
                        ? null
                        : CardProductionStatusChangeEvent.builder()
                                .envelope(envelope)
                                .rawJson(rawJson)
                                .occurredAtRaw(data.occurredAt)
                                .resource(data.resource)
                                .status(ProductionStatus.of(data.status))
                                .kioskId(data.kioskId)
                                .errorCode(data.errorCode)
                                .description(data.description)
                                .build();
            case CardStatusChangeEvent.EVENT_TYPE:
                return data.cardStatus == null
                        ? null
                        : CardStatusChangeEvent.builder()
                                .envelope(envelope)
                                .rawJson(rawJson)
                                .occurredAtRaw(data.occurredAt)
                                .resource(data.resource)
                                .cardStatus(CardStatus.of(data.cardStatus))
                                .changedBy(data.changedBy)
                                .build();
            default:
                return null;
        }
    }

    private static WebhookVerificationException malformed(String message) {
        return new WebhookVerificationException(WebhookVerificationException.Reason.MALFORMED_PAYLOAD, message);
    }
}
