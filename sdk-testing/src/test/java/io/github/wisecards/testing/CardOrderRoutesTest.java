package io.github.wisecards.testing;

import static io.github.wisecards.testing.SimHttp.ORDERS;
import static io.github.wisecards.testing.SimHttp.PROFILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wisecards.core.FakeClock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CardOrderRoutesTest {
    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private WiseSimulator simulator;
    private SimHttp http;

    private void start(WiseSimulator.Builder builder) {
        simulator = builder.build().start();
        http = new SimHttp(simulator);
    }

    private void start() {
        start(WiseSimulator.builder().clock(new FakeClock(NOW)));
    }

    @AfterEach
    void close() {
        simulator.close();
    }

    @Test
    void createAnswersThePlacedOrderInTheDocumentedShape() {
        start();
        SimHttp.Answer a = http.createOrder(SimHttp.kioskOrder());

        assertThat(a.code()).isEqualTo(200);
        JsonNode o = a.json();
        assertThat(o.get("id").asLong()).isEqualTo(1001L);
        assertThat(o.get("profileId").asLong()).isEqualTo(PROFILE);
        assertThat(o.get("clientId").asText()).isEqualTo("sim-client-id");
        assertThat(o.get("cardProgram").toString())
                .isEqualTo("{\"name\":\"VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API\",\"scheme\":\"VISA\","
                        + "\"defaultCurrency\":\"GBP\",\"cardType\":\"PHYSICAL\"}");
        assertThat(o.get("address").get("postCode").asText()).isEqualTo("E1 6JJ");
        assertThat(o.get("cardToken").isNull()).isTrue();
        assertThat(o.get("replacesCard").isNull()).isTrue();
        assertThat(o.get("status").asText()).isEqualTo("PLACED");
        assertThat(o.get("creationTime").asText()).isEqualTo("2025-03-01T10:00:00Z");
        assertThat(o.get("modificationTime").asText()).isEqualTo("2025-03-01T10:00:00Z");
        assertThat(o.get("cardHolderName").asText()).isEqualTo("John Smith");
        assertThat(o.get("phoneNumber").asText()).isEqualTo("+441234567890");
        assertThat(o.get("lifetimeLimit").asInt()).isEqualTo(100);
        assertThat(o.get("deliveryEstimate").asText()).isEqualTo("2025-03-08T10:00:00Z");
        assertThat(o.get("deliveryDetails").get("deliveryOption").asText()).isEqualTo("KIOSK_COLLECTION");
        assertThat(o.get("deliveryDetails").get("deliveryVendor").isNull()).isTrue();
    }

    @Test
    void sameIdempotencyKeyReturnsTheSameOrderAndCreatesNothing() {
        start();
        String key = UUID.randomUUID().toString();
        SimHttp.Answer first = http.post(ORDERS, SimHttp.kioskOrder(), "X-idempotence-uuid", key);
        SimHttp.Answer second = http.post(ORDERS, SimHttp.kioskOrder(), "X-idempotence-uuid", key);

        assertThat(second.code()).isEqualTo(200);
        assertThat(second.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(simulator.cardOrderIds(PROFILE)).hasSize(1);
        assertThat(simulator.ordersCreatedWithIdempotencyKey(key)).isEqualTo(1);
        assertThat(simulator.requests("POST", "/v3/spend/profiles/*/card-orders"))
                .hasSize(2);
    }

    @Test
    void sameIdempotencyKeyWithADifferentBodyAnswers422() {
        start();
        String key = UUID.randomUUID().toString();
        http.post(ORDERS, SimHttp.kioskOrder(), "X-idempotence-uuid", key);
        SimHttp.Answer a = http.post(ORDERS, SimHttp.virtualOrder(), "X-idempotence-uuid", key);

        assertThat(a.code()).isEqualTo(422);
        JsonNode e = a.json().get("errors").get(0);
        assertThat(e.get("code").asText()).isEqualTo("error.idempotency.key.reused");
        assertThat(e.get("path").asText()).isEqualTo("X-idempotence-uuid");
        assertThat(simulator.cardOrderIds(PROFILE)).hasSize(1);
    }

    @Test
    void createWithoutIdempotencyKeyAnswers400InWiseArrayShape() {
        start();
        SimHttp.Answer a = http.post(ORDERS, SimHttp.kioskOrder());

        assertThat(a.code()).isEqualTo(400);
        assertThat(a.json().toString())
                .isEqualTo("{\"errors\":[{\"code\":\"error.idempotency.key.missing\","
                        + "\"message\":\"The X-idempotence-uuid header is required\","
                        + "\"path\":\"X-idempotence-uuid\",\"arguments\":[]}]}");
        assertThat(simulator.cardOrderIds(PROFILE)).isEmpty();
    }

    @Test
    void createRejectsABadEmbossedNamePhoneAndAddressWithOneErrorEach() {
        start();
        String body = SimHttp.kioskOrder()
                .replace("JOHN SMITH", "A NAME LONGER THAN TWENTY-TWO")
                .replace("+441234567890", "07700900123")
                .replace("\"London\"", "\"\"");
        SimHttp.Answer a = http.createOrder(body);

        assertThat(a.code()).isEqualTo(400);
        assertThat(a.json().get("errors").findValuesAsText("path"))
                .containsExactly("embossedName", "phoneNumber", "address.city");
        assertThat(a.json().get("errors").get(0).get("message").asText())
                .isEqualTo("Must be between 1 and 22 characters");
        assertThat(a.json().get("errors").get(2).get("message").asText()).isEqualTo("Required Field");
    }

    @Test
    void createDoesNotRequireAnEmbossedNameWhichNoReferenceRequires() {
        start();
        SimHttp.Answer physical =
                http.createOrder(SimHttp.kioskOrder().replace("\"embossedName\":\"JOHN SMITH\",", ""));
        SimHttp.Answer virtual = http.createOrder(SimHttp.virtualOrder());

        assertThat(physical.code()).isEqualTo(200);
        assertThat(virtual.code()).isEqualTo(200);
        assertThat(virtual.json().get("deliveryDetails").isNull()).isTrue();
    }

    @Test
    void createWithAProgramTheProfileLacksAnswers422() {
        start(WiseSimulator.builder().cardPrograms(PROFILE, SimulatedCardProgram.VISA_VIRTUAL_GBP));
        SimHttp.Answer a = http.createOrder(SimHttp.kioskOrder());

        assertThat(a.code()).isEqualTo(422);
        assertThat(a.json().get("errors").get(0).get("code").asText()).isEqualTo("error.card.program.unavailable");
    }

    @Test
    void listPagesNewestFirstWithTheTotalCount() {
        start();
        for (int i = 0; i < 12; i++) {
            http.createdOrderId(SimHttp.virtualOrder());
        }
        JsonNode first = http.get(ORDERS).json();
        JsonNode second = http.get(ORDERS + "?pageSize=10&pageNumber=2").json();

        assertThat(first.get("totalCount").asInt()).isEqualTo(12);
        assertThat(first.get("cardOrders")).hasSize(10);
        assertThat(first.get("cardOrders").get(0).get("id").asLong()).isEqualTo(1012L);
        assertThat(second.get("cardOrders").findValuesAsText("id")).containsExactly("1002", "1001");
    }

    @Test
    void listRejectsPageSizesOutside10To100AndPageNumbersBelow1() {
        start();
        assertThat(http.get(ORDERS + "?pageSize=9").code()).isEqualTo(400);
        assertThat(http.get(ORDERS + "?pageSize=101").code()).isEqualTo(400);
        assertThat(http.get(ORDERS + "?pageSize=100").code()).isEqualTo(200);
        SimHttp.Answer a = http.get(ORDERS + "?pageNumber=0");
        assertThat(a.code()).isEqualTo(400);
        assertThat(a.json().get("errors").get(0).get("path").asText()).isEqualTo("pageNumber");
        assertThat(http.get(ORDERS + "?pageSize=ten").code()).isEqualTo(400);
    }

    @Test
    void retrieveAnswers404ForUnknownOrdersAndOtherProfilesOrders() {
        start();
        long id = http.createdOrderId(SimHttp.virtualOrder());

        assertThat(http.get(ORDERS + "/" + id).json().get("id").asLong()).isEqualTo(id);
        assertThat(http.get(ORDERS + "/999").code()).isEqualTo(404);
        assertThat(http.get("/v3/spend/profiles/1/card-orders/" + id).code()).isEqualTo(404);
        assertThat(http.get(ORDERS + "/abc").code()).isEqualTo(400);
    }

    @Test
    void availabilityListsTheProfilesPrograms() {
        start(WiseSimulator.builder().cardPrograms(7L, SimulatedCardProgram.MASTERCARD_PHYSICAL_EUR));

        assertThat(http.get(ORDERS + "/availability").json().get("cardPrograms").findValuesAsText("name"))
                .containsExactly("VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API", "VISA_DEBIT_BUSINESS_UK_1_CARDS_API");
        assertThat(http.get("/v3/spend/profiles/7/card-orders/availability")
                        .json()
                        .toString())
                .isEqualTo("{\"cardPrograms\":[{\"name\":\"MASTERCARD_DEBIT_EU_1_PHYSICAL_CARDS_API\","
                        + "\"scheme\":\"MASTERCARD\",\"defaultCurrency\":\"EUR\",\"cardType\":\"PHYSICAL\"}]}");
    }

    @Test
    void requirementsListTheOrdersRequirements() {
        start();
        long id = http.createdOrderId(SimHttp.kioskOrder());
        simulator.setRequirementStatus(id, "VERIFICATION", "PENDING");

        assertThat(http.get(ORDERS + "/" + id + "/requirements").json().toString())
                .isEqualTo("{\"requirements\":[{\"type\":\"PIN\",\"status\":\"NOT_INITIATED\"},"
                        + "{\"type\":\"VERIFICATION\",\"status\":\"PENDING\"},"
                        + "{\"type\":\"ADDRESS\",\"status\":\"COMPLETED\"}]}");
    }

    @Test
    void completingTheLastRequirementCreatesCardDetailsInTheSameCall() {
        start();
        long id = http.createdOrderId(SimHttp.kioskOrder());
        simulator.setRequirementStatus(id, "VERIFICATION", "PENDING");
        simulator.completeRequirement(id, "PIN");
        assertThat(simulator.cardOrderStatus(id)).isEqualTo("PLACED");

        simulator.completeRequirement(id, "VERIFICATION");

        JsonNode o = http.get(ORDERS + "/" + id).json();
        assertThat(o.get("status").asText()).isEqualTo("CARD_DETAILS_CREATED");
        assertThat(o.get("cardToken").asText())
                .isEqualTo(simulator.cardToken(id).orElseThrow());
        assertThat(simulator.productionStatus(o.get("cardToken").asText())).contains("READY");
        assertThat(simulator.webhooks(SimulatorState.ORDER_EVENT).stream()
                        .map(w -> w.body().replaceAll(".*\"order_status\":\"([A-Z_]+)\".*", "$1")))
                .containsExactly("PLACED", "REQUIREMENTS_FULFILLED", "CARD_DETAILS_CREATED");
    }

    @Test
    void ordersWithoutRequirementsAreFulfilledOnCreation() {
        start(WiseSimulator.builder().requirements(Map.of()));
        assertThat(http.createOrder(SimHttp.virtualOrder()).json().get("status").asText())
                .isEqualTo("CARD_DETAILS_CREATED");
    }

    @Test
    void withoutAutoCreationCardDetailsWaitForTheTest() {
        start(WiseSimulator.builder().autoCreateCardDetails(false).requirements(Map.of()));
        long id = http.createdOrderId(SimHttp.virtualOrder());
        assertThat(simulator.cardOrderStatus(id)).isEqualTo("REQUIREMENTS_FULFILLED");
        assertThat(simulator.cardToken(id)).isEmpty();

        simulator.advanceCardOrder(id, "CARD_DETAILS_CREATED");

        assertThat(simulator.cardToken(id)).isPresent();
        assertThatThrownBy(() -> simulator.advanceCardOrder(id, "PRODUCED"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot move from CARD_DETAILS_CREATED to PRODUCED");
    }

    @Test
    void cancellingAPlacedOrderAnswers202AndRepeatingItChangesNothing() {
        start();
        long id = http.createdOrderId(SimHttp.kioskOrder());

        SimHttp.Answer a = http.put(ORDERS + "/" + id + "/status", "{\"status\":\"CANCELLED\"}");
        SimHttp.Answer again = http.put(ORDERS + "/" + id + "/status", "{\"status\":\"CANCELLED\"}");

        assertThat(a.code()).isEqualTo(202);
        assertThat(a.body()).isEmpty();
        assertThat(again.code()).isEqualTo(202);
        assertThat(simulator.cardOrderStatus(id)).isEqualTo("CANCELLED");
        assertThat(simulator.webhooks(SimulatorState.CARD_EVENT)).isEmpty();
    }

    @Test
    void cancellingAnOrderWithACardBlocksTheCard() {
        start();
        long id = http.createdOrderId(SimHttp.kioskOrder());
        simulator.completeRequirement(id, "PIN");

        assertThat(http.put(ORDERS + "/" + id + "/status", "{\"status\":\"CANCELLED\"}")
                        .code())
                .isEqualTo(202);
        assertThat(simulator.webhooks(SimulatorState.CARD_EVENT))
                .singleElement()
                .satisfies(w -> assertThat(w.body()).contains("\"card_status\":\"BLOCKED\""));
    }

    @Test
    void completedAndReturnedOrdersCannotBeCancelled() {
        start(WiseSimulator.builder().requirements(Map.of()));
        long completed = http.createdOrderId(SimHttp.kioskOrder());
        simulator.advanceCardOrder(completed, "PRODUCED");
        long returned = http.createdOrderId(SimHttp.kioskOrder());
        simulator.advanceCardOrder(returned, "PRODUCED");
        simulator.advanceCardOrder(returned, "RETURNED");
        assertThat(http.put(ORDERS + "/" + completed + "/status", "{\"status\":\"COMPLETED\"}")
                        .code())
                .isEqualTo(202);

        SimHttp.Answer a = http.put(ORDERS + "/" + completed + "/status", "{\"status\":\"CANCELLED\"}");
        SimHttp.Answer b = http.put(ORDERS + "/" + returned + "/status", "{\"status\":\"CANCELLED\"}");

        assertThat(a.code()).isEqualTo(422);
        assertThat(a.json().get("errors").get(0).get("message").asText())
                .isEqualTo("Card order 1001 in status COMPLETED cannot be cancelled");
        assertThat(b.code()).isEqualTo(422);
        assertThat(simulator.cardOrderStatus(returned)).isEqualTo("RETURNED");
    }

    @Test
    void completingIsRefusedOnlyForCancelledAndCompletedOrders() {
        start();
        long placed = http.createdOrderId(SimHttp.kioskOrder());
        assertThat(http.put(ORDERS + "/" + placed + "/status", "{\"status\":\"COMPLETED\"}")
                        .code())
                .isEqualTo(202);
        assertThat(http.put(ORDERS + "/" + placed + "/status", "{\"status\":\"COMPLETED\"}")
                        .code())
                .isEqualTo(422);
        long cancelled = http.createdOrderId(SimHttp.kioskOrder());
        http.put(ORDERS + "/" + cancelled + "/status", "{\"status\":\"CANCELLED\"}");
        assertThat(http.put(ORDERS + "/" + cancelled + "/status", "{\"status\":\"COMPLETED\"}")
                        .code())
                .isEqualTo(422);
        assertThat(http.put(ORDERS + "/" + cancelled + "/status", "{\"status\":\"PRODUCED\"}")
                        .code())
                .isEqualTo(400);
    }
}
