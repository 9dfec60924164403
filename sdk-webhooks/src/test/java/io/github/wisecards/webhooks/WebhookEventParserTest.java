package io.github.wisecards.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.cards.model.CardOrderStatus;
import io.github.wisecards.cards.model.CardStatus;
import io.github.wisecards.kiosk.model.ProductionErrorCode;
import io.github.wisecards.kiosk.model.ProductionStatus;
import io.github.wisecards.kiosk.model.RequestErrorCode;
import io.github.wisecards.testing.WebhookSigner;
import io.github.wisecards.webhooks.event.CardOrderStatusChangeEvent;
import io.github.wisecards.webhooks.event.CardProductionStatusChangeEvent;
import io.github.wisecards.webhooks.event.CardStatusChangeEvent;
import io.github.wisecards.webhooks.event.UnknownWebhookEvent;
import io.github.wisecards.webhooks.event.WebhookEnvelope;
import io.github.wisecards.webhooks.event.WebhookEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookEventParserTest {
    private static final String TOKEN = "4dc0be88-903f-49e4-8237-735f1139e3dd";

    @Test
    void parsesCardOrderStatusChangeWithStringIds() {
        WebhookEvent event = parse("card-order-status-change.json", "delivery-1");

        assertThat(event).isInstanceOf(CardOrderStatusChangeEvent.class);
        CardOrderStatusChangeEvent e = (CardOrderStatusChangeEvent) event;
        assertThat(e.eventType()).isEqualTo("cards#card-order-status-change");
        assertThat(e.orderId()).contains("1001L");
        assertThat(e.orderStatus()).isSameAs(CardOrderStatus.PRODUCED);
        assertThat(e.deliveryVendor()).contains("DHL");
        assertThat(e.occurredAt()).contains(Instant.parse("2024-01-01T12:24:56.123Z"));
        assertThat(e.resourceKey()).contains("card-order:1001L");
        assertThat(e.resource().type()).contains("card-order");
        assertThat(e.resource().profileId()).contains("123456");
        assertThat(e.resource().profileIdAsLong()).hasValue(123456L);
        assertThat(e.resource().clientId()).contains("example-client");
        assertThat(e.resource().cardToken()).contains(TOKEN);
        assertThat(e.resource().cardProgram()).contains("VISA_DEBIT_BUSINESS_UK_1_CARDS_API");

        WebhookEnvelope envelope = e.envelope();
        assertThat(envelope.subscriptionId()).contains("01234567-89ab-cdef-0123-456789abcdef");
        assertThat(envelope.schemaVersion()).isEqualTo("2.0.0");
        assertThat(envelope.sentAt()).contains(Instant.parse("2024-01-01T12:24:57Z"));
        assertThat(envelope.sentAtRaw()).contains("2024-01-01T12:24:57.000Z");
        assertThat(envelope.deliveryId()).contains("delivery-1");
        assertThat(envelope.testNotification()).isFalse();
        assertThat(e.rawJson())
                .isEqualTo(new String(Fixtures.bytes("card-order-status-change.json"), StandardCharsets.UTF_8));
    }

    @Test
    void parsesNumericIdsAsTheSameTextAndIgnoresUnknownFields() {
        CardOrderStatusChangeEvent e =
                (CardOrderStatusChangeEvent) parse("card-order-status-change-numeric-ids.json", null);

        assertThat(e.orderId()).contains("1001");
        assertThat(e.resource().profileId()).contains("123456");
        assertThat(e.resource().profileIdAsLong()).hasValue(123456L);
        assertThat(e.resource().cardProgram()).contains("VISA_DEBIT_BUSINESS_UK_1_CARDS_API");
        assertThat(e.orderStatus().value()).isEqualTo(CardOrderStatus.Value.COMPLETED);
        assertThat(e.deliveryVendor()).isEmpty();
        assertThat(e.envelope().deliveryId()).isEmpty();
    }

    @Test
    void parsesCardProductionStatusChangeWithItsProductionErrorCode() {
        CardProductionStatusChangeEvent e =
                (CardProductionStatusChangeEvent) parse("card-production-status-change.json", "d");

        assertThat(e.status()).isSameAs(ProductionStatus.PRODUCTION_ERROR);
        assertThat(e.kioskId()).contains("WIS00001");
        assertThat(e.errorCode()).contains(ProductionErrorCode.of("PRT_RIBBON_MISSING"));
        assertThat(e.errorCode().orElseThrow().value()).isEqualTo(ProductionErrorCode.Value.PRT_RIBBON_MISSING);
        assertThat(e.errorCodeRaw()).contains("PRT_RIBBON_MISSING");
        assertThat(e.description()).contains("Printer error: ribbon is missing.");
        assertThat(e.occurredAt()).contains(Instant.parse("2024-01-01T12:24:56.121Z"));
        assertThat(e.resourceKey()).contains("card:" + TOKEN);
    }

    @Test
    void productionErrorCodeCanBeReadAsARequestErrorCode() {
        byte[] body = new String(Fixtures.bytes("card-production-status-change.json"), StandardCharsets.UTF_8)
                .replace("PRODUCTION_ERROR", "REQUEST_ERROR")
                .replace("PRT_RIBBON_MISSING", "KIOSK_ID_NOT_FOUND")
                .getBytes(StandardCharsets.UTF_8);
        CardProductionStatusChangeEvent e =
                (CardProductionStatusChangeEvent) WebhookEventParser.parseUnverified(body, null, false);
        assertThat(e.status()).isSameAs(ProductionStatus.REQUEST_ERROR);
        assertThat(e.requestErrorCode()).contains(RequestErrorCode.of("KIOSK_ID_NOT_FOUND"));
        assertThat(e.requestErrorCode().orElseThrow().value()).isEqualTo(RequestErrorCode.Value.KIOSK_ID_NOT_FOUND);
    }

    @Test
    void nullErrorCodeAndKioskIdAreEmpty() {
        CardProductionStatusChangeEvent e =
                (CardProductionStatusChangeEvent) parse("card-production-status-change-ready.json", "d");
        assertThat(e.status()).isSameAs(ProductionStatus.READY);
        assertThat(e.kioskId()).isEmpty();
        assertThat(e.errorCode()).isEmpty();
        assertThat(e.requestErrorCode()).isEmpty();
        assertThat(e.description()).contains("Card ready for production");
    }

    @Test
    void parsesCardStatusChange() {
        CardStatusChangeEvent e = (CardStatusChangeEvent) parse("card-status-change.json", "d");
        assertThat(e.cardStatus()).isSameAs(CardStatus.FROZEN);
        assertThat(e.changedBy()).contains("PARTNER");
        assertThat(e.resource().profileId()).contains("123456");
        assertThat(e.resourceKey()).contains("card:" + TOKEN);
    }

    @Test
    void malformedTimestampKeepsItsRawTextAndAnUnknownStatusKeepsItsString() {
        CardStatusChangeEvent e = (CardStatusChangeEvent) parse("card-status-change-malformed-timestamp.json", "d");
        assertThat(e.occurredAt()).isEmpty();
        assertThat(e.occurredAtRaw()).contains("2024-01-01T12:24:560Z");
        assertThat(e.envelope().sentAt()).isEmpty();
        assertThat(e.envelope().sentAtRaw()).contains("2024-01-01T12:24:560Z");
        assertThat(e.cardStatus().value()).isEqualTo(CardStatus.Value.UNKNOWN);
        assertThat(e.cardStatus().raw()).isEqualTo("SHREDDED_BY_SQUIRREL");
    }

    @Test
    void schemaVersion4ParsesAsUnknownWithTheRawJson() {
        WebhookEvent event = parse("card-status-change-schema-4.json", "d");
        assertThat(event).isInstanceOf(UnknownWebhookEvent.class);
        assertThat(event.eventType()).isEqualTo("cards#card-status-change");
        assertThat(event.envelope().schemaVersion()).isEqualTo("4.0.0");
        assertThat(event.rawJson()).contains("\"value\": \"ACTIVE\"");
        assertThat(event.occurredAt()).contains(Instant.parse("2024-01-01T12:24:56.123Z"));
        assertThat(event.resourceKey()).isEmpty();
    }

    @Test
    void unknownEventTypeParsesAsUnknown() {
        WebhookEvent event = parse("transaction-state-change.json", "d");
        assertThat(event).isInstanceOf(UnknownWebhookEvent.class);
        assertThat(event.eventType()).isEqualTo("cards#transaction-state-change");
    }

    @Test
    void knownTypeMissingItsStatusOrDataParsesAsUnknownInsteadOfFailing() {
        assertThat(parseText("{\"event_type\":\"cards#card-status-change\",\"schema_version\":\"2.0.0\","
                        + "\"data\":{\"occurred_at\":\"2024-01-01T00:00:00Z\"}}"))
                .isInstanceOf(UnknownWebhookEvent.class);
        assertThat(parseText("{\"event_type\":\"cards#card-order-status-change\",\"schema_version\":\"2.0.0\","
                        + "\"data\":[1,2]}"))
                .isInstanceOf(UnknownWebhookEvent.class);
        WebhookEvent empty = parseText("{}");
        assertThat(empty).isInstanceOf(UnknownWebhookEvent.class);
        assertThat(empty.eventType()).isEmpty();
        assertThat(empty.envelope().subscriptionId()).isEmpty();
    }

    @Test
    void minorSchemaVersionsOfVersion2AreTyped() {
        assertThat(parseText("{\"event_type\":\"cards#card-status-change\",\"schema_version\":\"2.1.0\","
                        + "\"data\":{\"card_status\":\"ACTIVE\"}}"))
                .isInstanceOf(CardStatusChangeEvent.class);
    }

    @Test
    void testNotificationFlagAndDeliveryIdComeFromTheHeaders() {
        byte[] body = Fixtures.bytes("card-status-change.json");
        WebhookSigner signer = WebhookSigner.generate();
        WebhookVerifier verifier =
                WebhookVerifier.builder().addTrustedKey(signer.publicKey()).build();
        Map<String, String> headers = SignedHeaders.testNotification(signer, body);
        WebhookEvent event = verifier.verifyAndParse(WebhookHeaders.of(headers), body);
        assertThat(event.envelope().testNotification()).isTrue();
        assertThat(event.envelope().deliveryId()).contains(headers.get("X-Delivery-Id"));

        WebhookHeaders lowerCase = WebhookHeaders.ofMultiValue(
                Map.of("x-test-notification", java.util.List.of("TRUE"), "x-delivery-id", java.util.List.of("abc")));
        assertThat(lowerCase.testNotification()).isTrue();
        assertThat(lowerCase.deliveryId()).contains("abc");
        assertThat(WebhookHeaders.from(name -> null).testNotification()).isFalse();
    }

    @Test
    void eventKeyIgnoresSentAtSubscriptionAndWhitespaceButNotData() {
        String original = new String(Fixtures.bytes("card-order-status-change.json"), StandardCharsets.UTF_8);
        String key = parseText(original).eventKey();
        assertThat(key).startsWith("v1:").hasSize(3 + 64);

        String redelivered = original.replace("2024-01-01T12:24:57.000Z", "2024-01-03T00:00:00Z")
                .replace("01234567-89ab-cdef-0123-456789abcdef", "another-subscription");
        assertThat(parseText(redelivered).eventKey()).isEqualTo(key);
        assertThat(parseText(original.replaceAll("\\s+", "")).eventKey()).isEqualTo(key);

        assertThat(parseText(original.replace("PRODUCED", "COMPLETED")).eventKey())
                .isNotEqualTo(key);
        assertThat(parseText(original.replace("12:24:56.123Z", "12:24:56.124Z")).eventKey())
                .isNotEqualTo(key);
        assertThat(parseText(original.replace("card-order-status-change", "card-status-change"))
                        .eventKey())
                .isNotEqualTo(key);
    }

    @Test
    void eventKeyIsTheSha256OfTheCanonicalBody() {
        String body = "{\"event_type\":\"x#y\",\"data\":{\"b\":[1,{\"z\":true,\"a\":null}],\"a\":\"q\"},"
                + "\"sent_at\":\"s\",\"subscription_id\":\"t\",\"n\":[]}";

        // canonical: {"data":{"a":"q","b":[1,{"a":null,"z":true}]},"event_type":"x#y","n":[]}
        assertThat(parseText(body).eventKey())
                .isEqualTo("v1:d8cebd51720cd01f87cadc0b22dadde8714f800c0ee4c692f193d60e98c7fa66");
    }

    @Test
    void aRedeliveryWithFieldsInAnotherOrderAtAnyDepthHasTheSameEventKey() {
        String original = "{\"event_type\":\"cards#card-status-change\",\"schema_version\":\"2.0.0\","
                + "\"data\":{\"resource\":{\"type\":\"card\",\"id\":\"1\"},\"list\":[{\"a\":1,\"b\":2}]},"
                + "\"sent_at\":\"2024-01-01T00:00:00Z\"}";
        String reordered = "{\"sent_at\":\"2024-01-02T00:00:00Z\",\"data\":{\"list\":[{\"b\":2,\"a\":1}],"
                + "\"resource\":{\"id\":\"1\",\"type\":\"card\"}},\"schema_version\":\"2.0.0\","
                + "\"event_type\":\"cards#card-status-change\"}";

        assertThat(parseText(reordered).eventKey())
                .isEqualTo(parseText(original).eventKey());
    }

    @Test
    void arrayOrderAndNestedSentAtAreSignificantInTheEventKey() {
        String key = parseText("{\"data\":{\"list\":[1,2],\"sent_at\":\"a\"}}").eventKey();

        assertThat(parseText("{\"data\":{\"list\":[2,1],\"sent_at\":\"a\"}}").eventKey())
                .isNotEqualTo(key);
        assertThat(parseText("{\"data\":{\"list\":[12],\"sent_at\":\"a\"}}").eventKey())
                .isNotEqualTo(key);
        // only the top-level sent_at is left out: a nested one is data
        assertThat(parseText("{\"data\":{\"list\":[1,2],\"sent_at\":\"b\"}}").eventKey())
                .isNotEqualTo(key);
    }

    @Test
    void invalidJsonIsMalformedWithItsLineAndColumnButNeverItsText() {
        assertThatThrownBy(() -> parseText("{\n  \"data\": secretvalue}"))
                .isInstanceOfSatisfying(
                        WebhookVerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(WebhookVerificationException.Reason.MALFORMED_PAYLOAD))
                .hasMessageContaining("not valid JSON (line 2, column")
                .hasMessageNotContaining("secretvalue");
    }

    @Test
    void unknownFieldsOfAnyShapeInTheResourceAndCardProgramAreSkipped() {
        String body = "{\"data\":{\"resource\":{\"extra\":{\"type\":\"no\",\"list\":[1,{\"type\":\"no\"}]},"
                + "\"type\":\"card\",\"card_program\":{\"id\":{\"name\":\"no\"},\"tags\":[\"no\"],"
                + "\"name\":\"VISA_DEBIT\",\"after\":{\"name\":\"no\"}},\"card_token\":\"" + TOKEN + "\"},"
                + "\"card_status\":\"FROZEN\"},\"event_type\":\"cards#card-status-change\",\"schema_version\":\"2.0.0\"}";

        CardStatusChangeEvent e = (CardStatusChangeEvent) parseText(body);
        assertThat(e.resource().type()).contains("card");
        assertThat(e.resource().cardProgram()).contains("VISA_DEBIT");
        assertThat(e.resource().cardToken()).contains(TOKEN);
        assertThat(e.cardStatus()).isEqualTo(CardStatus.FROZEN);
    }

    @Test
    void aResourceThatIsNotAnObjectIsSkippedAndTheRestOfTheEventRead() {
        String body = "{\"data\":{\"resource\":[{\"card_status\":\"ACTIVE\"},\"x\"],\"card_status\":\"FROZEN\"},"
                + "\"event_type\":\"cards#card-status-change\",\"schema_version\":\"2.0.0\"}";

        CardStatusChangeEvent e = (CardStatusChangeEvent) parseText(body);
        assertThat(e.cardStatus()).isEqualTo(CardStatus.FROZEN);
        assertThat(e.resource().type()).isEmpty();
    }

    @Test
    void toStringMasksTheCardTokenAndLeavesOutTheRawJson() {
        for (String fixture : new String[] {
            "card-order-status-change.json",
            "card-production-status-change.json",
            "card-status-change.json",
            "transaction-state-change.json"
        }) {
            WebhookEvent event = parse(fixture, "d");
            assertThat(event.toString()).as(fixture).doesNotContain(TOKEN).doesNotContain("903f");
        }
        assertThat(parse("card-status-change.json", "d").toString()).contains("****e3dd");
    }

    @Test
    void eventsEqualByValue() {
        assertThat(parse("card-status-change.json", "d")).isEqualTo(parse("card-status-change.json", "d"));
        assertThat(parse("card-status-change.json", "d")).isNotEqualTo(parse("card-status-change.json", "e"));
        assertThat(parse("transaction-state-change.json", "d"))
                .isEqualTo(parse("transaction-state-change.json", "d"))
                .hasSameHashCodeAs(parse("transaction-state-change.json", "d"));
    }

    private static WebhookEvent parse(String fixture, String deliveryId) {
        return WebhookEventParser.parseUnverified(Fixtures.bytes(fixture), deliveryId, false);
    }

    private static WebhookEvent parseText(String json) {
        return WebhookEventParser.parseUnverified(json.getBytes(StandardCharsets.UTF_8), null, false);
    }
}
