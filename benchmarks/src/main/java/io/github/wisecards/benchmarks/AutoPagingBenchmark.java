package io.github.wisecards.benchmarks;

import io.github.wisecards.benchmarks.fixture.Fixtures;
import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.cards.model.CardOrderListParams;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Case 3: read all 10,000 card orders, 100 per page (100 requests per op): the SDK's lazy {@code
 * listAll} pager against a raw page loop. The heap side of the case is {@link HeapFlatness}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class AutoPagingBenchmark {
    private static final CardOrderListParams PAGES_OF_100 =
            CardOrderListParams.builder().pageSize(HttpState.PAGE_SIZE).build();

    /** SDK: iterate the auto-pager. */
    @Benchmark
    public long sdk(HttpState s, Blackhole bh) {
        long n = 0;
        for (CardOrder order : s.sdk.cardOrders().listAll(Fixtures.PROFILE_ID, PAGES_OF_100)) {
            bh.consume(order);
            n++;
        }
        return check(n);
    }

    /** Raw: request page after page until the total count is reached. */
    @Benchmark
    public long raw(HttpState s, Blackhole bh) throws IOException {
        return check(s.raw.forEach(HttpState.PAGE_SIZE, bh::consume));
    }

    private static long check(long n) {
        if (n != HttpState.TOTAL_ORDERS) {
            throw new IllegalStateException("paged " + n + " orders, expected " + HttpState.TOTAL_ORDERS);
        }
        return n;
    }
}
