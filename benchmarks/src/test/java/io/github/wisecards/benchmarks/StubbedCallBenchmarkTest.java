package io.github.wisecards.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.benchmarks.fixture.Fixtures;
import org.junit.jupiter.api.Test;

/** Cases 8a and 8b: both sides retrieve and create through the in-memory stub, no socket. */
class StubbedCallBenchmarkTest {

    @Test
    void bothSidesRetrieveAndCreateTheCardOrderThroughTheStub() throws Exception {
        StubbedCallBenchmark benchmark = new StubbedCallBenchmark();
        benchmark.start();
        try {
            assertThat(benchmark.sdkRetrieve().id()).isEqualTo(Fixtures.CARD_ORDER_ID);
            assertThat(benchmark.rawRetrieve().id).isEqualTo(Fixtures.CARD_ORDER_ID);
            assertThat(benchmark.sdkCreate().id()).isEqualTo(Fixtures.CARD_ORDER_ID);
            assertThat(benchmark.rawCreate().id).isEqualTo(Fixtures.CARD_ORDER_ID);
        } finally {
            benchmark.stop();
        }
    }
}
