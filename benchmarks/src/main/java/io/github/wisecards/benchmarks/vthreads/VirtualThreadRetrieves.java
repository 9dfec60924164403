package io.github.wisecards.benchmarks.vthreads;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wisecards.benchmarks.fixture.Fixtures;
import io.github.wisecards.benchmarks.fixture.SdkClients;
import io.github.wisecards.benchmarks.raw.RawCardOrderApi;
import io.github.wisecards.benchmarks.summary.Stats;
import io.github.wisecards.cards.CardsClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Case 9: 10,000 concurrent retrieves, one virtual thread each, against a loopback server in its
 * own process ({@link VirtualThreadServer}), SDK and raw OkHttp + Jackson in the same JVM over the
 * same OkHttp client, in alternating rounds. A round starts all 10,000 calls at once and waits for
 * the last; it gives the throughput (calls per second of the round's wall time) and the p99 of the
 * per-call latencies. The figures are the medians of the per-pair SDK/raw ratios over 8 pairs,
 * after 3 warm-up pairs. A JFR recording of {@code jdk.VirtualThreadPinned} with no threshold runs
 * through all rounds: every time a virtual thread blocked while pinned to its carrier is counted,
 * in the whole run and in the measured rounds (the warm-up's first calls load and initialize
 * classes, which pins), with the top frames of each kind of event.
 *
 * <p>Needs JDK 21+. On an older JDK it writes a result that says it was skipped and why, and
 * exits normally, so the suite runs on JDK 17. Usage: {@code VirtualThreadRetrieves
 * <virtual-threads.json> [--quick]}.
 */
public final class VirtualThreadRetrieves {
    /** Concurrent retrieves per round. */
    public static final int CALLS = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(VirtualThreadRetrieves.class);
    private static final String PINNED = "jdk.VirtualThreadPinned";

    private interface Op {
        Object run() throws Exception;
    }

    /** One round: wall time and the sorted per-call latencies, in nanoseconds. */
    private record Round(long wallNanos, long[] latencies) {
        double throughput() {
            return latencies.length * 1e9 / wallNanos;
        }

        long p99() {
            return latencies[(int) Math.ceil(latencies.length * 0.99) - 1];
        }
    }

    private VirtualThreadRetrieves() {}

    /** Entry point; see the class description. */
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: VirtualThreadRetrieves <virtual-threads.json> [--quick]");
        }
        Path file = Path.of(args[0]);
        boolean quick = args.length > 1 && args[1].equals("--quick");
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode out = mapper.createObjectNode();
        out.put("jvm", System.getProperty("java.vm.name") + " " + Runtime.version());
        out.put("calls", CALLS);
        if (!VirtualThreads.available()) {
            String reason =
                    "needs JDK " + VirtualThreads.MIN_FEATURE + "+ (virtual threads); ran on JDK " + Runtime.version();
            LOG.warn("case 9 skipped: {}", reason);
            out.put("skipped", reason);
            Files.writeString(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(out));
            return;
        }
        int warmupPairs = quick ? 1 : 3;
        int pairs = quick ? 2 : 8;
        Path portFile = Files.createTempFile("vt-server", ".port");
        Files.delete(portFile);
        Process server = startServer(portFile);
        try {
            String baseUrl = "http://127.0.0.1:" + awaitPort(portFile, server);
            // a pool that keeps every connection of a round, so later rounds reuse them (the
            // client and the server each hold 10,000 sockets)
            OkHttpClient http = new OkHttpClient.Builder()
                    .connectionPool(new ConnectionPool(CALLS + 1_000, 10, TimeUnit.MINUTES))
                    .connectTimeout(30, TimeUnit.SECONDS)
                    .readTimeout(60, TimeUnit.SECONDS)
                    .writeTimeout(60, TimeUnit.SECONDS)
                    .retryOnConnectionFailure(false)
                    .build();
            RawCardOrderApi raw = new RawCardOrderApi(http, baseUrl, Fixtures.PROFILE_ID, Fixtures.ACCESS_TOKEN);
            try (CardsClient sdk = SdkClients.cards(http, baseUrl);
                    Recording recording = new Recording()) {
                recording.enable(PINNED).withThreshold(Duration.ZERO).withStackTrace();
                recording.start();
                Op sdkOp = () -> sdk.cardOrders().retrieve(Fixtures.PROFILE_ID, Fixtures.CARD_ORDER_ID);
                Op rawOp = () -> raw.retrieve(Fixtures.CARD_ORDER_ID);
                List<Double> throughputRatios = new ArrayList<>();
                List<Double> p99Ratios = new ArrayList<>();
                List<Double> sdkThroughput = new ArrayList<>();
                List<Double> rawThroughput = new ArrayList<>();
                List<Double> sdkP99 = new ArrayList<>();
                List<Double> rawP99 = new ArrayList<>();
                Instant measuredFrom = null;
                for (int i = 0; i < warmupPairs + pairs; i++) {
                    if (i == warmupPairs) {
                        measuredFrom = Instant.now();
                    }
                    boolean sdkFirst = i % 2 == 0;
                    Round first = round(sdkFirst ? sdkOp : rawOp);
                    Round second = round(sdkFirst ? rawOp : sdkOp);
                    Round s = sdkFirst ? first : second;
                    Round r = sdkFirst ? second : first;
                    LOG.info(
                            "case 9 pair {}{}: SDK {} calls/s p99 {} ms, raw {} calls/s p99 {} ms",
                            i + 1,
                            i < warmupPairs ? " (warm-up)" : "",
                            Math.round(s.throughput()),
                            String.format("%.1f", s.p99() / 1e6),
                            Math.round(r.throughput()),
                            String.format("%.1f", r.p99() / 1e6));
                    if (i >= warmupPairs) {
                        throughputRatios.add(s.throughput() / r.throughput());
                        p99Ratios.add((double) s.p99() / r.p99());
                        sdkThroughput.add(s.throughput());
                        rawThroughput.add(r.throughput());
                        sdkP99.add(s.p99() / 1e3);
                        rawP99.add(r.p99() / 1e3);
                    }
                }
                recording.stop();
                Path jfr = Files.createTempFile("vt-pinned", ".jfr");
                try {
                    recording.dump(jfr);
                    countPinned(jfr, measuredFrom, out);
                } finally {
                    Files.deleteIfExists(jfr);
                }
                out.put("pairs", pairs);
                out.put("sdkThroughput", Stats.median(sdkThroughput));
                out.put("rawThroughput", Stats.median(rawThroughput));
                out.put("sdkP99Micros", Stats.median(sdkP99));
                out.put("rawP99Micros", Stats.median(rawP99));
                ArrayNode t = out.putArray("throughputRatios");
                throughputRatios.forEach(t::add);
                ArrayNode p = out.putArray("p99Ratios");
                p99Ratios.forEach(p::add);
            } finally {
                http.dispatcher().executorService().shutdown();
                http.connectionPool().evictAll();
            }
        } finally {
            server.getOutputStream().close(); // the server stops when its input ends
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroy();
            }
        }
        Files.writeString(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(out));
        LOG.info(
                "case 9: throughput SDK/raw {}, p99 SDK/raw {}, pinned events {} ({} in measured rounds); written to {}",
                String.format("%.3f", Stats.median(listOf(out.path("throughputRatios")))),
                String.format("%.3f", Stats.median(listOf(out.path("p99Ratios")))),
                out.path("pinnedEvents").asLong(),
                out.path("pinnedEventsMeasured").asLong(),
                file);
    }

    /** Starts all {@link #CALLS} calls at once, one virtual thread each, and waits for the last. */
    private static Round round(Op op) throws Exception {
        long[] latencies = new long[CALLS];
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<Exception> firstFailure = new AtomicReference<>();
        ExecutorService threads = VirtualThreads.perTaskExecutor();
        long start = System.nanoTime();
        for (int i = 0; i < CALLS; i++) {
            int call = i;
            threads.execute(() -> {
                long t0 = System.nanoTime();
                try {
                    op.run();
                } catch (Exception e) {
                    failures.incrementAndGet();
                    firstFailure.compareAndSet(null, e);
                }
                latencies[call] = System.nanoTime() - t0;
            });
        }
        threads.shutdown();
        if (!threads.awaitTermination(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("a round of " + CALLS + " calls did not end in 5 minutes");
        }
        long wall = System.nanoTime() - start;
        if (failures.get() > 0) {
            throw new IllegalStateException(
                    failures.get() + " of " + CALLS + " concurrent calls failed", firstFailure.get());
        }
        Arrays.sort(latencies);
        return new Round(wall, latencies);
    }

    /**
     * Counts the pinned events: in the whole run, in the measured rounds (after the warm-up, where
     * first use loads classes, which pins), and those with an SDK frame on the stack; keeps the
     * top frames of each kind of event so a count above zero can be explained.
     */
    private static void countPinned(Path jfr, Instant measuredFrom, ObjectNode out) throws IOException {
        long all = 0;
        long measured = 0;
        long inSdk = 0;
        Map<String, Integer> kinds = new TreeMap<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            if (!e.getEventType().getName().equals(PINNED)) {
                continue;
            }
            all++;
            boolean inMeasured = measuredFrom != null && !e.getStartTime().isBefore(measuredFrom);
            measured += inMeasured ? 1 : 0;
            List<RecordedFrame> frames =
                    e.getStackTrace() == null ? List.of() : e.getStackTrace().getFrames();
            boolean sdk = false;
            StringBuilder kind = new StringBuilder(inMeasured ? "measured: " : "warm-up: ");
            for (int i = 0; i < frames.size(); i++) {
                String name = frames.get(i).getMethod().getType().getName() + "."
                        + frames.get(i).getMethod().getName();
                sdk |= name.startsWith("io.github.wisecards.cards") || name.startsWith("io.github.wisecards.core");
                if (i < 4) {
                    kind.append(i == 0 ? "" : " < ").append(name);
                }
            }
            inSdk += sdk ? 1 : 0;
            kinds.merge(kind.toString(), 1, Integer::sum);
        }
        out.put("pinnedEvents", all);
        out.put("pinnedEventsMeasured", measured);
        out.put("pinnedEventsWithSdkFrames", inSdk);
        ObjectNode top = out.putObject("pinnedStacks");
        kinds.forEach(top::put);
    }

    private static Process startServer(Path portFile) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        VirtualThreadServer.class.getName(),
                        portFile.toString())
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private static int awaitPort(Path portFile, Process server) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (Files.isRegularFile(portFile)) {
                int port = Integer.parseInt(Files.readString(portFile).trim());
                Files.delete(portFile);
                return port;
            }
            if (!server.isAlive()) {
                throw new IllegalStateException("case 9 server exited with " + server.exitValue());
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("case 9 server did not start in 30 s");
    }

    private static List<Double> listOf(com.fasterxml.jackson.databind.JsonNode array) {
        List<Double> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asDouble()));
        return values;
    }
}
