package io.github.wisecards.benchmarks.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the JMH JSON result files of a suite run. Files are named {@code round-<n>-<anything>.json};
 * the round comes from the name, so SDK and raw results of the same round can be paired.
 */
public final class JmhResults {
    private static final Pattern ROUND = Pattern.compile("round-(\\d+)-.*\\.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JmhResults() {}

    /** Returns the file name a round's result of one benchmark side is written to. */
    public static String fileName(int round, String caseId, String side) {
        return "round-" + round + "-" + caseId + "-" + side + ".json";
    }

    /** Reads every {@code round-*.json} file of {@code dir}; an absent directory gives none. */
    public static List<Measurement> read(Path dir) {
        List<Measurement> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                Matcher m = ROUND.matcher(f.getFileName().toString());
                if (m.matches()) {
                    out.addAll(parse(Integer.parseInt(m.group(1)), Files.readString(f)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Parses one JMH JSON document (an array of benchmark results) measured in {@code round}. */
    public static List<Measurement> parse(int round, String json) {
        List<Measurement> out = new ArrayList<>();
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JMH JSON result", e);
        }
        if (root == null || !root.isArray()) {
            return out; // an interrupted run leaves an empty file
        }
        for (JsonNode r : root) {
            JsonNode primary = r.path("primaryMetric");
            double ns = Stats.toNanosPerOp(
                    primary.path("score").asDouble(), primary.path("scoreUnit").asText());
            JsonNode alloc = r.path("secondaryMetrics").path("gc.alloc.rate.norm");
            double bytes =
                    alloc.isMissingNode() ? Double.NaN : alloc.path("score").asDouble();
            String jvm =
                    (r.path("vmName").asText("") + " " + r.path("jdkVersion").asText("")).trim();
            out.add(new Measurement(
                    round,
                    r.path("benchmark").asText(),
                    ns,
                    bytes,
                    r.path("threads").asInt(1),
                    jvm));
        }
        return out;
    }
}
