package io.github.wisecards.kiosk;

import static io.github.wisecards.kiosk.KioskTestSupport.CARD_TOKEN;
import static io.github.wisecards.kiosk.KioskTestSupport.PROFILE_ID;
import static io.github.wisecards.kiosk.KioskTestSupport.json;
import static io.github.wisecards.kiosk.KioskTestSupport.requestError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.wisecards.contract.ContractCheck;
import io.github.wisecards.kiosk.model.CardProductionParams;
import io.github.wisecards.kiosk.model.CardProductionStatus;
import io.github.wisecards.kiosk.model.ProductionStatus;
import io.github.wisecards.kiosk.model.RecommendedAction;
import io.github.wisecards.kiosk.model.RequestErrorCode;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One produce answered 422 per documented request error code, through the whole client. */
class KioskRequestExceptionTest {
    /** The 22 request error codes of the reference and whether a retry can succeed. */
    private static final Map<String, Boolean> RETRYABLE = Map.ofEntries(
            Map.entry("UNKNOWN_ERROR", true),
            Map.entry("REQUEST_ALREADY_EXISTS", false),
            Map.entry("KIOSK_ID_NOT_FOUND", false),
            Map.entry("CARD_TYPE_NOT_FOUND", false),
            Map.entry("INVALID_FIELD_VALUE", false),
            Map.entry("INVALID_PIN_FORMAT", false),
            Map.entry("EMPTY_OR_NULL_FIELD_VALUE", false),
            Map.entry("EMPTY_OR_NULL_OR_WRONG_SIZE_FIELD_VALUE", false),
            Map.entry("CHARSET_NOT_SUPPORTED", false),
            Map.entry("INVALID_FIELD_FORMAT", false),
            Map.entry("INVALID_FIELD_ENCODING", false),
            Map.entry("CDATA_ENCODING_OR_FORMATING_ERROR", false),
            Map.entry("PIN_LENGTH_ERROR", false),
            Map.entry("PIN_VERIFICATION_FAILED", true),
            Map.entry("DATA_PREPARATION_FAILED", false),
            Map.entry("PARTIAL_DATA_RECEIVED", true),
            Map.entry("NO_BRANCH_LINKED_TO_KIOSK", false),
            Map.entry("IMAGE_SERVER_ERROR", true),
            Map.entry("PAN_ALREADY_EXISTS", false),
            Map.entry("PRINTER_OR_SATELLITE_NOT_READY", true),
            Map.entry("REQUEST_CREATED_BUT_NOT_STARTED", false),
            Map.entry("UNABLE_TO_ACCEPT_REQUEST", true));

    private static final CardProductionParams PARAMS =
            CardProductionParams.builder().kioskId("WIS00001").build();

    @StartStop
    private final MockWebServer server = ContractCheck.mockWebServer();

    private final KioskTestSupport support = KioskTestSupport.create();

