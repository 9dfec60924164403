package io.github.wisecards.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The PIN case's two sides work through public API only, with the network stubbed in memory. */
class PinPayloadBenchmarkTest {

    @Test
    void bothSidesPresetThePinThroughTheInMemoryStub() throws Exception {
        PinPayloadBenchmark benchmark = new PinPayloadBenchmark();
        benchmark.start();
        try {
            assertThat(benchmark.sdk().cardOrderId()).contains("142");
            assertThat(benchmark.raw()).contains("142");
        } finally {
            benchmark.stop();
        }
    }
}
