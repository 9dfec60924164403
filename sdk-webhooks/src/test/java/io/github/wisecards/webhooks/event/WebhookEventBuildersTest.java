package io.github.wisecards.webhooks.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.cards.model.CardOrderStatus;
import io.github.wisecards.cards.model.CardStatus;
import io.github.wisecards.kiosk.model.ProductionStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every public event model has builder() and toBuilder(); the key comes from the raw JSON. */
class WebhookEventBuildersTest {
    private static final String TOKEN = "4dc0be88-903f-49e4-8237-735f1139e3dd";
    private static final String BODY = "{\"data\":{\"order_status\":\"PLACED\"},\"event_type\":"
            + "\"cards#card-order-status-change\",\"schema_version\":\"2.0.0\",\"sent_at\":\"2024-01-01T12:00:00Z\"}";

    static WebhookEnvelope envelope() {
        return WebhookEnvelope.builder()
                .eventType(CardOrderStatusChangeEvent.EVENT_TYPE)
                .schemaVersion("2.0.0")
                .sentAtRaw("2024-01-01T12:00:00Z")
                .deliveryId("d-1")
                .build();
    }

    @Test
    void everyEventRoundTripsThroughItsBuilder() {
        CardEventResource resource = CardEventResource.builder()
                .type("card")
                .profileId("123")
                .cardToken(TOKEN)
                .build();
        List<WebhookEvent> events = List.of(
                CardOrderStatusChangeEvent.builder()
                        .envelope(envelope())
                        .rawJson(BODY)
                        .occurredAtRaw("2024-01-01T11:59:00Z")
                        .resource(resource)
                        .orderId("142")
                        .orderStatus(CardOrderStatus.PLACED)
                        .build(),
                CardProductionStatusChangeEvent.builder()
                        .envelope(envelope())
                        .rawJson(BODY)
                        .status(ProductionStatus.PRODUCED)
                        .kioskId("WIS00001")
                        .build(),
                CardStatusChangeEvent.builder()
                        .envelope(envelope())
                        .rawJson(BODY)
                        .cardStatus(CardStatus.of("FROZEN"))
                        .build(),
                UnknownWebhookEvent.builder().envelope(envelope()).rawJson(BODY).build());

        assertThat(((CardOrderStatusChangeEvent) events.get(0)).toBuilder().build())
                .isEqualTo(events.get(0));
        assertThat(((CardProductionStatusChangeEvent) events.get(1)).toBuilder().build())
                .isEqualTo(events.get(1));
        assertThat(((CardStatusChangeEvent) events.get(2)).toBuilder().build()).isEqualTo(events.get(2));
        assertThat(((UnknownWebhookEvent) events.get(3)).toBuilder().build()).isEqualTo(events.get(3));
        assertThat(envelope().toBuilder().build()).isEqualTo(envelope());
        assertThat(resource.toBuilder().build()).isEqualTo(resource);
        assertThat(events.get(0).occurredAt()).contains(Instant.parse("2024-01-01T11:59:00Z"));
        assertThat(events)
                .extracting(WebhookEvent::eventKey)
                .allSatisfy(
                        k -> assertThat(k).isEqualTo(events.get(3).eventKey()).startsWith(EventKeys.VERSION_PREFIX));
        assertThat(events.get(0).toString()).contains("****e3dd").doesNotContain(TOKEN);
    }

    @Test
    void builderNamesTheMissingRequiredFields() {
        assertThatThrownBy(() -> CardOrderStatusChangeEvent.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("CardOrderStatusChangeEvent: missing required envelope, rawJson");
        assertThatThrownBy(() -> CardStatusChangeEvent.builder()
                        .envelope(envelope())
                        .rawJson(BODY)
                        .build())
                .hasMessage("CardStatusChangeEvent: missing required cardStatus");
    }
}
