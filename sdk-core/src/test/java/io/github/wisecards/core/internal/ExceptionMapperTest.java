package io.github.wisecards.core.internal;

import static io.github.wisecards.core.testkit.MockServers.json;
import static io.github.wisecards.core.testkit.MockServers.jsonBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.core.errors.ApiError;
import io.github.wisecards.core.errors.ApiException;
import io.github.wisecards.core.errors.AuthenticationException;
import io.github.wisecards.core.errors.BadRequestException;
import io.github.wisecards.core.errors.ConflictException;
import io.github.wisecards.core.errors.NotFoundException;
import io.github.wisecards.core.errors.PermissionDeniedException;
import io.github.wisecards.core.errors.RateLimitException;
import io.github.wisecards.core.errors.ScaRequiredException;
import io.github.wisecards.core.errors.ServerException;
import io.github.wisecards.core.errors.UnexpectedStatusException;
import io.github.wisecards.core.errors.UnprocessableEntityException;
import io.github.wisecards.core.testkit.MockServers;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExceptionMapperTest {
    @StartStop
    final MockWebServer server = MockServers.newServer();

    private final TestOptions test = new TestOptions();
    private Transport transport;

    @BeforeEach
    void setUp() {
        transport = Transport.create(test.builder(server).maxRetries(0).build());
    }

    @AfterEach
    void tearDown() {
        transport.close();
    }

    private ApiException failWith(MockResponse response) {
        server.enqueue(response);
        return catchThrowableOfType(
                ApiException.class,
                () -> transport.execute(Thing.get(42).query("secret", "q-value").build()));
    }

    @Test
    void arrayFormWithNullArgumentsAndTimestampIsParsed() {
        ApiException e = failWith(json(
                400,
                "{\"timestamp\":\"2024-01-01T00:00:00Z\",\"errors\":["
                        + "{\"code\":\"error.card.program\",\"message\":\"Unknown program\",\"path\":\"program\","
                        + "\"arguments\":null},"
                        + "{\"code\":\"NotBlank\",\"message\":\"must not be blank\",\"field\":\"cardHolderName\","
                        + "\"arguments\":[\"cardHolderName\",3]}]}"));

        assertThat(e).isInstanceOf(BadRequestException.class);
        assertThat(e.errors())
                .containsExactly(
                        ApiError.of("error.card.program", "Unknown program", "program", List.of()),
                        ApiError.of("NotBlank", "must not be blank", "cardHolderName", List.of("cardHolderName", "3")));
        assertThat(e.getMessage())
                .isEqualTo("HTTP 400 on GET /v1/things/42: error.card.program [program]: Unknown program; "
                        + "NotBlank [cardHolderName]: must not be blank");
    }

    @Test
    void oauthKeyValueFormIsParsed() {
        ApiException e =
                failWith(json(401, "{\"error\":\"invalid_token\",\"error_description\":\"Invalid token: expired\"}"));

        assertThat(e).isInstanceOf(AuthenticationException.class);
        assertThat(e.errors()).containsExactly(ApiError.of("invalid_token", "Invalid token: expired", null, null));
    }

    @Test
    void springFormIsParsed() {
        ApiException e = failWith(json(
                403,
                "{\"timestamp\":\"2024-01-01T00:00:00.000+00:00\",\"status\":403,\"error\":\"unauthorized\","
                        + "\"message\":\"Unauthorized\",\"path\":\"/v1/things/42\"}"));

        assertThat(e).isExactlyInstanceOf(PermissionDeniedException.class);
        assertThat(e.errors()).containsExactly(ApiError.of("unauthorized", "Unauthorized", "/v1/things/42", null));
    }

    @Test
    void htmlBodyYieldsNoErrorsButKeepsRawBody() {
        String html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        ApiException e = failWith(new MockResponse.Builder()
                .code(502)
                .setHeader("Content-Type", "text/html")
                .body(html)
                .build());

        assertThat(e).isInstanceOf(ServerException.class);
        assertThat(e.errors()).isEmpty();
        assertThat(e.rawBody()).isEqualTo(html);
        assertThat(e.getMessage()).isEqualTo("HTTP 502 on GET /v1/things/42");
    }

    @Test
    void emptyBodyYieldsNoErrors() {
        ApiException e = failWith(new MockResponse.Builder().code(404).build());

        assertThat(e).isInstanceOf(NotFoundException.class);
        assertThat(e.errors()).isEmpty();
        assertThat(e.rawBody()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "400, BadRequestException",
        "401, AuthenticationException",
        "403, PermissionDeniedException",
        "404, NotFoundException",
        "409, ConflictException",
        "422, UnprocessableEntityException",
        "429, RateLimitException",
        "500, ServerException",
        "502, ServerException",
        "503, ServerException",
        "504, ServerException",
        "418, UnexpectedStatusException",
        "301, RedirectNotFollowedException",
        "300, RedirectNotFollowedException",
        "399, RedirectNotFollowedException",
        "499, UnexpectedStatusException",
        "501, ServerException",
        "599, ServerException"
    })
    void statusMapsToItsExceptionClass(int status, String exceptionClass) {
        ApiException e = failWith(json(status, "{}"));

        assertThat(e.getClass().getSimpleName()).isEqualTo(exceptionClass);
        assertThat(e.statusCode()).isEqualTo(status);
    }

    @Test
    void statusClassesAreTheDocumentedHierarchy() {
        assertThat(failWith(json(409, "{}"))).isInstanceOf(ConflictException.class);
        assertThat(failWith(json(422, "{}"))).isInstanceOf(UnprocessableEntityException.class);
        assertThat(failWith(json(418, "{}"))).isInstanceOf(UnexpectedStatusException.class);
    }

    @Test
    void forbiddenWithTwoFactorHeaderIsScaRequiredCarryingTheOneTimeToken() {
        String oneTimeToken = "ott-5f1c2d3e-secret-one-time-token";
        ApiException e = failWith(jsonBuilder(403, "")
                .setHeader("x-2fa-approval-result", "REJECTED")
                .setHeader("x-2fa-approval", oneTimeToken)
                .build());

        assertThat(e).isInstanceOf(ScaRequiredException.class).isInstanceOf(PermissionDeniedException.class);
        assertThat(((ScaRequiredException) e).oneTimeToken()).isEqualTo(oneTimeToken);
        assertThat(e.getMessage()).doesNotContain(oneTimeToken);
        assertThat(e.toString()).doesNotContain(oneTimeToken);
    }

    @Test
    void rateLimitExposesRetryAfterAndLimiter() {
        ApiException e = failWith(jsonBuilder(429, "{}")
                .setHeader("Retry-After", "7")
                .setHeader("X-Rate-Limited-By", "per-second")
                .build());

        RateLimitException rate = (RateLimitException) e;
        assertThat(rate.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(rate.rateLimitedBy()).contains("per-second");
    }

    @Test
    void exceptionCarriesRequestAndResponseMetadata() {
        server.enqueue(jsonBuilder(409, "{\"errors\":[{\"code\":\"duplicate\",\"message\":\"Already exists\"}]}")
                .setHeader("x-trace-id", "trace-abc-123")
                .build());

        ApiException e = catchThrowableOfType(
                ApiException.class,
                () -> transport.execute(Thing.CREATE
                        .request()
                        .query("dryRun", "secret-query-value")
                        .jsonBody(java.util.Map.of("name", "x"))
                        .options(RequestOptions.builder()
                                .idempotencyKey("00000000-0000-4000-8000-0000000000a1")
                                .correlationId("00000000-0000-4000-8000-0000000000c1")
                                .build())
                        .build()));

        assertThat(e).isInstanceOf(ConflictException.class);
        assertThat(e.statusCode()).isEqualTo(409);
        assertThat(e.method()).isEqualTo("POST");
        assertThat(e.path()).isEqualTo("/v1/things");
        assertThat(e.traceId()).contains("trace-abc-123");
        assertThat(e.correlationId()).contains("00000000-0000-4000-8000-0000000000c1");
        assertThat(e.idempotencyKey()).contains("00000000-0000-4000-8000-0000000000a1");
        assertThat(e.header("X-Trace-Id")).contains("trace-abc-123");
        assertThat(e.getMessage())
                .isEqualTo("HTTP 409 on POST /v1/things: duplicate: Already exists (trace id trace-abc-123)")
                .doesNotContain("secret-query-value");
    }

    @Test
    void rawBodyIsCappedAtEightKibibytes() {
        String big = "{\"message\":\"" + "é".repeat(6000) + "\"}";
        ApiException e = failWith(json(400, big));

        assertThat(e.rawBody().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(ApiException.MAX_RAW_BODY_BYTES)
                .isGreaterThan(ApiException.MAX_RAW_BODY_BYTES - 2);
        assertThat(big).startsWith(e.rawBody());
        assertThat(e.errors()).hasSize(1);
    }

    @Test
    void sensitivePathValuesAreMaskedInExceptions() {
        PathParam<String> cardToken = PathParam.cardToken("cardToken");
        Endpoint<Thing> byToken = Endpoint.builder("GET", "/v1/cards/{cardToken}", ResponseDecoder.json(Thing.class))
                .pathParams(cardToken)
                .build();
        server.enqueue(json(404, "{}"));

        ApiException e = catchThrowableOfType(
                ApiException.class,
                () -> transport.execute(byToken.request()
                        .path(cardToken, "4dc0be88-903f-49e4-8237-735f1139e3dd")
                        .build()));

        assertThat(e.path()).isEqualTo("/v1/cards/****e3dd");
        assertThat(e.getMessage()).doesNotContain("4dc0be88");
    }
}
