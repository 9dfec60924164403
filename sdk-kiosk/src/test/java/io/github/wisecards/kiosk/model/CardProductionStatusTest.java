package io.github.wisecards.kiosk.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.kiosk.ProductionWaitTimeoutException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The production status on its own: the 60-day refusal, value semantics, the timeout's message. */
class CardProductionStatusTest {
    private static final CardProductionStatus REFUSED = CardProductionStatus.builder()
            .status(ProductionStatus.REQUEST_ERROR)
            .kioskId("WIS00001")
            .occurredAt(Instant.parse("2024-01-01T12:24:56.124Z"))
            .errorCode("UNABLE_TO_ACCEPT_REQUEST")
            .description("Unable to accept request")
            .build();

    @Test
    void sixtyDayRefusalIsRecognisedByTheDescriptionWhenNoErrorCodeIsSent() {
        CardProductionStatus noCode = CardProductionStatus.builder()
                .status(ProductionStatus.REQUEST_ERROR)
                .description("Card created more than 60 days ago")
                .build();
        CardProductionStatus noCodeNoDescription = CardProductionStatus.builder()
                .status(ProductionStatus.REQUEST_ERROR)
                .build();

        assertThat(noCode.isCardTooOldToProduce()).isTrue();
        assertThat(noCode.recommendedAction()).isEqualTo(RecommendedAction.ORDER_NEW_CARD);
        assertThat(noCodeNoDescription.isCardTooOldToProduce()).isFalse();
        assertThat(REFUSED.isCardTooOldToProduce()).isFalse();
    }

    @Test
    void sixtyDayWordingOutsideARequestErrorIsNotTheRefusal() {
        CardProductionStatus productionError = CardProductionStatus.builder()
                .status(ProductionStatus.PRODUCTION_ERROR)
                .errorCode("CARD_TOO_OLD")
                .description("Card created more than 60 days ago")
                .build();

        assertThat(productionError.isCardTooOldToProduce()).isFalse();
    }

    @Test
    void statusesDifferingInOneFieldAreUnequalAndHashApart() {
        CardProductionStatus[] variants = {
            REFUSED.toBuilder().status(ProductionStatus.PRODUCTION_ERROR).build(),
            REFUSED.toBuilder().kioskId("WIS00002").build(),
            REFUSED.toBuilder()
                    .occurredAt(Instant.parse("2024-01-01T12:24:57Z"))
                    .build(),
            REFUSED.toBuilder().errorCode("PRINTER_OR_SATELLITE_NOT_READY").build(),
            REFUSED.toBuilder().description("Other").build(),
            REFUSED.toBuilder().answersOwnRetry(true).build()
        };

        assertThat(REFUSED.toBuilder().build()).isEqualTo(REFUSED).hasSameHashCodeAs(REFUSED);
        for (CardProductionStatus variant : variants) {
            assertThat(variant).isNotEqualTo(REFUSED);
            assertThat(variant.hashCode()).isNotEqualTo(REFUSED.hashCode());
        }
    }

    @Test
    void timeoutMessageNamesTheLastStatusOrNone() {
        ProductionWaitTimeoutException none = new ProductionWaitTimeoutException(
                "production readiness of card ****e3dd", Duration.ofMinutes(1), null);
        ProductionWaitTimeoutException last = new ProductionWaitTimeoutException(
                "production readiness of card ****e3dd", Duration.ofMinutes(1), REFUSED);

        assertThat(none.getMessage()).endsWith("last observed status: none");
        assertThat(none.lastStatus()).isEmpty();
        assertThat(last.getMessage())
                .isEqualTo("Timed out after PT1M waiting for production readiness of card ****e3dd;"
                        + " last observed status: REQUEST_ERROR");
        assertThat(last.lastStatus()).contains(REFUSED);
    }
}
