package io.github.wisecards.testing;

import static io.github.wisecards.testing.SimHttp.PROFILE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The standalone simulator's admin API, in this JVM (WiseSimulatorMainTest drives the same API
 * in a separate process): every operation, its method rule and its error shape.
 */
class AdminApiTest {
    private static final MediaType JSON = MediaType.get("application/json");

    private WiseSimulator simulator;
    private AdminApi admin;
    private SimHttp http;

    @BeforeEach
    void start() {
        simulator = WiseSimulator.started();
        admin = new AdminApi(simulator, 0);
        http = new SimHttp(simulator);
    }

    @AfterEach
    void close() {
        admin.close();
        simulator.close();
    }

    @Test
    void healthIsUpAndAnOperationAnswersOnlyItsMethod() {
        assertThat(call("GET", "/health", null)).isEqualTo(answer(200, "{\"status\":\"UP\"}"));
        assertThat(call("POST", "/health", ""))
                .isEqualTo(answer(405, "{\"error\":\"method_not_allowed\",\"message\":\"use GET\"}"));
        assertThat(call("POST", "/card-orders/1001", "").code()).isEqualTo(405);
        for (String post : List.of("/productions/t-1/complete", "/productions/fail-next", "/faults", "/reset")) {
            assertThat(call("GET", post, null))
                    .as(post)
                    .isEqualTo(answer(405, "{\"error\":\"method_not_allowed\",\"message\":\"use POST\"}"));
        }
    }

    @Test
    void anOrderIsReadFulfilledAndItsCardProducedThroughTheAdminApi() {
        long id = http.createdOrderId(SimHttp.kioskOrder());
        assertThat(call("GET", "/card-orders/" + id, null))
                .isEqualTo(answer(200, "{\"id\":" + id + ",\"status\":\"PLACED\",\"cardToken\":null}"));

        Result fulfilled = call("POST", "/card-orders/" + id + "/requirements/complete", "");
        assertThat(fulfilled.code()).isEqualTo(200);
        String cardToken = simulator.cardToken(id).orElseThrow();
        assertThat(fulfilled.body())
                .isEqualTo(
                        "{\"id\":" + id + ",\"status\":\"CARD_DETAILS_CREATED\",\"cardToken\":\"" + cardToken + "\"}");

        SimHttp.Answer production = http.put(
                "/v3/spend/profiles/" + PROFILE + "/cards/" + cardToken + "/production", "{\"kioskId\":\"WIS00001\"}");
        assertThat(production.code()).isEqualTo(200);
        assertThat(call("POST", "/productions/" + cardToken + "/complete", ""))
                .isEqualTo(answer(200, "{\"cardToken\":\"" + cardToken + "\",\"status\":\"PRODUCED\"}"));
        assertThat(simulator.cardOrderStatus(id)).isEqualTo("PRODUCED");

        Result again = call("POST", "/productions/" + cardToken + "/complete", "");
        assertThat(again.code()).isEqualTo(409);
        assertThat(again.body()).startsWith("{\"error\":\"conflict\",\"message\":");
        assertThat(call("GET", "/card-orders/" + id + "/requirements/complete", null))
                .isEqualTo(answer(405, "{\"error\":\"method_not_allowed\",\"message\":\"use POST\"}"));
    }

    @Test
    void requiredFieldsAreNamedWhenMissing() {
        long id = http.createdOrderId(SimHttp.kioskOrder());
        assertThat(call("POST", "/card-orders/" + id + "/advance", "{}"))
                .isEqualTo(answer(400, "{\"error\":\"bad_request\",\"message\":\"status: required\"}"));
        assertThat(call("POST", "/productions/some-token/fail", "{\"errorCode\":\" \"}"))
                .isEqualTo(answer(400, "{\"error\":\"bad_request\",\"message\":\"errorCode: required\"}"));
        assertThat(call("POST", "/productions/fail-next", ""))
                .isEqualTo(answer(400, "{\"error\":\"bad_request\",\"message\":\"errorCode: required\"}"));
        assertThat(call("PUT", "/webhook", "{\"url\":null}"))
                .isEqualTo(answer(400, "{\"error\":\"bad_request\",\"message\":\"url: required\"}"));
    }

