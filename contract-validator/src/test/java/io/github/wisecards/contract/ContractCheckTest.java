package io.github.wisecards.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Planted violations travel through each hook and fail with the operation, the pointer and the rule. */
class ContractCheckTest {
    static final OkHttpClient HTTP = new OkHttpClient();
    static final MediaType JSON = MediaType.get("application/json");

    @BeforeEach
    @AfterEach
    void forget() {
        ContractCheck.drainViolations();
    }

    static int send(Request.Builder request) throws IOException {
        try (Response r = HTTP.newCall(request.build()).execute()) {
            return r.code();
        }
    }

    static String messageOf(List<Violation> found) {
        try {
            ContractCheck.assertNoViolations(found, Optional.empty());
        } catch (AssertionError e) {
            return e.getMessage();
        }
        throw new AssertionError("no violation was reported");
    }

    @Test
    void mockWebServerHookReportsWrongHeaderFormatAndWrongEnumInTheAnswer() throws IOException {
        try (MockWebServer server = ContractCheck.mockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder()
                    .code(200)
                    .addHeader("Content-Type", "application/json")
                    .body("{\"id\":142,\"status\":\"Placed\"}")
                    .build());
            send(new Request.Builder()
                    .url(server.url("/v3/spend/profiles/123456/card-orders/142"))
                    .header("Authorization", "Bearer t")
                    .header("X-External-Correlation-Id", "checkout-8812"));
        }

        String message = messageOf(ContractCheck.drainViolations());

        assertThat(message)
                .contains("cardOrderGet /request/header/X-External-Correlation-Id [format]")
                .contains("cardOrderGet /response/body/status [enum]");
    }

    @Test
    void aRequestWithNothingQueuedIsAnswered404AtOnceAndFailsTheTestNamingIt() throws IOException {
        try (MockWebServer server = ContractCheck.mockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder()
                    .code(200)
                    .addHeader("Content-Type", "application/json")
                    .body("{\"id\":142,\"status\":\"PLACED\"}")
                    .build());
            String path = "/v3/spend/profiles/123456/card-orders/142";

            int expected = send(new Request.Builder().url(server.url(path)).header("Authorization", "Bearer t"));
            int unexpected = send(new Request.Builder().url(server.url(path)).header("Authorization", "Bearer t"));

            assertThat(expected).isEqualTo(200);
            assertThat(unexpected).isEqualTo(404);
        }

        List<Violation> found = ContractCheck.drainViolations();

        assertThat(found).extracting(Violation::rule).containsExactly("unexpected-request");
        MalformedResponses exemption = Fixture.class.getAnnotation(MalformedResponses.class);
        assertThatThrownBy(() -> ContractCheck.assertNoViolations(found, Optional.of(exemption)))
                .hasMessageContaining(
                        "/request [unexpected-request] the test queued no response for GET /v3/spend/profiles/123456/card-orders/142");
    }

    @Test
    void malformedResponsesExemptsAnswersButNotRequests() {
        List<Violation> found = List.of(
                new Violation("cardOrderGet", "/response/body", "json", "not JSON"),
                new Violation("cardOrderGet", "/request/header/Authorization", "security", "no token"));
        MalformedResponses exemption = Fixture.class.getAnnotation(MalformedResponses.class);

        assertThatThrownBy(() -> ContractCheck.assertNoViolations(found, Optional.of(exemption)))
                .hasMessageContaining("/request/header/Authorization [security]")
                .hasMessageNotContaining("/response/body");
        ContractCheck.assertNoViolations(found.subList(0, 1), Optional.of(exemption));
    }

    @MalformedResponses("planted")
    static final class Fixture {}

    @Test
    void fixtureWithAWrongEnumSpellingFailsNamingOperationPointerAndRule() {
        assertThatThrownBy(() -> FixtureContract.check(
                        "/planted",
                        Map.of("card-orders/retrieve-response.json", FixtureContract.response("cardOrderGet", 200))))
                .hasMessageContaining("card-orders/retrieve-response.json")
                .hasMessageContaining("cardOrderGet /response/body/status [enum]");
    }

    @Test
    void fixtureWithoutAMappingFails() {
        assertThatThrownBy(() -> FixtureContract.check("/planted", Map.of()))
                .hasMessageContaining("card-orders/retrieve-response.json: no mapping to an operation");
    }

    @Test
    void mappingWithoutAFixtureFails() {
        assertThatThrownBy(() -> FixtureContract.check(
                        "/planted",
                        Map.of(
                                "card-orders/retrieve-response.json",
                                FixtureContract.response("cardOrderGet", 200).breaking("/response/body/status [enum]"),
                                "card-orders/gone.json",
                                FixtureContract.response("cardOrderGet", 200))))
                .hasMessageContaining("card-orders/gone.json: mapped but no such fixture");
    }
}
