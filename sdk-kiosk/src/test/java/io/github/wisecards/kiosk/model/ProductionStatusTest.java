package io.github.wisecards.kiosk.model;

import static io.github.wisecards.kiosk.model.ProductionStatus.IN_PROGRESS;
import static io.github.wisecards.kiosk.model.ProductionStatus.PRODUCED;
import static io.github.wisecards.kiosk.model.ProductionStatus.PRODUCTION_ERROR;
import static io.github.wisecards.kiosk.model.ProductionStatus.READY;
import static io.github.wisecards.kiosk.model.ProductionStatus.REQUEST_ERROR;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductionStatusTest {

    @Test
    void documentedTransitionsAreAllowed() {
        assertThat(READY.canTransitionTo(IN_PROGRESS)).isTrue();
        assertThat(IN_PROGRESS.canTransitionTo(PRODUCED)).isTrue();
        assertThat(IN_PROGRESS.canTransitionTo(PRODUCTION_ERROR)).isTrue();
        assertThat(PRODUCTION_ERROR.canTransitionTo(IN_PROGRESS)).isTrue();
        assertThat(READY.canTransitionTo(REQUEST_ERROR)).isTrue();
        assertThat(REQUEST_ERROR.canTransitionTo(IN_PROGRESS)).isTrue();
    }

    @Test
    void undocumentedTransitionsAreRefused() {
        assertThat(PRODUCED.nextStatuses()).isEmpty();
        assertThat(PRODUCED.canTransitionTo(IN_PROGRESS)).isFalse();
        assertThat(READY.canTransitionTo(PRODUCED)).isFalse();
        assertThat(IN_PROGRESS.canTransitionTo(READY)).isFalse();
        assertThat(IN_PROGRESS.nextStatuses()).containsExactlyInAnyOrder(PRODUCED, PRODUCTION_ERROR);
    }

    @Test
    void produceMayBeCalledWhenReadyOrAfterAnError() {
        assertThat(READY.canProduce()).isTrue();
        assertThat(PRODUCTION_ERROR.canProduce()).isTrue();
        assertThat(REQUEST_ERROR.canProduce()).isTrue();
        assertThat(IN_PROGRESS.canProduce()).isFalse();
        assertThat(PRODUCED.canProduce()).isFalse();
    }

    @Test
    void onlyProducedIsFinal() {
        assertThat(PRODUCED.isFinal()).isTrue();
        assertThat(PRODUCTION_ERROR.isFinal()).isFalse();
        assertThat(REQUEST_ERROR.isFinal()).isFalse();
        assertThat(PRODUCTION_ERROR.isError()).isTrue();
        assertThat(REQUEST_ERROR.isError()).isTrue();
        assertThat(IN_PROGRESS.isError()).isFalse();
    }

    @Test
    void unknownStatusStaysRawWithNoTransitions() throws Exception {
        ProductionStatus unknown = ProductionStatus.of("QUEUED");

        assertThat(unknown.value()).isEqualTo(ProductionStatus.Value.UNKNOWN);
        assertThat(unknown.raw()).isEqualTo("QUEUED");
        assertThat(unknown.canProduce()).isFalse();
        assertThat(unknown.isFinal()).isFalse();
        assertThat(unknown.nextStatuses()).isEmpty();
        assertThat(READY.canTransitionTo(unknown)).isFalse();
        assertThat(unknown).hasToString("QUEUED").isEqualTo(ProductionStatus.of("QUEUED"));
    }

    @Test
    void knownValuesReuseConstants() throws Exception {
        assertThat(ProductionStatus.of("READY")).isSameAs(READY);
        assertThat(ProductionStatus.of("PRODUCED")).isSameAs(PRODUCED);
    }
}
