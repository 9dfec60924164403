package io.github.wisecards.testing;

import static io.github.wisecards.testing.SimHttp.ORDERS;
import static io.github.wisecards.testing.SimHttp.PROFILE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Answers the contract (contract/wise-cards.openapi.json) shapes differently from the simulator's first version. */
class SimulatorContractAnswersTest {

    @Test
    void simulationEndpointAnswers200WithoutABody() {
        try (WiseSimulator simulator = WiseSimulator.started()) {
            SimHttp http = new SimHttp(simulator);
            long id = http.createdOrderId(SimHttp.kioskOrder());
            simulator.completeRequirement(id, "PIN");
            String token = simulator.cardToken(id).orElseThrow();
            String production = "/v3/spend/profiles/" + PROFILE + "/cards/" + token + "/production";
            http.put(production, "{\"kioskId\":\"WIS00001\"}");

            SimHttp.Answer a = http.post(
                    "/v1/simulation/spend/profiles/" + PROFILE + "/cards/" + token + "/production",
                    "{\"status\":\"PRODUCED\"}");

            assertThat(a.code()).isEqualTo(200);
            assertThat(a.body()).isEmpty();
            assertThat(simulator.productionStatus(token)).contains("PRODUCED");
        }
    }

    @Test
    void cardOrderWithoutPhoneNumberOmitsItInsteadOfSendingNull() {
        try (WiseSimulator simulator = WiseSimulator.started()) {
            SimHttp http = new SimHttp(simulator);
            long id = http.createdOrderId(SimHttp.virtualOrder());

            JsonNode order = http.get(ORDERS + "/" + id).json();

            assertThat(order.has("phoneNumber")).isFalse();
        }
    }
}
