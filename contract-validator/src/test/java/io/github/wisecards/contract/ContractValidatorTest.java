package io.github.wisecards.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each rule the oracle relies on, proven by a planted violation next to a valid exchange. */
class ContractValidatorTest {
    static final ContractValidator CONTRACT = ContractValidator.wiseCards();
    static final String KEY = "054064c9-e01e-49fb-8fd9-b0990b9442f4";
    static final String CREATE_PATH = "/v3/spend/profiles/123456/card-orders";
    static final String CREATE_BODY = "{\"program\":\"VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API\","
            + "\"cardHolderName\":\"John Smith\",\"address\":{\"firstLine\":\"56 Shoreditch High St\","
            + "\"city\":\"London\",\"postCode\":\"E1 6JJ\",\"country\":\"GB\"}}";
    static final String ORDER = "{\"id\":142,\"profileId\":123456,\"status\":\"PLACED\","
            + "\"creationTime\":\"2023-07-31T01:43:24.596321434Z\"}";

    static HttpExchange request(String method, String path, Map<String, List<String>> headers, String body) {
        String[] parts = path.split("\\?", 2);
        return new HttpExchange(
                method,
                parts[0],
                parts.length > 1 ? parts[1] : "",
                headers,
                body.getBytes(StandardCharsets.UTF_8),
                Optional.empty());
    }

    static Map<String, List<String>> createHeaders(String key) {
        return Map.of(
                "Authorization", List.of("Bearer t"),
                "Content-Type", List.of("application/json; charset=utf-8"),
                "X-idempotence-uuid", List.of(key));
    }

    @Test
    void validCreateHasNoViolation() {
        assertThat(CONTRACT.validate(request("POST", CREATE_PATH, createHeaders(KEY), CREATE_BODY)))
                .isEmpty();
    }

