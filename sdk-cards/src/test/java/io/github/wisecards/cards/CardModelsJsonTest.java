package io.github.wisecards.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.cards.model.CardOrderCreateParams;
import io.github.wisecards.cards.model.CardOrderRequirements;
import io.github.wisecards.cards.model.CardOrderStatus;
import io.github.wisecards.cards.model.CardProgram;
import io.github.wisecards.cards.model.DeliveryDetails;
import io.github.wisecards.cards.model.DeliveryOption;
import io.github.wisecards.cards.model.EncryptingKey;
import io.github.wisecards.cards.model.PinPresetResult;
import io.github.wisecards.cards.model.ReplacementDetails;
import io.github.wisecards.cards.model.ReplacementReason;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The card models' one decoding path: unknown fields ignored, values kept, one toString rule. */
class CardModelsJsonTest {

    /** Adds unknown fields of every JSON shape to each object of {@code node}, at every depth. */
    static JsonNode withUnknownFields(JsonNode node) {
        JsonNode copy = node.deepCopy();
        sprinkle(copy);
        return copy;
    }

    private static void sprinkle(JsonNode node) {
        if (node instanceof ObjectNode o) {
            Iterator<JsonNode> it = o.elements();
            it.forEachRemaining(CardModelsJsonTest::sprinkle);
            o.putObject("futureObject").putArray("nested").addObject().put("cardToken", "x");
            o.putArray("futureList").add(1).addArray();
            o.put("futureText", "t");
            o.put("futureNumber", 1.5);
            o.putNull("futureNull");
        } else if (node instanceof ArrayNode a) {
            a.forEach(CardModelsJsonTest::sprinkle);
        }
    }

    @Test
    void unknownFieldsAreIgnoredInEveryCardModel() {
        Map<Class<?>, JsonNode> samples = Map.of(
                CardOrder.class, Fixtures.json("card-orders/card-order.json"),
                Address.class, Fixtures.json("address/br.json").get("address"),
                CardProgram.class, Fixtures.json("card-orders/card-order.json").get("cardProgram"),
                DeliveryDetails.class,
                        Fixtures.json("card-orders/delivery-details.json").get("deliveryDetails"),
                CardOrderRequirements.class,
                        Fixtures.parse("{\"requirements\":[{\"type\":\"PIN\",\"status\":\"NOT_INITIATED\"}]}"),
                EncryptingKey.class, Fixtures.parse("{\"version\":2,\"key\":\"MIIB\"}"),
                PinPresetResult.class, Fixtures.parse("{\"cardOrderId\":\"142\"}"));

        samples.forEach((type, json) -> assertThat((Object) Fixtures.read(withUnknownFields(json), type))
                .as(type.getSimpleName())
                .isEqualTo(Fixtures.read(json, type)));
    }

    @Test
    void unknownEnumValuesKeepTheServersRawString() {
        CardOrder order = Fixtures.read(
                Fixtures.parse("{\"id\":1,\"status\":\"ON_HOLD\",\"cardProgram\":{\"scheme\":\"AMEX\"},"
                        + "\"deliveryDetails\":{\"deliveryOption\":\"DRONE\"}}"),
                CardOrder.class);

        assertThat(order.status().raw()).isEqualTo("ON_HOLD");
        assertThat(order.status().value()).isEqualTo(CardOrderStatus.Value.UNKNOWN);
        assertThat(order.cardProgram().orElseThrow().scheme().raw()).isEqualTo("AMEX");
        assertThat(order.deliveryDetails().orElseThrow().deliveryOption())
                .hasValueSatisfying(o -> assertThat(o.raw()).isEqualTo("DRONE"));
    }

    @Test
    void everyCardModelHasABuilderThatRoundTrips() {
        CardOrder order = Fixtures.read(Fixtures.json("card-orders/card-order.json"), CardOrder.class);
        List<Object> models = List.of(
                order,
                order.address().orElseThrow(),
                order.cardProgram().orElseThrow(),
                order.deliveryDetails().orElseThrow(),
                EncryptingKey.builder().version(2).key("MIIB").build(),
                PinPresetResult.builder().cardOrderId("142").build(),
                ReplacementDetails.of("4a75fdb7-5791-49ac-832c-81c4347e4df0", ReplacementReason.CARD_DAMAGED));

        assertThat(order.toBuilder().build()).isEqualTo(order);
        assertThat(order.address().orElseThrow().toBuilder().build()).isEqualTo(models.get(1));
        assertThat(order.cardProgram().orElseThrow().toBuilder().build()).isEqualTo(models.get(2));
        assertThat(order.deliveryDetails().orElseThrow().toBuilder().build()).isEqualTo(models.get(3));
        assertThat(((EncryptingKey) models.get(4)).toBuilder().build()).isEqualTo(models.get(4));
        assertThat(((PinPresetResult) models.get(5)).toBuilder().build()).isEqualTo(models.get(5));
        assertThat(((ReplacementDetails) models.get(6)).toBuilder().build()).isEqualTo(models.get(6));
    }

    @Test
    void paramsAndModelsMaskPersonalDataByOneRule() {
        CardOrder order = Fixtures.read(
                Fixtures.parse("{\"id\":142,\"status\":\"PLACED\",\"cardHolderName\":\"John Smith\","
                        + "\"phoneNumber\":\"+441234567890\",\"cardToken\":\"4dc0be88-903f-49e4-8237-735f1139e3dd\","
                        + "\"address\":{\"firstLine\":\"56 Shoreditch High St\",\"postCode\":\"E1 6JJ\","
                        + "\"city\":\"London\",\"country\":\"GB\"},"
                        + "\"deliveryDetails\":{\"trackingNumber\":\"1999473803\",\"deliveryVendor\":\"DHL\"}}"),
                CardOrder.class);
        CardOrderCreateParams params = CardOrderCreateParams.builder()
                .program("VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API")
                .cardHolderName("John Smith")
                .embossedName("JOHN SMITH")
                .phoneNumber("+441234567890")
                .address(order.address().orElseThrow())
                .deliveryOption(DeliveryOption.KIOSK_COLLECTION)
                .replacementDetails(
                        ReplacementDetails.of("4dc0be88-903f-49e4-8237-735f1139e3dd", ReplacementReason.CARD_DAMAGED))
                .build();

        for (String s : List.of(order.toString(), params.toString())) {
            assertThat(s)
                    .doesNotContain("John Smith", "JOHN SMITH", "+441234567890", "Shoreditch", "E1 6JJ", "London")
                    .doesNotContain("4dc0be88-903f", "1999473803")
                    .contains("cardHolderName=[MASKED]", "phoneNumber=[MASKED]", "****e3dd")
                    .contains("Address{firstLine=[MASKED], postCode=[MASKED], city=[MASKED], country=GB}");
        }
        assertThat(order.toString()).contains("id=142", "status=PLACED", "deliveryVendor=DHL");
        assertThat(params.toString())
                .contains("program=VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API", "deliveryOption=KIOSK_COLLECTION");
    }
}
