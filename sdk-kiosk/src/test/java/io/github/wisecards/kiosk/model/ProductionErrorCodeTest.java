package io.github.wisecards.kiosk.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.core.internal.JsonReader;
import io.github.wisecards.kiosk.internal.KioskReaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProductionErrorCodeTest {
    /** The 36 production error codes of the reference, in its order. */
    private static final List<String> DOCUMENTED = List.of(
            "CB_NOT_AVAILABLE",
            "CB_DB_NOT_AVAILABLE",
            "CB_NETWORK_NOT_AVAILABLE",
            "CB_AUTHENTICATION_FAILED",
            "CB_SERVICE_NOT_ALLOWED",
            "CB_TIME",
            "DP_NOT_AVAILABLE",
            "DP_IO_ERROR",
            "DP_TIMEOUT",
            "SAT_SERVER_NOT_REACHABLE",
            "SAT_AUTHENTICATION_FAILED",
            "SAT_NETWORK_NOT_AVAILABLE",
            "PRT_NOT_REACHABLE",
            "PRT_SETUP_ERROR",
            "PRT_TIMEOUT",
            "PRT_RIBBON",
            "PRT_LOCK_ERROR",
            "PRT_RIBBON_MISSING",
            "PRT_RIBBON_ENDED",
            "PRT_COVER_OPEN",
            "PRT_PAUSED",
            "PRD_UNEXPECTED_DATA",
            "PRD_FEEDER_EMPTY",
            "PRD_FEEDER_JAM",
            "PRD_HOPPER_FULL",
            "PRD_HOPPER_DOOR",
            "PRD_HOPPER_JAM",
            "PRD_MAGSTRIPE",
            "PRD_SMARTCARD",
            "PRD_EMBOSSER",
            "PRD_TIMEOUT",
            "PRD_REJECT_FULL",
            "PRD_SMARTCARD_CARD_NOT_IN_READER",
            "PRD_FINAL_VALIDATION_NOK",
            "INV_NOT_INITIALIZED",
            "UNKNOWN_ERROR");

    @Test
    void catalogueHasExactlyTheThirtySixDocumentedCodes() {
        assertThat(DOCUMENTED).hasSize(36).doesNotHaveDuplicates();
        assertThat(Stream.of(ProductionErrorCode.Value.values())
                        .filter(v -> v != ProductionErrorCode.Value.UNKNOWN)
                        .map(Enum::name))
                .containsExactlyElementsOf(DOCUMENTED);
    }

    @Test
    void everyCodeHasDescriptionCategoryAndAction() {
        for (String raw : DOCUMENTED) {
            ProductionErrorCode code = ProductionErrorCode.of(raw);
            assertThat(code.isKnown()).as(raw).isTrue();
            assertThat(code.raw()).isEqualTo(raw);
            assertThat(code.description()).as(raw).isNotBlank().endsWith(".");
            assertThat(code.category()).as(raw).isNotNull();
            assertThat(code.recommendedAction()).as(raw).isNotNull();
            assertThat(ProductionErrorCode.of(raw)).isSameAs(code);
        }
    }

    static Stream<Arguments> families() {
        return Stream.of(
                Arguments.of("CB_", ProductionErrorCategory.CENTRAL_BASE, 6),
                Arguments.of("DP_", ProductionErrorCategory.DATA_PREPARATION, 3),
                Arguments.of("SAT_", ProductionErrorCategory.SATELLITE, 3),
                Arguments.of("PRT_", ProductionErrorCategory.PRINTER, 9),
                Arguments.of("PRD_", ProductionErrorCategory.PRODUCTION, 13),
                Arguments.of("INV_", ProductionErrorCategory.INVENTORY, 1),
                Arguments.of("UNKNOWN_ERROR", ProductionErrorCategory.UNKNOWN, 1));
    }

    @ParameterizedTest(name = "{0} codes are {1}")
    @MethodSource("families")
    void eachFamilyMapsToItsCategoryAndDescriptionPrefix(String prefix, ProductionErrorCategory category, int count) {
        List<ProductionErrorCode> family = DOCUMENTED.stream()
                .filter(raw -> raw.startsWith(prefix))
                .map(ProductionErrorCode::of)
                .toList();

        assertThat(family)
                .hasSize(count)
                .allSatisfy(code -> assertThat(code.category()).isEqualTo(category));
        String descriptionPrefix = switch (category) {
            case CENTRAL_BASE -> "Main server error:";
            case DATA_PREPARATION -> "Data processing error:";
            case SATELLITE -> "Satellite agent error:";
            case PRINTER -> "Printer error:";
            case PRODUCTION, INVENTORY -> "Production error:";
            default -> "Unknown error";
        };
        assertThat(family).allSatisfy(code -> assertThat(code.description()).startsWith(descriptionPrefix));
    }

    @ParameterizedTest(name = "a {0} production error parses as {1}")
    @MethodSource("families")
    void productionStatusOfEachFamilyParsesToTypedCode(String prefix, ProductionErrorCategory category, int count)
            throws Exception {
        String raw = DOCUMENTED.stream()
                .filter(c -> c.startsWith(prefix))
                .findFirst()
                .orElseThrow();
        String json = "{\"status\":\"PRODUCTION_ERROR\",\"kioskId\":\"WIS00001\","
                + "\"occurredAt\":\"2024-01-01T12:27:03.250Z\",\"errorCode\":\"" + raw + "\","
                + "\"description\":\"" + ProductionErrorCode.of(raw).description() + "\"}";

        CardProductionStatus status =
                JsonReader.read(json.getBytes(StandardCharsets.UTF_8), KioskReaders.PRODUCTION_STATUS);

        assertThat(status.productionErrorCode()).contains(ProductionErrorCode.of(raw));
        assertThat(status.requestErrorCode()).isEmpty();
        assertThat(status.productionErrorCode().orElseThrow().category()).isEqualTo(category);
        assertThat(status.recommendedAction())
                .isEqualTo(ProductionErrorCode.of(raw).recommendedAction());
    }

    @Test
    void physicalKioskProblemsAskForOperatorAction() {
        Stream.of(
                        ProductionErrorCode.PRT_RIBBON,
                        ProductionErrorCode.PRT_RIBBON_MISSING,
                        ProductionErrorCode.PRT_RIBBON_ENDED,
                        ProductionErrorCode.PRT_COVER_OPEN,
                        ProductionErrorCode.PRD_FEEDER_EMPTY,
                        ProductionErrorCode.PRD_FEEDER_JAM,
                        ProductionErrorCode.PRD_HOPPER_FULL,
                        ProductionErrorCode.PRD_HOPPER_DOOR,
                        ProductionErrorCode.PRD_REJECT_FULL)
                .forEach(code -> assertThat(code.recommendedAction())
                        .as(code.raw())
                        .isEqualTo(RecommendedAction.OPERATOR_ACTION_AT_KIOSK));
    }

    @Test
    void transientServerSideProblemsAskToRetryLaterAndConfigurationProblemsToContactWise() {
        assertThat(ProductionErrorCode.CB_NOT_AVAILABLE.recommendedAction()).isEqualTo(RecommendedAction.RETRY_LATER);
        assertThat(ProductionErrorCode.DP_TIMEOUT.recommendedAction()).isEqualTo(RecommendedAction.RETRY_LATER);
        assertThat(ProductionErrorCode.CB_AUTHENTICATION_FAILED.recommendedAction())
                .isEqualTo(RecommendedAction.CONTACT_WISE);
        assertThat(ProductionErrorCode.UNKNOWN_ERROR.recommendedAction()).isEqualTo(RecommendedAction.CONTACT_WISE);
    }

    @Test
    void unknownCodeStaysRawWithUnknownCategory() {
        ProductionErrorCode code = ProductionErrorCode.of("PRT_ON_FIRE");

        assertThat(code.value()).isEqualTo(ProductionErrorCode.Value.UNKNOWN);
        assertThat(code.raw()).isEqualTo("PRT_ON_FIRE");
        assertThat(code.toString()).isEqualTo("PRT_ON_FIRE");
        assertThat(code.category()).isEqualTo(ProductionErrorCategory.UNKNOWN);
        assertThat(code.recommendedAction()).isEqualTo(RecommendedAction.CONTACT_WISE);
        assertThat(code).isEqualTo(ProductionErrorCode.of("PRT_ON_FIRE")).isNotEqualTo(ProductionErrorCode.PRT_RIBBON);
    }

    @Test
    void wisesUnknownErrorCodeIsKnownAndDistinctFromUnrecognisedCodes() {
        assertThat(ProductionErrorCode.UNKNOWN_ERROR.isKnown()).isTrue();
        assertThat(ProductionErrorCode.UNKNOWN_ERROR.value()).isEqualTo(ProductionErrorCode.Value.UNKNOWN_ERROR);
    }
}
