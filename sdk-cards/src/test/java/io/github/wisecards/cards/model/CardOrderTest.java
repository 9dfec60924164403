package io.github.wisecards.cards.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wisecards.cards.Fixtures;
import io.github.wisecards.cards.ModelJson;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CardOrderTest {

    @Test
    void nanosecondTimestampsRoundTripExactly() throws Exception {
        JsonNode fixture = Fixtures.json("card-orders/card-order.json");
        CardOrder order = Fixtures.read(fixture, CardOrder.class);

        assertThat(order.creationTime()).contains(Instant.parse("2023-07-31T01:43:24.596321434Z"));
        assertThat(order.creationTime().orElseThrow().getNano()).isEqualTo(596321434);
        assertThat(order.modificationTime().orElseThrow().getNano()).isEqualTo(596321825);
        JsonNode written = ModelJson.written(order);
        assertThat(written.get("creationTime").asText()).isEqualTo("2023-07-31T01:43:24.596321434Z");
        assertThat(written.get("modificationTime").asText()).isEqualTo("2023-07-31T01:43:24.596321825Z");
        assertThat(written).isEqualTo(Fixtures.withoutNulls(fixture));
        assertThat(Fixtures.read(written, CardOrder.class)).isEqualTo(order);
    }

    @Test
    void resourceExampleParsesEveryField() {
        CardOrder order = Fixtures.read(Fixtures.json("card-orders/card-order.json"), CardOrder.class);

        assertThat(order.status()).isSameAs(CardOrderStatus.PRODUCED);
        DeliveryDetails delivery = order.deliveryDetails().orElseThrow();
        assertThat(delivery.deliveryOption()).contains(DeliveryOption.POSTAL_SERVICE_STANDARD);
        assertThat(delivery.deliveryVendor()).isEmpty();
        assertThat(delivery.trackingUrl()).isEmpty();
        assertThat(delivery.trackingNumber()).isEmpty();
        assertThat(order.address().orElseThrow().thirdLine()).isEmpty();
        assertThat(order.toBuilder().build()).isEqualTo(order).hasSameHashCodeAs(order);
    }

    @Test
    void deliveryDetailsResourceExampleParses() {
        DeliveryDetails details = Fixtures.read(
                Fixtures.json("card-orders/delivery-details.json").get("deliveryDetails"), DeliveryDetails.class);

        assertThat(details.deliveryVendor()).contains("DHL");
        assertThat(details.trackingNumber()).contains("1999473803");
        assertThat(details.deliveryOption()).contains(DeliveryOption.POSTAL_SERVICE_WITH_TRACKING);
    }

    @Test
    void toStringMasksTheCardTokenAndLeavesOutPersonalData() {
        String s = Fixtures.read(Fixtures.json("card-orders/card-order.json"), CardOrder.class)
                .toString();

        assertThat(s)
                .contains("****e3dd")
                .doesNotContain("4dc0be88-903f")
                .doesNotContain("+441234567890")
                .doesNotContain("John Smith");
    }

    @Test
    void builderRequiresOnlyTheId() {
        assertThatThrownBy(() -> CardOrder.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("id");
        CardOrder minimal = CardOrder.builder().id(7).build();
        assertThat(minimal.status()).isEqualTo(CardOrderStatus.ABSENT);
        assertThat(minimal.profileId()).isEmpty();
        assertThat(minimal.cardProgram()).isEmpty();
    }
}
