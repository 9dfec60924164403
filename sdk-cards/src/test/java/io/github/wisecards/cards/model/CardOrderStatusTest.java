package io.github.wisecards.cards.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardOrderStatusTest {

    @Test
    void placedCancelsCleanly() {
        assertThat(CardOrderStatus.PLACED.canBeCancelled()).isTrue();
        assertThat(CardOrderStatus.PLACED.cancellationBlocksCard()).isFalse();
        assertThat(CardOrderStatus.PLACED.isFinal()).isFalse();
    }

    @Test
    void laterStatusesCancelAndBlockTheCard() {
        for (CardOrderStatus s : new CardOrderStatus[] {
            CardOrderStatus.REQUIREMENTS_FULFILLED, CardOrderStatus.CARD_DETAILS_CREATED, CardOrderStatus.PRODUCED
        }) {
            assertThat(s.canBeCancelled()).as(s.raw()).isTrue();
            assertThat(s.cancellationBlocksCard()).as(s.raw()).isTrue();
            assertThat(s.isFinal()).as(s.raw()).isFalse();
        }
    }

    @Test
    void completedAndReturnedCannotBeCancelled() {
        for (CardOrderStatus s : new CardOrderStatus[] {CardOrderStatus.COMPLETED, CardOrderStatus.RETURNED}) {
            assertThat(s.canBeCancelled()).as(s.raw()).isFalse();
            assertThat(s.cancellationBlocksCard()).as(s.raw()).isFalse();
        }
        assertThat(CardOrderStatus.CANCELLED.canBeCancelled()).isFalse();
    }

    @Test
    void returnedIsNotFinalBecauseItCanStillBeCompleted() {
        assertThat(CardOrderStatus.RETURNED.isFinal()).isFalse();
        assertThat(CardOrderStatus.RETURNED.canBeCompleted()).isTrue();
    }

    @Test
    void onlyCompletedAndCancelledAreFinal() {
        for (CardOrderStatus s : new CardOrderStatus[] {CardOrderStatus.COMPLETED, CardOrderStatus.CANCELLED}) {
            assertThat(s.isFinal()).as(s.raw()).isTrue();
        }
    }

    @Test
    void completedCanBeSetForEveryStatusExceptCancelledAndCompleted() {
        for (CardOrderStatus s : new CardOrderStatus[] {
            CardOrderStatus.PLACED,
            CardOrderStatus.REQUIREMENTS_FULFILLED,
            CardOrderStatus.CARD_DETAILS_CREATED,
            CardOrderStatus.PRODUCED,
            CardOrderStatus.RETURNED,
            CardOrderStatus.of("SOMETHING_NEW")
        }) {
            assertThat(s.canBeCompleted()).as(s.raw()).isTrue();
        }
        assertThat(CardOrderStatus.CANCELLED.canBeCompleted()).isFalse();
        assertThat(CardOrderStatus.COMPLETED.canBeCompleted()).isFalse();
        assertThat(CardOrderStatus.ABSENT.canBeCompleted()).isFalse();
    }

    @Test
    void everyDocumentedStatusParsesToItsConstant() {
        for (CardOrderStatus status : new CardOrderStatus[] {
            CardOrderStatus.PLACED,
            CardOrderStatus.REQUIREMENTS_FULFILLED,
            CardOrderStatus.CARD_DETAILS_CREATED,
            CardOrderStatus.PRODUCED,
            CardOrderStatus.COMPLETED,
            CardOrderStatus.CANCELLED,
            CardOrderStatus.RETURNED
        }) {
            assertThat(CardOrderStatus.of(status.raw())).isSameAs(status);
        }
    }

    @Test
    void knownValuesReuseConstantsAndUnknownOnesKeepTheirRawString() {
        assertThat(CardOrderStatus.of("PRODUCED")).isSameAs(CardOrderStatus.PRODUCED);
        CardOrderStatus unknown = CardOrderStatus.of("REQUIREMENT_FULFILLED"); // the reference's own typo
        assertThat(unknown.value()).isEqualTo(CardOrderStatus.Value.UNKNOWN);
        assertThat(unknown.raw()).isEqualTo("REQUIREMENT_FULFILLED");
        assertThat(unknown).isEqualTo(CardOrderStatus.of("REQUIREMENT_FULFILLED"));
        assertThat(unknown.canBeCancelled()).isFalse();
        assertThat(unknown.isFinal()).isFalse();
    }

    @Test
    void cardStatusKnowsTheWebhookValues() {
        for (String raw :
                new String[] {"ACTIVE", "INACTIVE", "BLOCKED", "FROZEN", "PARTNER_SUSPENDED", "EXPIRED", "PURGED"}) {
            assertThat(CardStatus.of(raw).isKnown()).as(raw).isTrue();
            assertThat(CardStatus.of(raw).value().name()).isEqualTo(raw);
        }
        assertThat(CardStatus.of("LOST").value()).isEqualTo(CardStatus.Value.UNKNOWN);
    }
}