    @Test
    void nonUuidIdempotencyKeyIsAFormatViolation() {
        assertThat(CONTRACT.validate(request("POST", CREATE_PATH, createHeaders("order-42"), CREATE_BODY)))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.operationId()).isEqualTo("cardOrderCreate");
                    assertThat(v.pointer()).isEqualTo("/request/header/X-idempotence-uuid");
                    assertThat(v.rule()).isEqualTo("format");
                });
    }

    static Violation only(List<Violation> violations) {
        assertThat(violations).hasSize(1);
        return violations.get(0);
    }

    static void assertViolation(Violation v, String operationId, String pointer, String rule) {
        assertThat(v.operationId()).isEqualTo(operationId);
        assertThat(v.pointer()).isEqualTo(pointer);
        assertThat(v.rule()).isEqualTo(rule);
        assertThat(v.toString()).contains(operationId).contains(pointer).contains("[" + rule + "]");
    }

    @Test
    void nonUuidCorrelationIdIsAFormatViolation() {
        Map<String, List<String>> headers = new java.util.HashMap<>(createHeaders(KEY));
        headers.put("X-External-Correlation-Id", List.of("checkout-8812"));
        assertViolation(
                only(CONTRACT.validate(request("POST", CREATE_PATH, headers, CREATE_BODY))),
                "cardOrderCreate",
                "/request/header/X-External-Correlation-Id",
                "format");
    }

    @Test
    void correlationIdLongerThan36IsAMaxLengthViolation() {
        List<Violation> found = CONTRACT.validate(request(
                "GET",
                "/v3/spend/profiles/1/card-orders/2",
                Map.of(
                        "Authorization", List.of("Bearer t"),
                        "X-External-Correlation-Id", List.of("f47ac10b-58cc-4372-a567-0e02b2c3d479-0")),
                ""));
        assertThat(found).extracting(Violation::rule).contains("maxLength");
    }

    @Test
    void missingIdempotencyKeyIsARequiredViolation() {
        Map<String, List<String>> headers =
                Map.of("Authorization", List.of("Bearer t"), "Content-Type", List.of("application/json"));
        assertViolation(
                only(CONTRACT.validate(request("POST", CREATE_PATH, headers, CREATE_BODY))),
                "cardOrderCreate",
                "/request/header/X-idempotence-uuid",
                "required");
    }

    @Test
    void missingBearerTokenIsASecurityViolation() {
        assertViolation(
                only(CONTRACT.validate(request("GET", "/v3/spend/profiles/1/card-orders/availability", Map.of(), ""))),
                "cardOrderProgramsGet",
                "/request/header/Authorization",
                "security");
    }

    @Test
    void missingRequiredBodyFieldIsARequiredViolationAtItsPointer() {
        String body = CREATE_BODY.replace("\"cardHolderName\":\"John Smith\",", "");
        assertViolation(
                only(CONTRACT.validate(request("POST", CREATE_PATH, createHeaders(KEY), body))),
                "cardOrderCreate",
                "/request/body/cardHolderName",
                "required");
    }

    @Test
    void wrongEnumSpellingInABodyIsAnEnumViolation() {
        String body = CREATE_BODY.replace("{\"program\"", "{\"deliveryOption\":\"KIOSK\",\"program\"");
        assertViolation(
                only(CONTRACT.validate(request("POST", CREATE_PATH, createHeaders(KEY), body))),
                "cardOrderCreate",
                "/request/body/deliveryOption",
                "enum");
    }

    @Test
    void wrongTypeInABodyIsATypeViolation() {
        String body = CREATE_BODY.replace("{\"program\"", "{\"cardHolderProfileId\":\"654321\",\"program\"");
        assertViolation(
                only(CONTRACT.validate(request("POST", CREATE_PATH, createHeaders(KEY), body))),
                "cardOrderCreate",
                "/request/body/cardHolderProfileId",
                "type");
    }

    @Test
    void bodyThatIsNotJsonIsAJsonViolation() {
        assertViolation(
                only(CONTRACT.validate(request("POST", CREATE_PATH, createHeaders(KEY), "{\"program\":"))),
                "cardOrderCreate",
                "/request/body",
                "json");
    }

    @Test
    void missingRequiredBodyIsARequiredViolation() {
        assertViolation(
                only(CONTRACT.validate(request("POST", CREATE_PATH, createHeaders(KEY), ""))),
                "cardOrderCreate",
                "/request/body",
                "required");
    }

    @Test
    void nonJsonContentTypeIsAMediaTypeViolation() {
        Map<String, List<String>> headers = new java.util.HashMap<>(createHeaders(KEY));
        headers.put("Content-Type", List.of("text/plain"));
        assertViolation(
                only(CONTRACT.validate(request("POST", CREATE_PATH, headers, CREATE_BODY))),
                "cardOrderCreate",
                "/request/header/Content-Type",
                "media-type");
    }

    @Test
    void nonIntegerPathParameterIsATypeViolation() {
        assertViolation(
                only(CONTRACT.validate(request(
                        "GET",
                        "/v3/spend/profiles/abc/card-orders/142",
                        Map.of("Authorization", List.of("Bearer t")),
                        ""))),
                "cardOrderGet",
                "/request/path/profileId",
                "type");
    }

    @Test
    void nonUuidCardTokenOfTheSimulationIsAFormatViolation() {
        Map<String, List<String>> headers =
                Map.of("Authorization", List.of("Bearer t"), "Content-Type", List.of("application/json"));
        assertViolation(
                only(CONTRACT.validate(request(
                        "POST",
                        "/v1/simulation/spend/profiles/1/cards/not-a-uuid/production",
                        headers,
                        "{\"status\":\"PRODUCED\"}"))),
                "simulationCardProduction",
                "/request/path/cardToken",
                "format");
    }

    @Test
    void nonIntegerAndUndocumentedQueryParametersAreViolations() {
        List<Violation> found = CONTRACT.validate(request(
                "GET",
                "/v3/spend/profiles/1/card-orders?pageSize=ten&page=2",
                Map.of("Authorization", List.of("Bearer t")),
                ""));
        assertThat(found).hasSize(2);
        assertViolation(found.get(0), "cardOrderList", "/request/query/pageSize", "type");
        assertViolation(found.get(1), "cardOrderList", "/request/query/page", "undocumented");
    }

    @Test
    void bodyOnAGetIsAnUndocumentedBodyViolation() {
        assertViolation(
                only(CONTRACT.validate(request(
                        "GET",
                        "/v3/spend/profiles/1/card-orders/142",
                        Map.of("Authorization", List.of("Bearer t")),
                        "{}"))),
                "cardOrderGet",
                "/request/body",
                "undocumented");
    }

    @Test
    void unknownOperationIsAnOperationViolation() {
        assertViolation(
                only(CONTRACT.validate(request("DELETE", "/v3/spend/profiles/1/card-orders/142", Map.of(), ""))),
                "(none)",
                "/request",
                "operation");
    }

    @Test
    void tokenEndpointIsOutsideTheCardContract() {
        assertThat(CONTRACT.validate(request("POST", "/oauth/token", Map.of(), "grant_type=refresh_token")))
                .isEmpty();
    }

    @Test
    void literalSegmentsWinOverTemplates() {
        assertThat(CONTRACT.match("GET", "/v3/spend/profiles/1/card-orders/availability"))
                .map(Operation::id)
                .contains("cardOrderProgramsGet");
        assertThat(CONTRACT.match("GET", "/v3/spend/profiles/1/card-orders/142"))
                .map(Operation::id)
                .contains("cardOrderGet");
    }

    // ---- responses ----

    @Test
    void validResponsesHaveNoViolation() {
        assertThat(CONTRACT.validateResponseBody("cardOrderGet", 200, ORDER)).isEmpty();
        assertThat(CONTRACT.validateResponseBody(
                        "cardKioskCollectionProductionGet",
                        200,
                        "{\"status\":\"READY\",\"kioskId\":null,\"occurredAt\":\"2024-01-01T12:24:56.124Z\","
                                + "\"errorCode\":null,\"description\":\"Card ready for production\"}"))
                .isEmpty();
        assertThat(CONTRACT.validateResponse("cardOrderStatusUpdate", 202, Map.of(), new byte[0]))
                .isEmpty();
    }

    @Test
    void wrongEnumSpellingInAResponseIsAnEnumViolation() {
        assertViolation(
                only(CONTRACT.validateResponseBody("cardOrderGet", 200, ORDER.replace("PLACED", "Placed"))),
                "cardOrderGet",
                "/response/body/status",
                "enum");
    }

    @Test
    void stringWhereTheSchemaSaysIntegerIsATypeViolation() {
        assertViolation(
                only(CONTRACT.validateResponseBody("cardOrderGet", 200, ORDER.replace("142", "\"notanumber\""))),
                "cardOrderGet",
                "/response/body/id",
                "type");
    }

    @Test
    void nullWhereTheSchemaIsNotNullableIsATypeViolation() {
        assertViolation(
                only(CONTRACT.validateResponseBody("cardOrderList", 200, "{\"totalCount\":0,\"cardOrders\":null}")),
                "cardOrderList",
                "/response/body/cardOrders",
                "type");
    }

    @Test
    void malformedDateTimeInAnArrayItemIsAFormatViolationAtItsIndex() {
        String order = ORDER.replace("2023-07-31T01:43:24.596321434Z", "yesterday");
        assertViolation(
                only(CONTRACT.validateResponseBody(
                        "cardOrderList", 200, "{\"totalCount\":1,\"cardOrders\":[" + order + "]}")),
                "cardOrderList",
                "/response/body/cardOrders/0/creationTime",
                "format");
    }

    @Test
    void bodyOnAResponseThatDocumentsNoneIsAnUndocumentedBodyViolation() {
        assertViolation(
                only(CONTRACT.validateResponseBody("cardOrderStatusUpdate", 202, "{}")),
                "cardOrderStatusUpdate",
                "/response/body",
                "undocumented");
    }

    @Test
    void undocumentedSuccessStatusIsAStatusViolationButErrorStatusesAreOutsideTheContract() {
        assertViolation(
                only(CONTRACT.validateResponseBody("cardOrderCreate", 201, ORDER)),
                "cardOrderCreate",
                "/response/status",
                "status");
        assertThat(CONTRACT.validateResponseBody("cardOrderCreate", 503, "<html>busy</html>"))
                .isEmpty();
    }

    @Test
    void emptySuccessBodyWhereJsonIsDocumentedIsARequiredViolation() {
        assertViolation(
                only(CONTRACT.validateResponse("cardOrderGet", 200, Map.of(), new byte[0])),
                "cardOrderGet",
                "/response/body",
                "required");
    }

    @Test
    void htmlBodyIsAJsonAndMediaTypeViolation() {
        List<Violation> found = CONTRACT.validateResponse(
                "cardOrderGet",
                200,
                Map.of("Content-Type", List.of("text/html")),
                "<html></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(found).extracting(Violation::rule).containsExactly("media-type", "json");
    }

    @Test
    void nonUuidCorrelationIdEchoedInAResponseIsAFormatViolation() {
        assertViolation(
                only(CONTRACT.validateResponse(
                        "cardOrderStatusUpdate",
                        202,
                        Map.of("X-External-Correlation-Id", List.of("checkout-8812")),
                        new byte[0])),
                "cardOrderStatusUpdate",
                "/response/header/X-External-Correlation-Id",
                "format");
    }

    @Test
    void nonIntegerRetryAfterOfA429IsATypeViolation() {
        assertViolation(
                only(CONTRACT.validateResponse(
                        "cardOrderGet",
                        429,
                        Map.of("Retry-After", List.of("soon"), "Content-Type", List.of("application/json")),
                        "{}".getBytes(StandardCharsets.UTF_8))),
                "cardOrderGet",
                "/response/header/Retry-After",
                "type");
    }
}
