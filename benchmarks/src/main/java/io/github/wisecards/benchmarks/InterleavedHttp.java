package io.github.wisecards.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wisecards.benchmarks.fixture.Fixtures;
import io.github.wisecards.benchmarks.fixture.HttpSettings;
import io.github.wisecards.benchmarks.fixture.LoopbackServer;
import io.github.wisecards.benchmarks.fixture.SdkClients;
import io.github.wisecards.benchmarks.raw.RawCardOrderApi;
import io.github.wisecards.benchmarks.raw.RawCardOrderCreateRequest;
import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.cards.model.CardOrderListParams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP cases (1a, 1b, 2, 3) and the stubbed-network cases (8a, 8b) measured a second way: SDK and raw alternate in batches of about
 * 0.1 s inside one JVM, on the same server and client, and each pair of batches gives one SDK/raw
 * ratio. On a shared VM a whole JMH fork can land in a slow phase (the same raw benchmark varies
 * from 24 to 40 us per call between forks); batches that alternate every 0.1 s share those phases,
 * so the median of their ratios is much steadier. Writes {@code interleaved.json}: per case the
 * per-pair ratios and the median SDK and raw time per op.
 *
 * <p>Usage: {@code InterleavedHttp <interleaved.json> [--quick]}.
 */
public final class InterleavedHttp {
    private static final Logger LOG = LoggerFactory.getLogger(InterleavedHttp.class);
    private static final int THREADS = 8;

    private interface Op {
        Object run() throws Exception;
    }

    private InterleavedHttp() {}

    /** Entry point; see the class description. */
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: InterleavedHttp <interleaved.json> [--quick]");
        }
        boolean quick = args.length > 1 && args[1].equals("--quick");
        int warmupPairs = quick ? 2 : 10;
        int pairs = quick ? 3 : 40;
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode out = mapper.createObjectNode();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try (LoopbackServer server = LoopbackServer.start(HttpState.TOTAL_ORDERS, HttpState.PAGE_SIZE)) {
            OkHttpClient http = HttpSettings.newClient();
            RawCardOrderApi raw =
                    new RawCardOrderApi(http, server.baseUrl(), Fixtures.PROFILE_ID, Fixtures.ACCESS_TOKEN);
            try (CardsClient sdk = SdkClients.cards(http, server.baseUrl())) {
                CardOrderListParams pages = CardOrderListParams.builder()
                        .pageSize(HttpState.PAGE_SIZE)
                        .build();
                Op sdkRetrieve = () -> sdk.cardOrders().retrieve(Fixtures.PROFILE_ID, Fixtures.CARD_ORDER_ID);
                Op rawRetrieve = () -> raw.retrieve(Fixtures.CARD_ORDER_ID);
                Op sdkCreate = () -> sdk.cardOrders().create(Fixtures.PROFILE_ID, CreateBenchmark.params());
                Op rawCreate = () -> raw.create(RawCardOrderCreateRequest.sample());
                Op sdkPages = () -> {
                    long n = 0;
                    for (CardOrder o : sdk.cardOrders().listAll(Fixtures.PROFILE_ID, pages)) {
                        n += o.id() > 0 ? 1 : 0;
                    }
                    return n;
                };
                Op rawPages = () -> raw.forEach(HttpState.PAGE_SIZE, o -> {});
                Run run = new Run(server, pool, warmupPairs, pairs);
                out.set("1a", run.measure("1a", sdkRetrieve, rawRetrieve, 3000, 1, mapper));
                out.set("1b", run.measure("1b", sdkRetrieve, rawRetrieve, 400, THREADS, mapper));
                out.set("2", run.measure("2", sdkCreate, rawCreate, 2500, 1, mapper));
                out.set("3", run.measure("3", sdkPages, rawPages, 2, 1, mapper));
                StubbedCallBenchmark stubbed = new StubbedCallBenchmark();
                stubbed.start();
                try {
                    out.set("8a", run.measure("8a", stubbed::sdkRetrieve, stubbed::rawRetrieve, 10_000, 1, mapper));
                    out.set("8b", run.measure("8b", stubbed::sdkCreate, stubbed::rawCreate, 8_000, 1, mapper));
                } finally {
                    stubbed.stop();
                }
            } finally {
                HttpSettings.shutdown(http);
            }
        } finally {
            pool.shutdownNow();
        }
        Path file = Path.of(args[0]);
        Files.writeString(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(out));
        LOG.info("interleaved ratios written to {}", file);
    }

    private record Run(LoopbackServer server, ExecutorService pool, int warmupPairs, int pairs) {

        /** Alternates batches of {@code ops} calls per thread, SDK first in even pairs. */
        ObjectNode measure(String id, Op sdk, Op raw, int ops, int threads, ObjectMapper mapper) throws Exception {
            List<Double> ratios = new ArrayList<>();
            List<Double> sdkNanos = new ArrayList<>();
            List<Double> rawNanos = new ArrayList<>();
            for (int i = 0; i < warmupPairs + pairs; i++) {
                boolean sdkFirst = i % 2 == 0;
                long first = batch(sdkFirst ? sdk : raw, ops, threads);
                long second = batch(sdkFirst ? raw : sdk, ops, threads);
                server.drainRecorded();
                if (i >= warmupPairs) {
                    long s = sdkFirst ? first : second;
                    long r = sdkFirst ? second : first;
                    ratios.add((double) s / r);
                    sdkNanos.add((double) s / ops);
                    rawNanos.add((double) r / ops);
                }
            }
            ObjectNode node = mapper.createObjectNode();
            node.put("threads", threads);
            node.put("opsPerBatch", ops);
            node.put("sdkNanosPerOp", median(sdkNanos));
            node.put("rawNanosPerOp", median(rawNanos));
            ArrayNode r = node.putArray("ratios");
            ratios.forEach(r::add);
            LOG.info("case {}: median SDK/raw {} over {} pairs", id, String.format("%.3f", median(ratios)), pairs);
            return node;
        }

        /** Runs {@code ops} calls on each of {@code threads} threads; returns the wall time in ns. */
        private long batch(Op op, int ops, int threads) throws Exception {
            Callable<Void> task = () -> {
                for (int j = 0; j < ops; j++) {
                    op.run();
                }
                return null;
            };
            long start = System.nanoTime();
            if (threads == 1) {
                task.call();
            } else {
                List<Callable<Void>> tasks = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    tasks.add(task);
                }
                for (Future<Void> f : pool.invokeAll(tasks)) {
                    f.get();
                }
            }
            return System.nanoTime() - start;
        }

        private static double median(List<Double> values) {
            return io.github.wisecards.benchmarks.summary.Stats.median(values);
        }
    }
}
