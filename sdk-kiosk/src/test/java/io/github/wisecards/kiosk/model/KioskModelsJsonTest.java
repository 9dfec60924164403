package io.github.wisecards.kiosk.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.core.internal.JsonReader;
import io.github.wisecards.kiosk.internal.KioskReaders;
import io.github.wisecards.kiosk.internal.KioskWriters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The kiosk models' one decoding path, their request writers and their shared code catalogues. */
class KioskModelsJsonTest {
    static CardProductionStatus read(String json) throws IOException {
        return JsonReader.read(json.getBytes(StandardCharsets.UTF_8), KioskReaders.PRODUCTION_STATUS);
    }

    @Test
    void unknownFieldsAreIgnoredInTheProductionStatus() throws IOException {
        String plain = "{\"status\":\"PRODUCTION_ERROR\",\"kioskId\":\"WIS00001\","
                + "\"occurredAt\":\"2024-01-01T12:27:03.250Z\",\"errorCode\":\"PRT_NOT_REACHABLE\"}";
        String extended = "{\"batch\":{\"id\":[1,{\"x\":null}]},\"status\":\"PRODUCTION_ERROR\",\"retries\":3,"
                + "\"kioskId\":\"WIS00001\",\"occurredAt\":\"2024-01-01T12:27:03.250Z\",\"tags\":[],"
                + "\"errorCode\":\"PRT_NOT_REACHABLE\",\"operator\":null}";

        assertThat(read(extended)).isEqualTo(read(plain));
        assertThat(read(plain).occurredAt()).contains(Instant.parse("2024-01-01T12:27:03.250Z"));
    }

    @Test
    void unknownStatusAndCodeKeepTheServersRawStrings() throws IOException {
        CardProductionStatus status = read("{\"status\":\"QUEUED\",\"errorCode\":\"PRT_ON_FIRE\"}");

        assertThat(status.status().raw()).isEqualTo("QUEUED");
        assertThat(status.errorCode()).contains("PRT_ON_FIRE");
        assertThat(status.requestErrorCode().orElseThrow().raw()).isEqualTo("PRT_ON_FIRE");
        assertThat(status.requestErrorCode().orElseThrow().value()).isEqualTo(RequestErrorCode.Value.UNKNOWN);
    }

    @Test
    void bothCataloguesReuseTheirConstantsAndKeepUnknownCodesRaw() {
        assertThat(RequestErrorCode.of("KIOSK_ID_NOT_FOUND")).isSameAs(RequestErrorCode.KIOSK_ID_NOT_FOUND);
        assertThat(ProductionErrorCode.of("PRT_RIBBON")).isSameAs(ProductionErrorCode.PRT_RIBBON);
        assertThat(RequestErrorCode.of("NEW_CODE").raw()).isEqualTo("NEW_CODE");
        assertThat(ProductionErrorCode.of("NEW_CODE").category()).isEqualTo(ProductionErrorCategory.UNKNOWN);
        for (RequestErrorCode.Value v : RequestErrorCode.Value.values()) {
            if (v != RequestErrorCode.Value.UNKNOWN) {
                assertThat(RequestErrorCode.of(v.name()).value()).isSameAs(v);
            }
        }
        for (ProductionErrorCode.Value v : ProductionErrorCode.Value.values()) {
            if (v != ProductionErrorCode.Value.UNKNOWN) {
                assertThat(ProductionErrorCode.of(v.name()).value()).isSameAs(v);
            }
        }
    }

    @Test
    void simulationBodyLeavesOutAnUnsetErrorCode() throws IOException {
        assertThat(KioskWriters.body(CardProductionSimulateParams.produced()).toJson())
                .isEqualTo("{\"status\":\"PRODUCED\"}");
        assertThat(KioskWriters.body(CardProductionSimulateParams.productionError(ProductionErrorCode.PRT_RIBBON))
                        .toJson())
                .isEqualTo("{\"status\":\"PRODUCTION_ERROR\",\"errorCode\":\"PRT_RIBBON\"}");
    }

    @Test
    void toStringShowsStatusesCodesAndTheKioskAndLeavesOutUnsetFields() throws IOException {
        assertThat(read("{\"status\":\"IN_PROGRESS\",\"kioskId\":\"WIS00001\"}").toString())
                .isEqualTo("CardProductionStatus{status=IN_PROGRESS, kioskId=WIS00001}");
        assertThat(CardProductionParams.builder().kioskId("WIS00001").build().toString())
                .isEqualTo("CardProductionParams{kioskId=WIS00001}");
    }
}
