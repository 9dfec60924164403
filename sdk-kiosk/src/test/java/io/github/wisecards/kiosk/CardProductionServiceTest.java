package io.github.wisecards.kiosk;

import static io.github.wisecards.kiosk.KioskTestSupport.ACCESS_TOKEN;
import static io.github.wisecards.kiosk.KioskTestSupport.CARD_TOKEN;
import static io.github.wisecards.kiosk.KioskTestSupport.PRODUCTION_PATH;
import static io.github.wisecards.kiosk.KioskTestSupport.PROFILE_ID;
import static io.github.wisecards.kiosk.KioskTestSupport.SIMULATION_PATH;
import static io.github.wisecards.kiosk.KioskTestSupport.fixtureResponse;
import static io.github.wisecards.kiosk.KioskTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.contract.ContractCheck;
import io.github.wisecards.contract.MalformedResponses;
import io.github.wisecards.core.ApiResponse;
import io.github.wisecards.core.Environment;
import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.core.errors.ApiConnectionException;
import io.github.wisecards.core.errors.NotFoundException;
import io.github.wisecards.core.errors.UnprocessableEntityException;
import io.github.wisecards.core.errors.ValidationException;
import io.github.wisecards.kiosk.model.CardProductionParams;
import io.github.wisecards.kiosk.model.CardProductionSimulateParams;
import io.github.wisecards.kiosk.model.CardProductionStatus;
import io.github.wisecards.kiosk.model.ProductionErrorCategory;
import io.github.wisecards.kiosk.model.ProductionErrorCode;
import io.github.wisecards.kiosk.model.ProductionStatus;
import io.github.wisecards.kiosk.model.RecommendedAction;
import io.github.wisecards.kiosk.model.RequestErrorCode;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CardProductionServiceTest {
    private static final CardProductionParams PARAMS =
            CardProductionParams.builder().kioskId("WIS00001").build();

    @StartStop
    private final MockWebServer server = ContractCheck.mockWebServer();

    private final KioskTestSupport support = KioskTestSupport.create();
    private KioskClient kiosk;

    @BeforeEach
    void setUp() {
        kiosk = support.client(server);
    }

    @AfterEach
    void tearDown() {
        kiosk.close();
    }

    @Test
    void produceSendsPutWithKioskIdAndReturnsInProgress() throws Exception {
        server.enqueue(fixtureResponse(200, "produce-in-progress"));

        CardProductionStatus status = kiosk.cardProductions().produce(PROFILE_ID, CARD_TOKEN, PARAMS);

        assertThat(status.status()).isEqualTo(ProductionStatus.IN_PROGRESS);
        assertThat(status.kioskId()).contains("WIS00001");
        assertThat(status.occurredAt()).contains(Instant.parse("2024-01-01T12:24:56.121Z"));
        assertThat(status.errorCode()).isEmpty();
        assertThat(status.description()).isEmpty();
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getTarget()).isEqualTo(PRODUCTION_PATH);
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(request.getHeaders().get("X-idempotence-uuid")).isNull();
        assertThat(request.getBody().utf8()).isEqualTo("{\"kioskId\":\"WIS00001\"}");
    }

    @Test
    void produceSendsPerCallOptions() throws Exception {
        server.enqueue(fixtureResponse(200, "produce-in-progress"));

        kiosk.cardProductions()
                .withRequestOptions(RequestOptions.builder()
                        .correlationId("f47ac10b-58cc-4372-a567-0e02b2c3d479")
                        .build())
                .produce(PROFILE_ID, CARD_TOKEN, PARAMS);

        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getHeaders().get("X-External-Correlation-Id"))
                .isEqualTo("f47ac10b-58cc-4372-a567-0e02b2c3d479");
    }

    @Test
    void produceRequestErrorThrowsKioskRequestExceptionWithStatusAndCode() {
        server.enqueue(fixtureResponse(422, "produce-request-error"));

        assertThatThrownBy(() -> kiosk.cardProductions().produce(PROFILE_ID, CARD_TOKEN, PARAMS))
                .isInstanceOfSatisfying(KioskRequestException.class, e -> {
                    assertThat(e).isInstanceOf(UnprocessableEntityException.class);
                    assertThat(e.statusCode()).isEqualTo(422);
                    assertThat(e.traceId()).contains("trace-123");
                    assertThat(e.errorCode()).isEqualTo(RequestErrorCode.PIN_VERIFICATION_FAILED);
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.recommendedAction()).isEqualTo(RecommendedAction.RETRY_LATER);
                    assertThat(e.productionStatus().status()).isEqualTo(ProductionStatus.REQUEST_ERROR);
                    assertThat(e.productionStatus().description())
                            .contains("The PIN cannot be verified because the server is unreachable");
                    assertThat(e.getMessage())
                            .contains("HTTP 422 on PUT", "PIN_VERIFICATION_FAILED", "retryable: yes", "trace-123")
                            .doesNotContain(CARD_TOKEN)
                            .contains("****e3dd");
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void produceReturnsRequestCreatedButNotStartedVerbatimAsAcceptedAndPending() {
        server.enqueue(fixtureResponse(422, "produce-request-pending"));

        ApiResponse<CardProductionStatus> response =
                kiosk.cardProductions().withRawResponse().produce(PROFILE_ID, CARD_TOKEN, PARAMS);
        CardProductionStatus status = response.data();

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(status.status()).isEqualTo(ProductionStatus.REQUEST_ERROR);
        assertThat(status.errorCode()).contains("REQUEST_CREATED_BUT_NOT_STARTED");
        assertThat(status.isProductionAccepted()).isTrue();
        assertThat(status.answersOwnRetry()).isFalse();
        assertThat(status.isPending()).isTrue();
        assertThat(status.requestErrorCode()).contains(RequestErrorCode.REQUEST_CREATED_BUT_NOT_STARTED);
        assertThat(status.recommendedAction()).isEqualTo(RecommendedAction.WAIT_FOR_STATUS);
    }

    @Test
    void produceRetriedAfterDisconnectReturnsRequestAlreadyExistsVerbatimAsAccepted() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
                .build());
        server.enqueue(fixtureResponse(422, "produce-request-already-exists"));

        ApiResponse<CardProductionStatus> response =
                kiosk.cardProductions().withRawResponse().produce(PROFILE_ID, CARD_TOKEN, PARAMS);

        assertThat(response.data().status()).isEqualTo(ProductionStatus.REQUEST_ERROR);
        assertThat(response.data().status().raw()).isEqualTo("REQUEST_ERROR");
        assertThat(response.data().requestErrorCode()).contains(RequestErrorCode.REQUEST_ALREADY_EXISTS);
        assertThat(response.data().answersOwnRetry()).isTrue();
        assertThat(response.data().isProductionAccepted()).isTrue();
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.attempts()).isEqualTo(2);
        RecordedRequest first = server.takeRequest(1, TimeUnit.SECONDS);
        RecordedRequest second = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(first.getMethod()).isEqualTo("PUT");
        assertThat(second.getMethod()).isEqualTo("PUT");
        assertThat(second.getBody().utf8()).isEqualTo("{\"kioskId\":\"WIS00001\"}");
        assertThat(support.sleeper.sleeps()).hasSize(1);
    }

    @Test
    void produceWithoutPriorIoFailureReportsRequestAlreadyExistsAsError() {
        server.enqueue(fixtureResponse(422, "produce-request-already-exists"));

        assertThatThrownBy(() -> kiosk.cardProductions().produce(PROFILE_ID, CARD_TOKEN, PARAMS))
                .isInstanceOfSatisfying(KioskRequestException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(RequestErrorCode.REQUEST_ALREADY_EXISTS);
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.recommendedAction()).isEqualTo(RecommendedAction.WAIT_FOR_STATUS);
                });
    }

    @Test
    void produceOfCardOlderThanSixtyDaysSaysOrderANewCard() {
        server.enqueue(fixtureResponse(422, "produce-card-too-old"));

        assertThatThrownBy(() -> kiosk.cardProductions().produce(PROFILE_ID, CARD_TOKEN, PARAMS))
                .isInstanceOfSatisfying(CardTooOldForProductionException.class, e -> {
                    assertThat(e.isCardTooOldToProduce()).isTrue();
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.recommendedAction()).isEqualTo(RecommendedAction.ORDER_NEW_CARD);
                    assertThat(e.getMessage()).contains("more than 60 days ago", "order a new card");
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void produceRecognisesSixtyDayRuleInAnErrorListBody() {
        server.enqueue(json(
                422,
                "{\"errors\":[{\"code\":\"card.production.not.allowed\","
                        + "\"message\":\"Card older than 60 days cannot be produced\"}]}"));

        assertThatThrownBy(() -> kiosk.cardProductions().produce(PROFILE_ID, CARD_TOKEN, PARAMS))
                .isInstanceOfSatisfying(
                        CardTooOldForProductionException.class,
                        e -> assertThat(e.recommendedAction()).isEqualTo(RecommendedAction.ORDER_NEW_CARD));
    }

    @Test
    void produceUnrelated422WithoutProductionStatusKeepsDefaultMapping() {
        server.enqueue(json(422, "{\"errors\":[{\"code\":\"error.other\",\"message\":\"Something else\"}]}"));

        assertThatThrownBy(() -> kiosk.cardProductions().produce(PROFILE_ID, CARD_TOKEN, PARAMS))
                .isExactlyInstanceOf(UnprocessableEntityException.class);
    }

    @Test
    void produceUnknownRequestErrorCodeStaysRaw() {
        server.enqueue(fixtureResponse(422, "produce-unknown-request-error"));

        assertThatThrownBy(() -> kiosk.cardProductions().produce(PROFILE_ID, CARD_TOKEN, PARAMS))
                .isInstanceOfSatisfying(KioskRequestException.class, e -> {
                    assertThat(e.errorCode().value()).isEqualTo(RequestErrorCode.Value.UNKNOWN);
                    assertThat(e.errorCode().raw()).isEqualTo("KIOSK_ON_FIRE");
                    assertThat(e.productionStatus().errorCode()).contains("KIOSK_ON_FIRE");
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.recommendedAction()).isEqualTo(RecommendedAction.CONTACT_WISE);
                });
    }

    @Test
    void produceRejectsBlankKioskIdLocally() {
        assertThatThrownBy(() -> CardProductionParams.builder().kioskId("  ").build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .singleElement()
                                .satisfies(v -> assertThat(v.field()).isEqualTo("kioskId")));
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void onlyAnInProgressOrPendingAnswerCountsAsProductionAccepted() {
        server.enqueue(fixtureResponse(200, "retrieve-in-progress"));
        server.enqueue(fixtureResponse(200, "retrieve-ready"));
        server.enqueue(fixtureResponse(200, "retrieve-produced"));
        server.enqueue(fixtureResponse(200, "retrieve-production-error"));

        CardProductionStatus inProgress = kiosk.cardProductions().retrieve(PROFILE_ID, CARD_TOKEN);
        CardProductionStatus ready = kiosk.cardProductions().retrieve(PROFILE_ID, CARD_TOKEN);
        CardProductionStatus produced = kiosk.cardProductions().retrieve(PROFILE_ID, CARD_TOKEN);
        CardProductionStatus failed = kiosk.cardProductions().retrieve(PROFILE_ID, CARD_TOKEN);

        assertThat(inProgress.isProductionAccepted()).isTrue();
        assertThat(ready.isProductionAccepted()).isFalse();
        assertThat(produced.isProductionAccepted()).isFalse();
        assertThat(failed.isProductionAccepted()).isFalse();
        assertThat(failed.isCardTooOldToProduce()).isFalse();
        assertThat(inProgress.hashCode()).isNotEqualTo(ready.hashCode());
        assertThat(inProgress).isNotEqualTo(ready);
    }

    @Test
    void retrieveSendsGetAndParsesReadyWithNullKiosk() throws Exception {
        server.enqueue(fixtureResponse(200, "retrieve-ready"));

        CardProductionStatus status = kiosk.cardProductions().retrieve(PROFILE_ID, CARD_TOKEN);

        assertThat(status.status()).isEqualTo(ProductionStatus.READY);
        assertThat(status.status().canProduce()).isTrue();
        assertThat(status.kioskId()).isEmpty();
        assertThat(status.errorCode()).isEmpty();
        assertThat(status.description()).contains("Card ready for production");
        assertThat(status.occurredAt()).contains(Instant.parse("2024-01-01T12:24:56.124Z"));
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo(PRODUCTION_PATH);
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);
        assertThat(request.getBodySize()).isZero();
    }

    @Test
    void retrieveParsesProductionErrorWithTypedCode() {
        server.enqueue(fixtureResponse(200, "retrieve-production-error"));

        CardProductionStatus status = kiosk.cardProductions().retrieve(PROFILE_ID, CARD_TOKEN);

        assertThat(status.status()).isEqualTo(ProductionStatus.PRODUCTION_ERROR);
        assertThat(status.productionErrorCode()).contains(ProductionErrorCode.PRT_RIBBON_ENDED);
        assertThat(status.requestErrorCode()).isEmpty();
        assertThat(status.productionErrorCode().get().category()).isEqualTo(ProductionErrorCategory.PRINTER);
        assertThat(status.recommendedAction()).isEqualTo(RecommendedAction.OPERATOR_ACTION_AT_KIOSK);
    }

    @Test
    void retrieveKeepsUnknownProductionErrorCodeRawAndIgnoresUnknownFields() {
        server.enqueue(fixtureResponse(200, "retrieve-unknown-production-error"));

        CardProductionStatus status = kiosk.cardProductions().retrieve(PROFILE_ID, CARD_TOKEN);

        ProductionErrorCode code = status.productionErrorCode().orElseThrow();
        assertThat(code.value()).isEqualTo(ProductionErrorCode.Value.UNKNOWN);
        assertThat(code.raw()).isEqualTo("PRT_ON_FIRE");
        assertThat(code.category()).isEqualTo(ProductionErrorCategory.UNKNOWN);
        assertThat(status.errorCode()).contains("PRT_ON_FIRE");
    }

    @Test
    @MalformedResponses("a status outside the enum: the SDK keeps it raw")
    void retrieveKeepsUnknownStatusRaw() {
        server.enqueue(json(200, "{\"status\":\"QUEUED_AT_KIOSK\",\"kioskId\":\"WIS00001\"}"));

        CardProductionStatus status = kiosk.cardProductions().retrieve(PROFILE_ID, CARD_TOKEN);

        assertThat(status.status().value()).isEqualTo(ProductionStatus.Value.UNKNOWN);
        assertThat(status.status().raw()).isEqualTo("QUEUED_AT_KIOSK");
        assertThat(status.status().canProduce()).isFalse();
    }

    @Test
    void retrieveNotFoundMasksCardTokenInMessage() {
        server.enqueue(json(404, "{\"errors\":[{\"code\":\"not.found\",\"message\":\"Not found\"}]}"));

        assertThatThrownBy(() -> kiosk.cardProductions().retrieve(PROFILE_ID, CARD_TOKEN))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("****e3dd")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(CARD_TOKEN));
    }

    @Test
    @MalformedResponses("simulate answers a body the contract does not document; the SDK reads one if sent")
    void simulateSendsProducedInSandbox() throws Exception {
        server.enqueue(fixtureResponse(200, "simulate-produced"));

        Optional<CardProductionStatus> status =
                kiosk.cardProductions().simulate(PROFILE_ID, CARD_TOKEN, CardProductionSimulateParams.produced());

        assertThat(status).map(CardProductionStatus::status).contains(ProductionStatus.PRODUCED);
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo(SIMULATION_PATH);
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(request.getBody().utf8()).isEqualTo("{\"status\":\"PRODUCED\"}");
    }

    @Test
    void simulateSendsProductionErrorWithCodeAndAcceptsEmptyAnswer() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).build());

        Optional<CardProductionStatus> status = kiosk.cardProductions()
                .simulate(
                        PROFILE_ID,
                        CARD_TOKEN,
                        CardProductionSimulateParams.productionError(ProductionErrorCode.PRT_NOT_REACHABLE));

        assertThat(status).isEmpty();
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getBody().utf8())
                .isEqualTo("{\"status\":\"PRODUCTION_ERROR\",\"errorCode\":\"PRT_NOT_REACHABLE\"}");
    }

    @Test
    void simulateIsRefusedLocallyInProductionInEveryView() {
        try (KioskClient production = kiosk.withOptions(o -> o.environment(Environment.PRODUCTION))) {
            CardProductionService service = production.cardProductions();
            CardProductionSimulateParams params = CardProductionSimulateParams.produced();

            assertThatThrownBy(() -> service.simulate(PROFILE_ID, CARD_TOKEN, params))
                    .isInstanceOf(SandboxOnlyException.class)
                    .hasMessageContaining("sandbox only")
                    .hasMessageContaining("****e3dd")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(CARD_TOKEN));
            assertThatThrownBy(() -> service.withRawResponse().simulate(PROFILE_ID, CARD_TOKEN, params))
                    .isInstanceOf(SandboxOnlyException.class);
            assertThat(service.async().simulate(PROFILE_ID, CARD_TOKEN, params))
                    .failsWithin(java.time.Duration.ofSeconds(1))
                    .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .withCauseInstanceOf(SandboxOnlyException.class);
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void asyncProduceCompletesWithInProgress() throws Exception {
        server.enqueue(fixtureResponse(200, "produce-in-progress"));

        CompletableFuture<CardProductionStatus> future =
                kiosk.cardProductions().async().produce(PROFILE_ID, CARD_TOKEN, PARAMS);

        assertThat(future.get(5, TimeUnit.SECONDS).status()).isEqualTo(ProductionStatus.IN_PROGRESS);
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getMethod()).isEqualTo("PUT");
    }

    @Test
    void asyncProduceFailsWithKioskRequestException() {
        server.enqueue(fixtureResponse(422, "produce-request-error"));

        CompletableFuture<CardProductionStatus> future =
                kiosk.cardProductions().async().produce(PROFILE_ID, CARD_TOKEN, PARAMS);

        assertThatThrownBy(future::join)
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOf(KioskRequestException.class);
    }

    @Test
    @MalformedResponses("simulate answers a body the contract does not document; the SDK reads one if sent")
    void asyncRetrieveAndSimulateCompleteWithParsedResults() throws Exception {
        server.enqueue(fixtureResponse(200, "retrieve-produced"));
        server.enqueue(fixtureResponse(200, "simulate-produced"));

        AsyncCardProductionService async = kiosk.cardProductions().async();
        assertThat(async.retrieve(PROFILE_ID, CARD_TOKEN)
                        .get(5, TimeUnit.SECONDS)
                        .status())
                .isEqualTo(ProductionStatus.PRODUCED);
        assertThat(async.simulate(PROFILE_ID, CARD_TOKEN, CardProductionSimulateParams.produced())
                        .get(5, TimeUnit.SECONDS))
                .isPresent();
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getMethod()).isEqualTo("GET");
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getTarget()).isEqualTo(SIMULATION_PATH);
    }

    @Test
    void rawRetrieveExposesStatusAndHeaders() {
        server.enqueue(fixtureResponse(200, "retrieve-in-progress"));

        ApiResponse<CardProductionStatus> response =
                kiosk.cardProductions().withRawResponse().retrieve(PROFILE_ID, CARD_TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers()).containsKey("x-trace-id");
        assertThat(response.data().status()).isEqualTo(ProductionStatus.IN_PROGRESS);
    }

    @Test
    void simulateIsNotRetriedAfterIoFailure() {
        server.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
                .build());

        assertThatThrownBy(() -> kiosk.cardProductions()
                        .simulate(PROFILE_ID, CARD_TOKEN, CardProductionSimulateParams.produced()))
                .isInstanceOf(ApiConnectionException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void productionStatusWithoutAnyFieldDecodesAsAbsentInsteadOfFailing() {
        server.enqueue(json(200, "{}"));

        CardProductionStatus status = kiosk.cardProductions().retrieve(PROFILE_ID, CARD_TOKEN);

        assertThat(status.status()).isEqualTo(ProductionStatus.ABSENT);
        assertThat(status.status().raw()).isEmpty();
        assertThat(status.status().canProduce()).isFalse();
        assertThat(status.kioskId()).isEmpty();
        assertThat(status.occurredAt()).isEmpty();
    }
}