    static Stream<Arguments> requestErrorCodes() {
        return RETRYABLE.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requestErrorCodes")
    void produceAnswered422MapsEachRequestErrorCode(String code, boolean retryable) {
        RequestErrorCode expected = RequestErrorCode.of(code);
        server.enqueue(json(422, requestError(code, expected.description())));

        try (KioskClient kiosk = support.client(server)) {
            if (expected.isPending()) {
                CardProductionStatus status = kiosk.cardProductions().produce(PROFILE_ID, CARD_TOKEN, PARAMS);
                assertThat(status.status()).isEqualTo(ProductionStatus.REQUEST_ERROR);
                assertThat(status.isPending()).isTrue();
                assertThat(status.isProductionAccepted()).isTrue();
                return;
            }
            KioskRequestException e = catchThrowableOfType(
                    KioskRequestException.class, () -> kiosk.cardProductions().produce(PROFILE_ID, CARD_TOKEN, PARAMS));
            assertThat(e).isExactlyInstanceOf(KioskRequestException.class);
            assertThat(e.errorCode()).isSameAs(expected);
            assertThat(e.errorCode().isKnown()).isTrue();
            assertThat(e.isRetryable()).isEqualTo(retryable);
            assertThat(e.isCardTooOldToProduce()).isFalse();
            assertThat(e.recommendedAction()).isEqualTo(expected.recommendedAction());
            assertThat(e.productionStatus().description()).contains(expected.description());
            assertThat(e.getMessage()).contains(code).contains("retryable: " + (retryable ? "yes" : "no"));
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void sixtyDayRefusalIsRecognisedByTheErrorCodeAlone() {
        server.enqueue(json(422, requestError("CARD_TOO_OLD", "Refused")));

        try (KioskClient kiosk = support.client(server)) {
            assertThatThrownBy(() -> kiosk.cardProductions().produce(PROFILE_ID, CARD_TOKEN, PARAMS))
                    .isInstanceOfSatisfying(CardTooOldForProductionException.class, e -> {
                        assertThat(e.isCardTooOldToProduce()).isTrue();
                        assertThat(e.isRetryable()).isFalse();
                        assertThat(e.recommendedAction()).isEqualTo(RecommendedAction.ORDER_NEW_CARD);
                    });
        }
    }

    @Test
    void sixtyDayRefusalIsRecognisedByTheDescriptionAloneWhateverTheCode() {
        server.enqueue(json(422, requestError("UNABLE_TO_ACCEPT_REQUEST", "Card created more than 60 days ago")));

        try (KioskClient kiosk = support.client(server)) {
            assertThatThrownBy(() -> kiosk.cardProductions().produce(PROFILE_ID, CARD_TOKEN, PARAMS))
                    .isInstanceOfSatisfying(CardTooOldForProductionException.class, e -> {
                        // a retryable code, but a card too old can never be produced
                        assertThat(e.errorCode()).isEqualTo(RequestErrorCode.UNABLE_TO_ACCEPT_REQUEST);
                        assertThat(e.isRetryable()).isFalse();
                    });
        }
    }

    @Test
    void catalogueHasExactlyTheTwentyTwoDocumentedCodes() {
        assertThat(Stream.of(RequestErrorCode.Value.values())
                        .filter(v -> v != RequestErrorCode.Value.UNKNOWN)
                        .map(Enum::name))
                .containsExactlyInAnyOrderElementsOf(RETRYABLE.keySet());
    }

    @Test
    void everyCodeHasDescriptionRetryabilityAndAction() {
        RETRYABLE.forEach((code, retryable) -> {
            RequestErrorCode c = RequestErrorCode.of(code);
            assertThat(c.raw()).isEqualTo(code);
            assertThat(c.description()).isNotBlank();
            assertThat(c.isRetryable()).as(code).isEqualTo(retryable);
            assertThat(c.recommendedAction()).isNotNull();
            assertThat(c.isPending()).as(code).isEqualTo(code.equals("REQUEST_CREATED_BUT_NOT_STARTED"));
            assertThat(RequestErrorCode.of(code)).isSameAs(c);
        });
    }

    @Test
    void retryableExamplesOfTheIssueHoldAndNonRetryableOnesToo() {
        assertThat(RequestErrorCode.PRINTER_OR_SATELLITE_NOT_READY.isRetryable())
                .isTrue();
        assertThat(RequestErrorCode.UNABLE_TO_ACCEPT_REQUEST.isRetryable()).isTrue();
        assertThat(RequestErrorCode.KIOSK_ID_NOT_FOUND.isRetryable()).isFalse();
        assertThat(RequestErrorCode.INVALID_PIN_FORMAT.isRetryable()).isFalse();
        assertThat(RequestErrorCode.KIOSK_ID_NOT_FOUND.recommendedAction()).isEqualTo(RecommendedAction.CHECK_REQUEST);
    }

    @Test
    void unknownCodeStaysRawAndIsNotRetryable() {
        RequestErrorCode c = RequestErrorCode.of("SOMETHING_NEW");

        assertThat(c.value()).isEqualTo(RequestErrorCode.Value.UNKNOWN);
        assertThat(c.raw()).isEqualTo("SOMETHING_NEW");
        assertThat(c.isKnown()).isFalse();
        assertThat(c.isRetryable()).isFalse();
        assertThat(c.isPending()).isFalse();
        assertThat(c).isEqualTo(RequestErrorCode.of("SOMETHING_NEW"));
        assertThat(c.recommendedAction()).isEqualTo(RecommendedAction.CONTACT_WISE);
    }
}
