package io.github.wisecards.benchmarks;

import io.github.wisecards.benchmarks.fixture.Fixtures;
import io.github.wisecards.benchmarks.raw.RawCardOrder;
import io.github.wisecards.cards.model.CardOrder;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Case 1: retrieve a card order. SDK {@code cardOrders().retrieve(..)} against a raw OkHttp GET
 * parsed by Jackson into an equivalent POJO; single thread and 8 threads.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class RetrieveBenchmark {

    /** SDK, one thread. */
    @Benchmark
    public CardOrder sdk(HttpState s) {
        return s.sdk.cardOrders().retrieve(Fixtures.PROFILE_ID, Fixtures.CARD_ORDER_ID);
    }

    /** Raw OkHttp + Jackson, one thread. */
    @Benchmark
    public RawCardOrder raw(HttpState s) throws IOException {
        return s.raw.retrieve(Fixtures.CARD_ORDER_ID);
    }

    /** SDK, 8 threads sharing one client. */
    @Benchmark
    @Threads(8)
    public CardOrder sdkThreads8(HttpState s) {
        return s.sdk.cardOrders().retrieve(Fixtures.PROFILE_ID, Fixtures.CARD_ORDER_ID);
    }

    /** Raw OkHttp + Jackson, 8 threads sharing one client. */
    @Benchmark
    @Threads(8)
    public RawCardOrder rawThreads8(HttpState s) throws IOException {
        return s.raw.retrieve(Fixtures.CARD_ORDER_ID);
    }
}