    @Test
    void theWebhookUrlIsRegisteredReadAndRemoved() throws Exception {
        assertThat(call("PUT", "/webhook", "{\"url\":\"http://127.0.0.1:9/hooks\"}"))
                .isEqualTo(answer(200, "{\"url\":\"http://127.0.0.1:9/hooks\"}"));
        Result subscription = call("GET", "/webhook", null);
        assertThat(subscription.code()).isEqualTo(200);
        assertThat(SimHttp.MAPPER
                        .readTree(subscription.body())
                        .get("subscriptionId")
                        .asText())
                .isEqualTo(simulator.webhookSubscriptionId());
        assertThat(SimHttp.MAPPER
                        .readTree(subscription.body())
                        .get("publicKeyPem")
                        .asText())
                .isEqualTo(simulator.webhookPublicKeyPem());
        http.createdOrderId(SimHttp.kioskOrder());
        assertThat(simulator.webhooks())
                .isNotEmpty()
                .allSatisfy(w -> assertThat(w.url()).contains("http://127.0.0.1:9/hooks"));

        assertThat(call("DELETE", "/webhook", null)).isEqualTo(answer(200, "{\"url\":null}"));
        int sent = simulator.webhooks().size();
        http.createdOrderId(SimHttp.kioskOrder());
        assertThat(simulator.webhooks().subList(sent, simulator.webhooks().size()))
                .isNotEmpty()
                .allSatisfy(w -> assertThat(w.url()).isEmpty());
        assertThat(call("POST", "/webhook", "{\"url\":\"http://127.0.0.1:9/hooks\"}")
                        .code())
                .isEqualTo(405);
    }

    @Test
    void faultsAreArmedCountedAndClearedAndABadOneIsRefusedNamingTheField() {
        assertThat(call("POST", "/faults", "{\"kind\":\"server_error\",\"status\":502,\"count\":2}"))
                .isEqualTo(answer(200, "{\"armed\":2}"));
        assertThat(http.get(SimHttp.ORDERS).code()).isEqualTo(502);
        assertThat(http.get(SimHttp.ORDERS).code()).isEqualTo(502);
        assertThat(http.get(SimHttp.ORDERS).code()).isEqualTo(200);

        assertThat(call("POST", "/faults", "{\"kind\":\"SERVER_ERROR\",\"count\":3}")
                        .code())
                .isEqualTo(200);
        assertThat(call("DELETE", "/faults", null)).isEqualTo(answer(200, "{\"cleared\":true}"));
        assertThat(http.get(SimHttp.ORDERS).code()).isEqualTo(200);

        assertThat(call("POST", "/faults", "{\"kind\":\"DISCONNECT\",\"count\":0}"))
                .isEqualTo(answer(400, "{\"error\":\"bad_request\",\"message\":\"count: must be at least 1\"}"));
        assertThat(call("POST", "/faults", "{\"kind\":\"TEAPOT\"}").body())
                .isEqualTo("{\"error\":\"bad_request\",\"message\":\"kind: must be one of RATE_LIMITED,"
                        + " SERVER_ERROR, DELAY, DISCONNECT, DISCONNECT_AFTER_PROCESSING\"}");
    }

    @Test
    void theNextProductionIsArmedToFail() {
        assertThat(call("POST", "/productions/fail-next", "{\"errorCode\":\"PRT_RIBBON_ENDED\"}"))
                .isEqualTo(answer(200, "{\"armed\":true}"));
        assertThat(call("POST", "/productions/fail-next", "{\"errorCode\":\"PRT_RIBBON_ENDED\",\"cardToken\":\"t-1\"}"))
                .isEqualTo(answer(200, "{\"armed\":true}"));
    }

    @Test
    void resetForgetsEveryOrder() {
        http.createdOrderId(SimHttp.kioskOrder());
        assertThat(call("POST", "/reset", "")).isEqualTo(answer(200, "{\"reset\":true}"));
        assertThat(simulator.cardOrderIds(PROFILE)).isEmpty();
    }

    @Test
    void unknownPathsOrdersAndBodiesAnswerTheOneErrorShape() {
        assertThat(call("GET", "/nope", null))
                .isEqualTo(answer(404, "{\"error\":\"not_found\",\"message\":\"no admin operation at /nope\"}"));
        assertThat(call("GET", "/card-orders/999999", null))
                .isEqualTo(answer(404, "{\"error\":\"not_found\",\"message\":\"no card order 999999\"}"));
        assertThat(call("POST", "/reset", "{not json"))
                .isEqualTo(answer(400, "{\"error\":\"bad_request\",\"message\":\"body: not JSON\"}"));
        assertThat(call("POST", "/reset", "[1]"))
                .isEqualTo(answer(400, "{\"error\":\"bad_request\",\"message\":\"body: must be a JSON object\"}"));
    }

    record Result(int code, String contentType, String body) {}

    private static Result answer(int code, String body) {
        return new Result(code, "application/json", body);
    }

    private Result call(String method, String path, String body) {
        Request.Builder request = new Request.Builder()
                .url(admin.baseUrl() + path)
                .method(method, body == null ? null : RequestBody.create(body, JSON));
        SimHttp.Answer a = http.send(request);
        return new Result(a.code(), a.headers().get("Content-Type"), a.body());
    }
}
