package io.github.wisecards.testing;

import static io.github.wisecards.testing.SimHttp.ORDERS;
import static io.github.wisecards.testing.SimHttp.PROFILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wisecards.core.FakeClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KioskRoutesTest {
    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final String SIMULATION = "/v1/simulation/spend/profiles/" + PROFILE + "/cards/";

    private WiseSimulator simulator;
    private SimHttp http;

    private String readyCard(WiseSimulator.Builder builder) {
        simulator = builder.clock(new FakeClock(NOW)).build().start();
        http = new SimHttp(simulator);
        long id = http.createdOrderId(SimHttp.kioskOrder());
        simulator.completeRequirement(id, "PIN");
        return simulator.cardToken(id).orElseThrow();
    }

    private static String production(String cardToken) {
        return "/v3/spend/profiles/" + PROFILE + "/cards/" + cardToken + "/production";
    }

    private SimHttp.Answer produce(String cardToken) {
        return http.put(production(cardToken), "{\"kioskId\":\"WIS00001\"}");
    }

    private SimHttp.Answer simulate(String cardToken, String body) {
        return http.post(SIMULATION + cardToken + "/production", body);
    }

    @AfterEach
    void close() {
        simulator.close();
    }

    @Test
    void aFulfilledKioskOrderIsReadyForProduction() {
        String token = readyCard(WiseSimulator.builder());

        assertThat(http.get(production(token)).json().toString())
                .isEqualTo("{\"status\":\"READY\",\"kioskId\":null,\"occurredAt\":\"2025-03-01T10:00:00Z\","
                        + "\"errorCode\":null,\"description\":\"Card ready for production\"}");
    }

    @Test
    void produceAnswersInProgressAndTheSimulationEndpointProducesTheCardAndOrder() {
        String token = readyCard(WiseSimulator.builder());

        SimHttp.Answer a = produce(token);
        assertThat(a.code()).isEqualTo(200);
        assertThat(a.json().get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(a.json().get("kioskId").asText()).isEqualTo("WIS00001");
        assertThat(a.json().get("occurredAt").asText()).isEqualTo("2025-03-01T10:00:00Z");

        SimHttp.Answer produced = simulate(token, "{\"status\":\"PRODUCED\"}");
        assertThat(produced.code()).isEqualTo(200);
        assertThat(produced.body()).isEmpty();
        assertThat(http.get(production(token)).json().get("status").asText()).isEqualTo("PRODUCED");
        long orderId = simulator.cardOrderIds(PROFILE).get(0);
        assertThat(http.get(ORDERS + "/" + orderId).json().get("status").asText())
                .isEqualTo("PRODUCED");
        assertThat(statuses(simulator.webhooks(SimulatorState.PRODUCTION_EVENT)))
                .containsExactly("READY", "IN_PROGRESS", "PRODUCED");
    }

    @Test
    void producingTwiceAnswersRequestAlreadyExists() {
        String token = readyCard(WiseSimulator.builder());
        produce(token);

        SimHttp.Answer a = produce(token);

        assertThat(a.code()).isEqualTo(422);
        assertThat(a.json().get("status").asText()).isEqualTo("REQUEST_ERROR");
        assertThat(a.json().get("errorCode").asText()).isEqualTo("REQUEST_ALREADY_EXISTS");
        assertThat(simulator.productionStatus(token)).contains("IN_PROGRESS");
    }

    @Test
    void anInjectedPrinterErrorCanBeRetried() {
        String token = readyCard(WiseSimulator.builder());
        simulator.failNextProduction("PRT_RIBBON_ENDED");
        produce(token);

        simulate(token, "{\"status\":\"PRODUCED\"}");
        JsonNode failed = http.get(production(token)).json();
        assertThat(failed.get("status").asText()).isEqualTo("PRODUCTION_ERROR");
        assertThat(failed.get("errorCode").asText()).isEqualTo("PRT_RIBBON_ENDED");
        assertThat(failed.get("description").asText()).isEqualTo("Printer error: ribbon has ended.");

        assertThat(produce(token).code()).isEqualTo(200);
        simulate(token, "{\"status\":\"PRODUCED\"}");
        assertThat(simulator.productionStatus(token)).contains("PRODUCED");
        assertThat(statuses(simulator.webhooks(SimulatorState.PRODUCTION_EVENT)))
                .containsExactly("READY", "IN_PROGRESS", "PRODUCTION_ERROR", "IN_PROGRESS", "PRODUCED");
    }

    @Test
    void theSimulationEndpointCanFailProductionWithAnErrorCode() {
        String token = readyCard(WiseSimulator.builder());
        produce(token);

        simulate(token, "{\"status\":\"PRODUCTION_ERROR\",\"errorCode\":\"PRT_NOT_REACHABLE\"}");
        JsonNode failed = http.get(production(token)).json();

        assertThat(failed.get("errorCode").asText()).isEqualTo("PRT_NOT_REACHABLE");
    }

    @Test
    void theSimulationEndpointFailsProductionWithoutAnErrorCodeAsTheContractAllows() {
        String token = readyCard(WiseSimulator.builder());
        produce(token);

        SimHttp.Answer a = simulate(token, "{\"status\":\"PRODUCTION_ERROR\"}");

        assertThat(a.code()).isEqualTo(200);
        JsonNode failed = http.get(production(token)).json();
        assertThat(failed.get("status").asText()).isEqualTo("PRODUCTION_ERROR");
        assertThat(failed.get("errorCode").asText()).isEqualTo("UNKNOWN_ERROR");
    }

    @Test
    void theSimulationEndpointRefusesAnErrorCodeWithProducedLikeTheSdk() {
        String token = readyCard(WiseSimulator.builder());
        produce(token);

        SimHttp.Answer a = simulate(token, "{\"status\":\"PRODUCED\",\"errorCode\":\"PRT_NOT_REACHABLE\"}");

        assertThat(a.code()).isEqualTo(400);
        assertThat(a.json().get("errors").get(0).get("path").asText()).isEqualTo("errorCode");
        assertThat(simulator.productionStatus(token)).contains("IN_PROGRESS");
    }

    @Test
    void anInjectedRequestErrorAnswers422WithTheProductionStatusObject() {
        String token = readyCard(WiseSimulator.builder());
        simulator.failNextProduceRequest(token, "PIN_VERIFICATION_FAILED");

        SimHttp.Answer a = produce(token);

        assertThat(a.code()).isEqualTo(422);
        assertThat(a.json().toString())
                .isEqualTo("{\"status\":\"REQUEST_ERROR\",\"kioskId\":\"WIS00001\","
                        + "\"occurredAt\":\"2025-03-01T10:00:00Z\",\"errorCode\":\"PIN_VERIFICATION_FAILED\","
                        + "\"description\":\"The PIN cannot be verified because the server is unreachable\"}");
        assertThat(produce(token).code()).isEqualTo(200);
    }

    @Test
    void unknownKiosksAndMissingKioskIdsAreRequestErrors() {
        String token = readyCard(WiseSimulator.builder().kioskIds("WIS00002"));

        assertThat(produce(token).json().get("errorCode").asText()).isEqualTo("KIOSK_ID_NOT_FOUND");
        assertThat(http.put(production(token), "{}").json().get("errorCode").asText())
                .isEqualTo("EMPTY_OR_NULL_FIELD_VALUE");
        assertThat(http.put(production(token), "{\"kioskId\":\"WIS00002\"}").code())
                .isEqualTo(200);
    }

    @Test
    void autoCompleteProductionProducesTheCardInTheProduceCall() {
        String token = readyCard(WiseSimulator.builder().autoCompleteProduction(true));

        assertThat(produce(token).json().get("status").asText()).isEqualTo("IN_PROGRESS");

        assertThat(simulator.productionStatus(token)).contains("PRODUCED");
        assertThat(simulator.cardOrderStatus(simulator.cardOrderIds(PROFILE).get(0)))
                .isEqualTo("PRODUCED");
    }

    @Test
    void theTestApiFinishesProductionLikeTheSimulationEndpoint() {
        String token = readyCard(WiseSimulator.builder());
        assertThatThrownBy(() -> simulator.completeProduction(token))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sent to production first");
        produce(token);

        simulator.failProduction(token, "PRD_FEEDER_JAM");
        assertThat(simulator.productionStatus(token)).contains("PRODUCTION_ERROR");
        produce(token);
        simulator.completeProduction(token);
        assertThat(simulator.productionStatus(token)).contains("PRODUCED");
    }

    @Test
    void simulatingBeforeProducingAnswers422() {
        String token = readyCard(WiseSimulator.builder());
        SimHttp.Answer a = simulate(token, "{\"status\":\"PRODUCED\"}");

        assertThat(a.code()).isEqualTo(422);
        assertThat(a.json().get("errors").get(0).get("code").asText()).isEqualTo("error.card.production.status");
    }

    @Test
    void unknownCardsAnswer404AndNonKioskCards422() {
        readyCard(WiseSimulator.builder());
        long virtual = http.createdOrderId(SimHttp.virtualOrder());
        simulator.completeAllRequirements(virtual);

        assertThat(http.get(production("00000000-0000-4000-8000-000000000000")).code())
                .isEqualTo(404);
        assertThat(http.get(production(simulator.cardToken(virtual).orElseThrow()))
                        .code())
                .isEqualTo(422);
    }

    @Test
    void producingACancelledOrdersCardIsARequestError() {
        String token = readyCard(WiseSimulator.builder());
        long id = simulator.cardOrderIds(PROFILE).get(0);
        http.put(ORDERS + "/" + id + "/status", "{\"status\":\"CANCELLED\"}");

        assertThat(produce(token).code()).isEqualTo(422);
        assertThat(simulator.productionStatus(token)).contains("READY");
    }

    private static List<String> statuses(List<SentWebhook> events) {
        return events.stream()
                .map(w -> w.body().replaceAll(".*\"status\":\"([A-Z_]+)\".*", "$1"))
                .toList();
    }
}
