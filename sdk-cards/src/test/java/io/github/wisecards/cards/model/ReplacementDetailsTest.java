package io.github.wisecards.cards.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.core.errors.FieldViolation;
import org.junit.jupiter.api.Test;

/** Replacement details never return null; missing parts are reported by validation. */
class ReplacementDetailsTest {

    @Test
    void missingTokenAndReasonAreEmptyNotNullAndReportedByValidation() {
        ReplacementDetails details = ReplacementDetails.of(null, null);

        assertThat(details.cardToken()).isEmpty();
        assertThat(details.reason()).isEmpty();
        assertThat(details.toString()).isEqualTo("ReplacementDetails{}");
        assertThat(CardOrderCreateParams.builder()
                        .program("VISA_DEBIT_BUSINESS_UK_1_CARDS_API")
                        .cardHolderName("John Smith")
                        .address(Address.other("GB")
                                .firstLine("56 Shoreditch High St")
                                .city("London")
                                .postCode("E1 6JJ")
                                .build())
                        .replacementDetails(details)
                        .build()
                        .validate())
                .containsExactly(
                        FieldViolation.of("replacementDetails.cardToken", "Required Field"),
                        FieldViolation.of("replacementDetails.reason", "Required Field"));
    }

    @Test
    void presentTokenAndReasonAreReturned() {
        ReplacementDetails details =
                ReplacementDetails.of("4a75fdb7-5791-49ac-832c-81c4347e4df0", ReplacementReason.CARD_DAMAGED);

        assertThat(details.cardToken()).contains("4a75fdb7-5791-49ac-832c-81c4347e4df0");
        assertThat(details.reason()).contains(ReplacementReason.CARD_DAMAGED);
        assertThat(details.toString()).doesNotContain("4a75fdb7-5791").contains("****4df0");
    }
}
