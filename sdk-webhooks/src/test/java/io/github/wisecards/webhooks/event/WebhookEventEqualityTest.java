package io.github.wisecards.webhooks.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.cards.model.CardOrderStatus;
import io.github.wisecards.cards.model.CardStatus;
import io.github.wisecards.kiosk.model.ProductionStatus;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Events are values: equal when every field is, unequal (and hashed apart) when one field differs,
 * and described without the raw JSON or the full card token.
 */
class WebhookEventEqualityTest {
    private static final String TOKEN = "4dc0be88-903f-49e4-8237-735f1139e3dd";
    private static final String BODY = "{\"data\":{},\"event_type\":\"x\",\"schema_version\":\"2.0.0\"}";

    private static final CardEventResource RESOURCE = CardEventResource.builder()
            .type("card")
            .profileId("123")
            .clientId("client-1")
            .cardToken(TOKEN)
            .cardProgram("VISA_DEBIT")
            .build();

    /** Asserts that {@code same} equals {@code value} and {@code other} does not. */
    private static void assertValue(Object value, Object same, Object other) {
        assertThat(same).isEqualTo(value).hasSameHashCodeAs(value);
        assertThat(other).isNotEqualTo(value).doesNotHaveSameHashCodeAs(value);
        assertThat(value).isNotEqualTo(null).isNotEqualTo("a string");
    }

    @Test
    void envelopesAreValues() {
        WebhookEnvelope envelope = WebhookEventBuildersTest.envelope().toBuilder()
                .subscriptionId("sub-1")
                .build();

        assertValue(
                envelope,
                envelope.toBuilder().build(),
                envelope.toBuilder().subscriptionId("sub-2").build());
        assertThat(envelope.subscriptionId()).contains("sub-1");
        assertThat(envelope.toString())
                .isEqualTo("WebhookEnvelope{subscriptionId=sub-1, eventType=cards#card-order-status-change,"
                        + " schemaVersion=2.0.0, sentAt=2024-01-01T12:00:00Z, deliveryId=d-1, testNotification=false}");
    }

    @Test
    void resourcesAreValuesAndMaskTheCardToken() {
        assertValue(
                RESOURCE,
                RESOURCE.toBuilder().build(),
                RESOURCE.toBuilder().cardProgram("MASTERCARD_DEBIT").build());
        assertThat(RESOURCE.toBuilder().clientId("client-2").build()).isNotEqualTo(RESOURCE);
        assertThat(RESOURCE.clientId()).contains("client-1");
        assertThat(RESOURCE.cardProgram()).contains("VISA_DEBIT");
        assertThat(RESOURCE.toString()).contains("****e3dd").doesNotContain(TOKEN);
    }

    @Test
    void aProfileIdIsANumberOnlyWhenItParsesAsOne() {
        assertThat(RESOURCE.profileIdAsLong()).isEqualTo(OptionalLong.of(123));
        assertThat(RESOURCE.toBuilder().profileId(null).build().profileIdAsLong())
                .isEmpty();
        assertThat(RESOURCE.toBuilder().profileId("p-123").build().profileIdAsLong())
                .isEmpty();
    }

    @Test
    void cardOrderStatusChangesAreValues() {
        CardOrderStatusChangeEvent event = CardOrderStatusChangeEvent.builder()
                .envelope(WebhookEventBuildersTest.envelope())
                .rawJson(BODY)
                .resource(RESOURCE)
                .orderId("142")
                .orderStatus(CardOrderStatus.PLACED)
                .build();

        assertValue(
                event,
                event.toBuilder().build(),
                event.toBuilder().orderStatus(CardOrderStatus.of("PRODUCED")).build());
    }

    @Test
    void cardProductionStatusChangesAreValues() {
        CardProductionStatusChangeEvent event = CardProductionStatusChangeEvent.builder()
                .envelope(WebhookEventBuildersTest.envelope())
                .rawJson(BODY)
                .occurredAtRaw("2024-01-01T11:59:00Z")
                .resource(RESOURCE)
                .status(ProductionStatus.PRODUCED)
                .kioskId("WIS00001")
                .errorCode("E1")
                .description("jammed")
                .build();

        assertValue(
                event,
                event.toBuilder().build(),
                event.toBuilder().kioskId("WIS00002").build());
        assertThat(event.resource()).isEqualTo(RESOURCE);
        assertThat(event.toString())
                .startsWith("CardProductionStatusChangeEvent{WebhookEnvelope{")
                .contains("status=PRODUCED", "kioskId=WIS00001", "errorCode=E1", "description=jammed")
                .contains("occurredAt=2024-01-01T11:59:00Z", "****e3dd")
                .doesNotContain(TOKEN);
    }

    @Test
    void cardStatusChangesAreValues() {
        CardStatusChangeEvent event = CardStatusChangeEvent.builder()
                .envelope(WebhookEventBuildersTest.envelope())
                .rawJson(BODY)
                .cardStatus(CardStatus.of("FROZEN"))
                .build();

        assertValue(
                event,
                event.toBuilder().build(),
                event.toBuilder().cardStatus(CardStatus.of("ACTIVE")).build());
    }

    @Test
    void unknownEventsAreValuesDescribedWithoutTheirRawJson() {
        UnknownWebhookEvent event = UnknownWebhookEvent.builder()
                .envelope(WebhookEventBuildersTest.envelope())
                .rawJson("{\"data\":{\"secret\":\"s3cr3t\"}}")
                .build();

        assertValue(
                event,
                event.toBuilder().build(),
                event.toBuilder().rawJson("{\"data\":{\"secret\":\"other\"}}").build());
        assertThat(event.toString())
                .startsWith("UnknownWebhookEvent{WebhookEnvelope{")
                .contains("eventKey=" + event.eventKey())
                .doesNotContain("s3cr3t");
    }

    @Test
    void aBuiltEventWhoseRawJsonIsNotAnObjectKeysAsAnEmptyObject() {
        String emptyObjectKey = unknown("{}").eventKey();

        assertThat(unknown("not json").eventKey()).isEqualTo(emptyObjectKey);
        assertThat(unknown("[1,2]").eventKey()).isEqualTo(emptyObjectKey);
        assertThat(unknown("{\"a\":1}").eventKey()).isNotEqualTo(emptyObjectKey);
    }

    private static UnknownWebhookEvent unknown(String rawJson) {
        return UnknownWebhookEvent.builder()
                .envelope(WebhookEventBuildersTest.envelope())
                .rawJson(rawJson)
                .build();
    }
}
