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

/**
 * The HTTP cases measured in one JVM with SDK and raw batches alternating, read from {@code
 * interleaved.json}: {@code {"1a": {"ratios": [..], "sdkNanosPerOp": n, "rawNanosPerOp": n}, ..}}.
 *
 * @param ratios each case's per-pair SDK/raw time ratios, by case id
 */
public record InterleavedResult(Map<String, List<Double>> ratios) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Reads {@code file}; no cases when absent. */
    public static InterleavedResult read(Path file) {
        if (!Files.isRegularFile(file)) {
            return new InterleavedResult(Map.of());
        }
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the JSON. */
    public static InterleavedResult parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not an interleaved result", e);
        }
        Map<String, List<Double>> ratios = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> {
            List<Double> r = new ArrayList<>();
            e.getValue().path("ratios").forEach(v -> r.add(v.asDouble()));
            if (!r.isEmpty()) {
                ratios.put(e.getKey(), List.copyOf(r));
            }
        });
        return new InterleavedResult(ratios);
    }

    /** Returns a case's ratios; empty when it was not measured this way. */
    public List<Double> of(String caseId) {
        return ratios.getOrDefault(caseId, List.of());
    }
}
