package io.github.wisecards.benchmarks.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VirtualThreadResultTest {
    private static final String MEASURED = """
            {"jvm": "OpenJDK 64-Bit Server VM 25.0.3+9-LTS", "calls": 10000,
             "pinnedEvents": 3, "pinnedEventsMeasured": 0,
             "pinnedStacks": {"warm-up: jdk.internal.loader.BuiltinClassLoader.loadClassOrNull": 3},
             "sdkThroughput": 3500.0, "rawThroughput": 3400.0, "sdkP99Micros": 2100000.0, "rawP99Micros": 2000000.0,
             "throughputRatios": [1.02, 1.05, 0.97], "p99Ratios": [1.04, 1.06, 0.99]}
            """;

    private static String render(VirtualThreadResult v) {
        return MarkdownReport.render(List.of(), Optional.empty(), Optional.empty(), Optional.of(v), Map.of(), null);
    }

    @Test
    void measuredRunReportsMediansAndPinnedCountsAgainstTheTargets() {
        VirtualThreadResult v = VirtualThreadResult.parse(MEASURED);

        assertThat(v.ran()).isTrue();
        assertThat(v.throughputRatio()).isEqualTo(1.02);
        assertThat(v.p99Ratio()).isEqualTo(1.04);
        assertThat(v.met()).isTrue();
        String md = render(v);
        assertThat(md)
                .contains("## Case 9: 10,000 concurrent retrieves on virtual threads")
                .contains("| Throughput | 3,500 calls/s | 3,400 calls/s | 1.02x | ≥ 0.91x raw (time ≤ 1.10x) | yes |")
                .contains("| p99 latency | 2,100 ms | 2,000 ms | 1.04x | ≤ 1.10x raw | yes |")
                .contains("0 in measured rounds, 3 in the whole run")
                .contains("- 3 × `warm-up: jdk.internal.loader.BuiltinClassLoader.loadClassOrNull`")
                .contains("Targets missed in this run: none.");
    }

    @Test
    void pinnedEventInAMeasuredRoundMissesTheTarget() {
        VirtualThreadResult v = VirtualThreadResult.parse(
                MEASURED.replace("\"pinnedEventsMeasured\": 0", "\"pinnedEventsMeasured\": 1"));

        assertThat(v.pinnedMet()).isFalse();
        assertThat(render(v)).contains("Targets missed in this run: 9.");
    }

    @Test
    void slowerThroughputThanTheTargetAllowsMissesIt() {
        VirtualThreadResult v = VirtualThreadResult.parse(MEASURED.replace("[1.02, 1.05, 0.97]", "[0.85, 0.88, 0.90]"));

        assertThat(v.throughputMet()).isFalse();
        assertThat(v.met()).isFalse();
    }

    @Test
    void runOnAJdkWithoutVirtualThreadsIsReportedAsSkipped() {
        VirtualThreadResult v = VirtualThreadResult.parse(
                "{\"jvm\": \"OpenJDK 17\", \"calls\": 10000, \"skipped\": \"needs JDK 21+ (virtual threads); ran on JDK 17\"}");

        assertThat(v.ran()).isFalse();
        assertThat(render(v))
                .contains("**Skipped**: needs JDK 21+ (virtual threads); ran on JDK 17.")
                .contains("Targets missed in this run: none.");
    }
}
