package io.github.wisecards.contract.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.contract.ContractCheck;
import io.github.wisecards.contract.Violation;
import io.github.wisecards.testing.WiseSimulator;
import java.io.IOException;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A simulator started with no hook is validated through the service this module lists. */
class ContractSimulatorObserverTest {
    private static final OkHttpClient HTTP = new OkHttpClient();
    private static final String CREATE_BODY = "{\"lifetimeLimit\":\"100\","
            + "\"program\":\"VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API\","
            + "\"address\":{\"firstLine\":\"56 Shoreditch High St\","
            + "\"city\":\"London\",\"postCode\":\"E1 6JJ\",\"country\":\"GB\"}}";

    @BeforeEach
    @AfterEach
    void forget() {
        ContractCheck.drainViolations();
    }

    @Test
    void simulatorHookReportsAMissingRequiredBodyFieldAndAWrongType() throws IOException {
        try (WiseSimulator simulator = WiseSimulator.started()) {
            Request request = new Request.Builder()
                    .url(simulator.apiBaseUrl() + "/v3/spend/profiles/123456/card-orders")
                    .header("Authorization", "Bearer " + simulator.accessToken())
                    .header("X-idempotence-uuid", "054064c9-e01e-49fb-8fd9-b0990b9442f4")
                    .post(RequestBody.create(CREATE_BODY, MediaType.get("application/json")))
                    .build();
            try (Response response = HTTP.newCall(request).execute()) {
                assertThat(response.code()).isEqualTo(400);
            }
        }

        String found = ContractCheck.drainViolations().stream()
                .map(Violation::toString)
                .collect(Collectors.joining("\n"));

        assertThat(found)
                .contains("cardOrderCreate /request/body/cardHolderName [required]")
                .contains("cardOrderCreate /request/body/lifetimeLimit [type]");
    }
}
