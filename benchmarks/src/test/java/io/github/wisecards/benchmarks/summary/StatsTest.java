package io.github.wisecards.benchmarks.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertThat(Stats.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertThat(Stats.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    }

    @Test
    void medianOfNothingIsRejected() {
        assertThatThrownBy(() -> Stats.median(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jmhTimeUnitsConvertToNanosecondsPerOp() {
        assertThat(Stats.toNanosPerOp(2, "ns/op")).isEqualTo(2);
        assertThat(Stats.toNanosPerOp(2, "us/op")).isEqualTo(2_000);
        assertThat(Stats.toNanosPerOp(2, "ms/op")).isEqualTo(2_000_000);
        assertThat(Stats.toNanosPerOp(2, "s/op")).isEqualTo(2_000_000_000);
    }

    @Test
    void throughputUnitsAreRejected() {
        assertThatThrownBy(() -> Stats.toNanosPerOp(2, "ops/s")).isInstanceOf(IllegalArgumentException.class);
    }
}
