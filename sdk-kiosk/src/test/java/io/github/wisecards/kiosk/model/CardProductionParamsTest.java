package io.github.wisecards.kiosk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.core.errors.ValidationException;
import io.github.wisecards.core.internal.Json;
import io.github.wisecards.kiosk.internal.KioskWriters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardProductionParamsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "WIS00001",
                "k",
                "kiosk_lobby-2",
                "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345",
                "WIS 00001",
                "WIS/00001",
                "kiosk.1",
                "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJ"
            })
    void kioskIdWithoutADocumentedFormatIsAcceptedWhateverItsCharactersOrLength(String kioskId) throws Exception {
        CardProductionParams params =
                CardProductionParams.builder().kioskId(kioskId).build();

        assertThat(params.kioskId()).isEqualTo(kioskId);
        assertThat(Json.mapper()
                        .readTree(KioskWriters.body(params).toJson())
                        .get("kioskId")
                        .asText())
                .isEqualTo(kioskId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t", "WIS\uD800", "\uDC00WIS"})
    void kioskIdIsRefusedOnlyWhenBlankOrNotTransmittableInJson(String kioskId) {
        assertThatThrownBy(() -> CardProductionParams.builder().kioskId(kioskId).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations())
                            .singleElement()
                            .satisfies(v -> assertThat(v.field()).isEqualTo("kioskId"));
                    assertThat(e.getMessage()).contains("kioskId");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"WIS\uD83D\uDE00", "\uD83D\uDE00WIS", "W\uD83D\uDE00\uD83D\uDE00S"})
    void kioskIdWithSurrogatePairsIsAccepted(String kioskId) {
        assertThat(CardProductionParams.builder().kioskId(kioskId).build().kioskId())
                .isEqualTo(kioskId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"WIS\uD800X", "W\uD83D\uDE00\uDE00", "\uD800\uD800\uDC00"})
    void kioskIdWithAHighSurrogateNotFollowedByALowOneIsRefused(String kioskId) {
        assertThatThrownBy(() -> CardProductionParams.builder().kioskId(kioskId).build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("unpaired surrogate");
    }

    @Test
    void aRefusedLongKioskIdIsNeverEchoed() {
        String kioskId = "KIOSK-" + "7".repeat(200) + "\uD800";

        assertThatThrownBy(() -> CardProductionParams.builder().kioskId(kioskId).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.getMessage()).doesNotContain("7777").doesNotContain("KIOSK-");
                    assertThat(e.violations())
                            .singleElement()
                            .satisfies(v -> assertThat(v.toString()).doesNotContain("7777"));
                });
    }

    @Test
    void paramsWithDifferentKioskIdsDiffer() {
        CardProductionParams a =
                CardProductionParams.builder().kioskId("WIS00001").build();
        CardProductionParams b =
                CardProductionParams.builder().kioskId("WIS00002").build();

        assertThat(a).isNotEqualTo(b);
        assertThat(a.hashCode()).isNotEqualTo(b.hashCode());
        CardProductionSimulateParams produced = CardProductionSimulateParams.builder()
                .status(ProductionStatus.PRODUCED)
                .build();
        CardProductionSimulateParams paused =
                CardProductionSimulateParams.productionError(ProductionErrorCode.PRT_PAUSED);
        assertThat(produced).isNotEqualTo(paused);
        assertThat(produced.hashCode()).isNotEqualTo(paused.hashCode());
        assertThat(paused.toString()).contains("PRODUCTION_ERROR");
    }

    @Test
    void missingKioskIdIsNamedByBuild() {
        assertThatThrownBy(() -> CardProductionParams.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kioskId");
    }

    @Test
    void simulateParamsAllowAnErrorCodeOnlyWithProductionErrorAndDoNotRequireIt() {
        assertThat(CardProductionSimulateParams.builder()
                        .status(ProductionStatus.PRODUCTION_ERROR)
                        .build()
                        .errorCode())
                .isEmpty();
        assertThatThrownBy(() -> CardProductionSimulateParams.builder()
                        .status(ProductionStatus.PRODUCED)
                        .errorCode(ProductionErrorCode.PRT_PAUSED)
                        .build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("errorCode");
        assertThatThrownBy(() -> CardProductionSimulateParams.builder()
                        .status(ProductionStatus.READY)
                        .build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("status");
    }

    @Test
    void valueEqualityAndToBuilderRoundTrip() {
        CardProductionParams params =
                CardProductionParams.builder().kioskId("WIS00001").build();

        assertThat(params.toBuilder().build()).isEqualTo(params).hasSameHashCodeAs(params);
        assertThat(params.toString()).contains("WIS00001");
        CardProductionSimulateParams sim = CardProductionSimulateParams.productionError(ProductionErrorCode.PRT_PAUSED);
        assertThat(sim.toBuilder().build()).isEqualTo(sim);
        assertThat(sim.errorCode()).contains(ProductionErrorCode.PRT_PAUSED);
    }
}
