package io.github.wisecards.benchmarks.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Case 9, read from {@code virtual-threads.json}: 10,000 concurrent retrieves on virtual threads,
 * SDK against raw in alternating rounds, and the {@code jdk.VirtualThreadPinned} events JFR
 * recorded meanwhile. A run on a JDK without virtual threads records only why it was skipped.
 *
 * @param skipped why the case did not run, or null when it ran
 * @param jvm the JVM the case ran on
 * @param calls concurrent calls per round
 * @param throughputRatios per pair, SDK throughput over raw throughput
 * @param p99Ratios per pair, SDK p99 latency over raw p99 latency
 * @param sdkThroughput median SDK calls per second
 * @param rawThroughput median raw calls per second
 * @param sdkP99Micros median SDK p99 latency, microseconds
 * @param rawP99Micros median raw p99 latency, microseconds
 * @param pinnedEvents pinned events in the whole run, warm-up included
 * @param pinnedEventsMeasured pinned events in the measured rounds
 * @param pinnedStacks each kind of pinned event (phase and top frames) with its count
 */
public record VirtualThreadResult(
        String skipped,
        String jvm,
        int calls,
        List<Double> throughputRatios,
        List<Double> p99Ratios,
        double sdkThroughput,
        double rawThroughput,
        double sdkP99Micros,
        double rawP99Micros,
        long pinnedEvents,
        long pinnedEventsMeasured,
        Map<String, Integer> pinnedStacks) {
    /** SDK time (wall time of a round, p99 latency) at most this multiple of raw. */
    public static final double TARGET = 1.10;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Reads {@code file}; empty when absent. */
    public static Optional<VirtualThreadResult> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the JSON. */
    public static VirtualThreadResult parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a virtual-thread result", e);
        }
        Map<String, Integer> stacks = new LinkedHashMap<>();
        root.path("pinnedStacks")
                .fields()
                .forEachRemaining(e -> stacks.put(e.getKey(), e.getValue().asInt()));
        return new VirtualThreadResult(
                root.hasNonNull("skipped") ? root.get("skipped").asText() : null,
                root.path("jvm").asText("unknown"),
                root.path("calls").asInt(),
                doubles(root.path("throughputRatios")),
                doubles(root.path("p99Ratios")),
                root.path("sdkThroughput").asDouble(Double.NaN),
                root.path("rawThroughput").asDouble(Double.NaN),
                root.path("sdkP99Micros").asDouble(Double.NaN),
                root.path("rawP99Micros").asDouble(Double.NaN),
                root.path("pinnedEvents").asLong(),
                root.path("pinnedEventsMeasured").asLong(),
                stacks);
    }

    private static List<Double> doubles(JsonNode array) {
        List<Double> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asDouble()));
        return List.copyOf(out);
    }

    /** Returns whether the case ran. */
    public boolean ran() {
        return skipped == null && !throughputRatios.isEmpty() && !p99Ratios.isEmpty();
    }

    /** Returns the median SDK/raw throughput ratio. */
    public double throughputRatio() {
        return Stats.median(throughputRatios);
    }

    /** Returns the median SDK/raw p99 latency ratio. */
    public double p99Ratio() {
        return Stats.median(p99Ratios);
    }

    /** Returns whether the throughput is within {@link #TARGET} of raw (SDK time ≤ 1.10x raw). */
    public boolean throughputMet() {
        return 1 / throughputRatio() <= TARGET;
    }

    /** Returns whether the p99 latency is within {@link #TARGET} of raw. */
    public boolean p99Met() {
        return p99Ratio() <= TARGET;
    }

    /** Returns whether no carrier thread was pinned in the measured rounds. */
    public boolean pinnedMet() {
        return pinnedEventsMeasured == 0;
    }

    /** Returns whether every target of the case is met. */
    public boolean met() {
        return ran() && throughputMet() && p99Met() && pinnedMet();
    }
}
