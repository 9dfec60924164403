package io.github.wisecards.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wisecards.benchmarks.fixture.Fixtures;
import io.github.wisecards.benchmarks.fixture.HttpSettings;
import io.github.wisecards.benchmarks.fixture.LoopbackServer;
import io.github.wisecards.benchmarks.fixture.SdkClients;
import io.github.wisecards.benchmarks.raw.RawCardOrderApi;
import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.cards.model.CardOrderListParams;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Case 3's heap check: pages through the 10,000 orders (100 pages of 100) and measures the used heap
 * after a full GC when the first order of page 11 arrives (10 pages consumed) and at the last order
 * of page 100. Run for the SDK pager, the raw loop, and a control that keeps every order (which must
 * show growth, proving the measurement sees retention). Writes {@code heap.json}.
 *
 * <p>Usage: {@code HeapFlatness <heap.json>}; run with {@code -XX:+UseSerialGC} for exact figures.
 */
public final class HeapFlatness {
    private static final Logger LOG = LoggerFactory.getLogger(HeapFlatness.class);
    private static final int PAGE = HttpState.PAGE_SIZE;
    private static final long AT_PAGE_10 = 10L * PAGE + 1;
    private static final long AT_PAGE_100 = 100L * PAGE;

    private final LoopbackServer server;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private long[] marks;

    private HeapFlatness(LoopbackServer server) {
        this.server = server;
    }

    /** Entry point; see the class description. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: HeapFlatness <heap.json>");
        }
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode out = mapper.createObjectNode();
        try (LoopbackServer server = LoopbackServer.start(HttpState.TOTAL_ORDERS, PAGE)) {
            OkHttpClient http = HttpSettings.newClient();
            RawCardOrderApi raw =
                    new RawCardOrderApi(http, server.baseUrl(), Fixtures.PROFILE_ID, Fixtures.ACCESS_TOKEN);
            HeapFlatness h = new HeapFlatness(server);
            try (CardsClient sdk = SdkClients.cards(http, server.baseUrl())) {
                CardOrderListParams params =
                        CardOrderListParams.builder().pageSize(PAGE).build();
                Iterable<CardOrder> sdkPager = () ->
                        sdk.cardOrders().listAll(Fixtures.PROFILE_ID, params).iterator();
                h.run(sdkPager, null); // warm up: load classes, fill the pool
                put(out, "sdk", h.run(sdkPager, null));
                List<Object> kept = new ArrayList<>();
                put(out, "retainingControl", h.run(sdkPager, kept));
                kept.clear();
                h.runRaw(raw);
                put(out, "raw", h.runRaw(raw));
            } finally {
                HttpSettings.shutdown(http);
            }
        }
        Path file = Path.of(args[0]);
        Files.writeString(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(out));
        LOG.info("heap check written to {}: {}", file, out);
    }

    private long[] run(Iterable<CardOrder> pager, List<Object> keep) {
        marks = new long[2];
        long n = 0;
        for (CardOrder order : pager) {
            n++;
            if (keep != null) {
                keep.add(order);
            }
            mark(n);
        }
        check(n);
        return marks;
    }

    private long[] runRaw(RawCardOrderApi raw) throws IOException {
        marks = new long[2];
        long[] n = {0};
        long total = raw.forEach(PAGE, order -> mark(++n[0]));
        check(total);
        return marks;
    }

    private void mark(long n) {
        if (n == AT_PAGE_10) {
            marks[0] = usedAfterGc();
        } else if (n == AT_PAGE_100) {
            marks[1] = usedAfterGc();
        }
    }

    private long usedAfterGc() {
        server.drainRecorded();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            memory.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static void check(long n) {
        if (n != HttpState.TOTAL_ORDERS) {
            throw new IllegalStateException("paged " + n + " orders, expected " + HttpState.TOTAL_ORDERS);
        }
    }

    private static void put(ObjectNode out, String name, long[] marks) {
        out.putObject(name).put("page10", marks[0]).put("page100", marks[1]);
    }
}
