package io.github.wisecards.contract.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.contract.ContractCheck;
import io.github.wisecards.contract.ContractValidator;
import io.github.wisecards.contract.Operation;
import io.github.wisecards.testing.WiseSimulator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the contract is {@code security: UserToken}: the simulator refuses an
 * application (client-credentials) token on each, with Wise's 403, and accepts it on none; a user
 * token passes the same requests. The operations come from the contract, so a new one is covered
 * without touching this test.
 */
class SimulatorUserTokenOperationsTest {
    private static final OkHttpClient HTTP = new OkHttpClient();
    private static final MediaType JSON = MediaType.get("application/json");
    private static final long PROFILE = 123456L;
    private static final String KIOSK_ORDER = "{\"program\":\"VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API\","
            + "\"cardHolderName\":\"John Smith\",\"embossedName\":\"JOHN SMITH\",\"phoneNumber\":\"+441234567890\","
            + "\"address\":{\"firstLine\":\"56 Shoreditch High St\",\"city\":\"London\",\"postCode\":\"E1 6JJ\","
            + "\"country\":\"GB\"},\"deliveryOption\":\"KIOSK_COLLECTION\"}";
    private static final Map<String, String> BODIES = Map.of(
            "cardOrderCreate", KIOSK_ORDER,
            "cardOrderStatusUpdate", "{\"status\":\"CANCELLED\"}",
            "cardOrderValidateAddress",
                    "{\"firstLine\":\"56 Shoreditch High St\",\"city\":\"London\",\"postCode\":\"E1 6JJ\",\"country\":\"GB\"}",
            "cardOrderPresetPin", "{\"keyVersion\":1,\"encryptedPayload\":\"a.b.c.d.e\"}",
            "cardKioskCollectionProduce", "{\"kioskId\":\"WIS00001\"}",
            "simulationCardProduction", "{\"status\":\"PRODUCED\"}");

    private final WiseSimulator simulator = WiseSimulator.started();
    private long orderId;
    private String cardToken;

    @BeforeEach
    void anOrderWithACard() throws IOException {
        ContractCheck.drainViolations();
        Answer created = send(
                post(simulator.apiBaseUrl() + "/v3/spend/profiles/" + PROFILE + "/card-orders", KIOSK_ORDER)
                        .header("X-idempotence-uuid", UUID.randomUUID().toString()),
                simulator.accessToken());
        assertThat(created.code()).isEqualTo(200);
        orderId = simulator.cardOrderIds(PROFILE).get(0);
        simulator.completeAllRequirements(orderId);
        cardToken = simulator.cardToken(orderId).orElseThrow();
    }

    @AfterEach
    void close() {
        simulator.close();
        ContractCheck.drainViolations();
    }

    @Test
    void anApplicationTokenIsRefusedOnEveryUserTokenOperationAndAcceptedOnNone() throws IOException {
        List<Operation> operations = ContractValidator.wiseCards().operations();
        assertThat(operations).hasSize(12).allMatch(Operation::bearerAuth);
        String appToken = simulator.issueApplicationToken();
        String orderBefore = simulator.cardOrderJson(orderId);

        List<String> refused = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        for (Operation op : operations) {
            Answer a = send(request(op), appToken);
            if (a.code() == 403
                    && a.body().contains("\"status\":403")
                    && a.body().contains("\"error\":\"unauthorized\"")) {
                refused.add(op.id());
            } else {
                accepted.add(op.id() + " -> " + a.code() + " " + a.body());
            }
        }

        assertThat(accepted).isEmpty();
        assertThat(refused).hasSize(operations.size());
        assertThat(simulator.cardOrderIds(PROFILE)).containsExactly(orderId);
        assertThat(simulator.cardOrderJson(orderId)).isEqualTo(orderBefore);
        assertThat(simulator.pinAlgorithm(orderId)).isEmpty();
    }

    @Test
    void aUserTokenPassesTheSameRequestsOnEveryOperation() throws IOException {
        String userToken = simulator.issueAccessToken();
        int validatedBefore = ContractCheck.exchangesValidated();

        List<String> refused = new ArrayList<>();
        for (Operation op : ContractValidator.wiseCards().operations()) {
            Answer a = send(request(op), userToken);
            if (a.code() == 401 || a.code() == 403) {
                refused.add(op.id() + " -> " + a.code());
            }
        }

        assertThat(refused).isEmpty();
        assertThat(ContractCheck.exchangesValidated() - validatedBefore).isEqualTo(12);
        assertThat(ContractCheck.drainViolations()).isEmpty();
    }

    @Test
    void everyOperationIsServedOnlyOnTheHostTheContractNamesAndTheObserverSeesBothHosts() throws IOException {
        String userToken = simulator.issueAccessToken();
        simulator.clearRequests();
        int validatedBefore = ContractCheck.exchangesValidated();

        List<String> wrong = new ArrayList<>();
        for (Operation op : ContractValidator.wiseCards().operations()) {
            String right = baseUrl(op);
            String other = right.equals(simulator.apiBaseUrl()) ? simulator.cardDataBaseUrl() : simulator.apiBaseUrl();
            Answer onOther = send(request(op, other), userToken);
            if (onOther.code() != 404 || !onOther.body().contains("error.not.found")) {
                wrong.add(op.id() + " on the other host -> " + onOther.code());
            }
        }

        assertThat(simulator.cardDataBaseUrl()).isNotEqualTo(simulator.apiBaseUrl());
        assertThat(wrong).isEmpty();
        assertThat(simulator.requests().stream().map(r -> r.host()).distinct()).hasSize(2);
        assertThat(ContractCheck.exchangesValidated() - validatedBefore).isEqualTo(12);
    }

    private String baseUrl(Operation op) {
        return ContractValidator.wiseCards().serverUrls(op.id()).stream().anyMatch(u -> u.contains("twcard"))
                ? simulator.cardDataBaseUrl()
                : simulator.apiBaseUrl();
    }

    private Request.Builder request(Operation op) {
        return request(op, baseUrl(op));
    }

    private Request.Builder request(Operation op, String base) {
        String path = op.pathTemplate()
                .replace("{profileId}", String.valueOf(PROFILE))
                .replace("{cardOrderId}", String.valueOf(orderId))
                .replace("{cardToken}", cardToken);
        String body = BODIES.get(op.id());
        Request.Builder b = body == null
                ? new Request.Builder().url(base + path).method(op.method(), null)
                : post(base + path, body).method(op.method(), RequestBody.create(body, JSON));
        if (op.id().equals("cardOrderCreate")) {
            b.header("X-idempotence-uuid", UUID.randomUUID().toString());
        }
        if (op.id().equals("cardOrderPresetPin")) {
            b.header("x-tw-twcard-order-id", String.valueOf(orderId));
        }
        return b;
    }

    private static Request.Builder post(String url, String json) {
        return new Request.Builder().url(url).post(RequestBody.create(json, JSON));
    }

    private static Answer send(Request.Builder request, String token) throws IOException {
        try (Response r = HTTP.newCall(
                        request.header("Authorization", "Bearer " + token).build())
                .execute()) {
            return new Answer(r.code(), r.body().string());
        }
    }

    private record Answer(int code, String body) {}
}
