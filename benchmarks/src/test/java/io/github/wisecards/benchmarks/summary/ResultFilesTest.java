package io.github.wisecards.benchmarks.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFilesTest {
    @TempDir
    Path dir;

    @Test
    void jmhResultsTakeTheRoundFromTheFileNameAndSkipOtherFiles() throws Exception {
        Files.writeString(dir.resolve("round-2-1a-sdk.json"), JmhJson.result("a.B.sdk", 1.5, "us/op", 640));
        Files.writeString(dir.resolve("round-2-1a-raw.json"), ""); // an interrupted run
        Files.writeString(dir.resolve("notes.json"), JmhJson.result("a.B.other", 1, "us/op", 1));

        List<Measurement> ms = JmhResults.read(dir);

        assertThat(ms).containsExactly(new Measurement(2, "a.B.sdk", 1500, 640, 1, "OpenJDK 64-Bit Server VM 17.0.15"));
    }

    @Test
    void withoutTheGcProfilerAllocationIsNaN() {
        List<Measurement> ms = JmhResults.parse(1, JmhJson.result("a.B.sdk", 2, "ms/op", Double.NaN));

        assertThat(ms.get(0).allocBytesPerOp()).isNaN();
        assertThat(ms.get(0).nanosPerOp()).isEqualTo(2_000_000);
    }

    @Test
    void coldStartReadsHyperfineTimesAndComparesMedians() {
        ColdStartResult c = ColdStartResult.parse("{\"results\":[{\"command\":\"sdk\",\"times\":[0.9,0.8,1.0,5.0]},"
                        + "{\"command\":\"raw\",\"times\":[0.6,0.7,0.5]}]}")
                .orElseThrow();

        assertThat(c.tool()).isEqualTo("hyperfine");
        assertThat(c.sdkMedian()).isEqualTo(0.95);
        assertThat(c.rawMedian()).isEqualTo(0.6);
        assertThat(c.met()).isFalse(); // 1.58x
    }

    @Test
    void coldStartWithoutBothProgramsIsAbsent() {
        assertThat(ColdStartResult.parse("{\"tool\":\"bash loop\",\"results\":[{\"command\":\"sdk\",\"times\":[1]}]}"))
                .isEmpty();
        assertThat(ColdStartResult.read(dir.resolve("missing.json"))).isEmpty();
    }

    @Test
    void interleavedRatiosAreReadPerCase() {
        InterleavedResult r =
                InterleavedResult.parse("{\"1a\":{\"ratios\":[1.1,1.2]},\"3\":{\"ratios\":[]},\"2\":{\"threads\":1}}");

        assertThat(r.of("1a")).containsExactly(1.1, 1.2);
        assertThat(r.of("3")).isEmpty();
        assertThat(r.of("2")).isEmpty();
        assertThat(InterleavedResult.read(dir.resolve("missing.json")).ratios()).isEmpty();
    }

    @Test
    void heapIsFlatWhenTheSdkPagerGrowsLessThanOneMebibyte() {
        HeapResult flat = HeapResult.parse("{\"sdk\":{\"page10\":1000000,\"page100\":1900000}}");
        HeapResult growing = HeapResult.parse("{\"sdk\":{\"page10\":1000000,\"page100\":9000000}}");

        assertThat(flat.sdkFlat()).isTrue();
        assertThat(flat.growth("sdk")).isEqualTo(900_000);
        assertThat(growing.sdkFlat()).isFalse();
        assertThat(HeapResult.parse("{}").sdkFlat()).isFalse();
    }
}
