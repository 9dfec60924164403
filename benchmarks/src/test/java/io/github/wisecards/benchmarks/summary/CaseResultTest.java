package io.github.wisecards.benchmarks.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseResultTest {
    private static final CaseSpec TIME = new CaseSpec(
            "1a",
            "Retrieve",
            "Retrieve",
            "x.Bench.sdk",
            "x.Bench.raw",
            Kind.TIME_RATIO,
            1.10,
            1.2,
            true,
            1,
            1,
            1,
            1,
            true);
    private static final CaseSpec THROUGHPUT = new CaseSpec(
            "4",
            "Webhook",
            "Webhook",
            "x.Hook.sdk",
            "x.Hook.raw",
            Kind.THROUGHPUT_RATIO,
            0.95,
            null,
            true,
            1,
            1,
            1,
            1,
            true);
    private static final CaseSpec ABSOLUTE = new CaseSpec(
            "5a", "Address", "Address", "x.Addr.br", null, Kind.ABSOLUTE_NS, 1000, null, true, 1, 1, 1, 1, false);

    @Test
    void ratioIsTheMedianOfPerRoundRatiosNotTheRatioOfMedians() {
        List<Measurement> ms = new ArrayList<>();
        // round 1: 1.0, round 2: 2.0 (a slow phase hit both sides), round 3: 1.2
        add(ms, 1, 100, 100);
        add(ms, 2, 400, 200);
        add(ms, 3, 120, 100);

        CaseResult r = CaseResult.of(TIME, ms);

        assertThat(r.rounds()).isEqualTo(3);
        assertThat(r.ratios()).containsExactly(1.0, 2.0, 1.2);
        assertThat(r.value()).isEqualTo(1.2);
        assertThat(r.met()).isFalse();
        assertThat(r.sdkNanos()).isEqualTo(120);
        assertThat(r.rawNanos()).isEqualTo(100);
    }

    @Test
    void allocationRatioIsComparedWithItsTarget() {
        List<Measurement> ms = new ArrayList<>();
        ms.add(new Measurement(1, "x.Bench.sdk", 105, 1100, 1, "jvm"));
        ms.add(new Measurement(1, "x.Bench.raw", 100, 1000, 1, "jvm"));

        CaseResult r = CaseResult.of(TIME, ms);

        assertThat(r.met()).isTrue();
        assertThat(r.allocRatio()).isCloseTo(1.1, within(1e-9));
        assertThat(r.allocMet()).isTrue();
    }

    @Test
    void throughputRatioIsRawTimeOverSdkTime() {
        List<Measurement> ms = new ArrayList<>();
        ms.add(new Measurement(1, "x.Hook.sdk", 100, Double.NaN, 1, "jvm"));
        ms.add(new Measurement(1, "x.Hook.raw", 96, Double.NaN, 1, "jvm"));

        CaseResult r = CaseResult.of(THROUGHPUT, ms);

        assertThat(r.value()).isCloseTo(0.96, within(1e-9));
        assertThat(r.met()).isTrue();
        assertThat(r.allocMet()).isTrue();
    }

    @Test
    void absoluteCaseIsTheMedianSdkTime() {
        List<Measurement> ms = List.of(new Measurement(1, "x.Addr.br", 1200, 800, 1, "jvm"));

        CaseResult r = CaseResult.of(ABSOLUTE, ms);

        assertThat(r.value()).isEqualTo(1200);
        assertThat(r.met()).isFalse();
    }

    @Test
    void unpairedRoundsAreIgnoredAndACaseWithoutResultsIsNotMeasured() {
        List<Measurement> ms = List.of(new Measurement(1, "x.Bench.sdk", 100, 1, 1, "jvm"));

        CaseResult r = CaseResult.of(TIME, ms);

        assertThat(r.rounds()).isZero();
        assertThat(r.measured()).isFalse();
        assertThat(r.met()).isFalse();
    }

    private static void add(List<Measurement> ms, int round, double sdk, double raw) {
        ms.add(new Measurement(round, "x.Bench.sdk", sdk, Double.NaN, 1, "jvm"));
        ms.add(new Measurement(round, "x.Bench.raw", raw, Double.NaN, 1, "jvm"));
    }
}
