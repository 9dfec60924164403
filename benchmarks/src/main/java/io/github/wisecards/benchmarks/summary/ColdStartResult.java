package io.github.wisecards.benchmarks.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Case 7: whole-process wall times of one SDK call and one raw call, read from {@code
 * coldstart.json} (hyperfine's {@code --export-json} shape, which {@code run.sh} also writes when it
 * times the runs itself): {@code {"tool": .., "results": [{"command": "sdk", "times": [s, ..]}, ..]}}.
 *
 * @param tool what timed the processes
 * @param sdkSeconds the SDK program's wall times
 * @param rawSeconds the raw program's wall times
 */
public record ColdStartResult(String tool, List<Double> sdkSeconds, List<Double> rawSeconds) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Reads {@code file}; empty when absent. */
    public static Optional<ColdStartResult> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the JSON; empty when either program has no times. */
    public static Optional<ColdStartResult> parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a cold start result", e);
        }
        List<Double> sdk = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        for (JsonNode r : root.path("results")) {
            List<Double> target = switch (r.path("command").asText()) {
                case "sdk" -> sdk;
                case "raw" -> raw;
                default -> null;
            };
            if (target != null) {
                r.path("times").forEach(t -> target.add(t.asDouble()));
            }
        }
        if (sdk.isEmpty() || raw.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ColdStartResult(root.path("tool").asText("hyperfine"), sdk, raw));
    }

    /** Returns the SDK program's median wall time in seconds. */
    public double sdkMedian() {
        return Stats.median(sdkSeconds);
    }

    /** Returns the raw program's median wall time in seconds. */
    public double rawMedian() {
        return Stats.median(rawSeconds);
    }

    /** Returns the ratio of the medians, SDK over raw. */
    public double ratio() {
        return sdkMedian() / rawMedian();
    }

    /** Returns whether the cold start target is met. */
    public boolean met() {
        return ratio() <= SuiteCases.COLD_START_TARGET;
    }
}
