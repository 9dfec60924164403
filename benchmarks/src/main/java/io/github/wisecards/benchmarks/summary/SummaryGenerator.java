package io.github.wisecards.benchmarks.summary;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Writes {@code summary.md} and {@code ratios.svg} from a results directory: {@code jmh/round-*.json}
 * (JMH JSON), {@code interleaved.json}, {@code coldstart.json}, {@code heap.json} and {@code
 * environment.properties}.
 *
 * <p>Usage: {@code SummaryGenerator <results-dir> [chart-link]}; the chart link is the SVG's path as
 * the markdown refers to it (default {@code ratios.svg}).
 */
public final class SummaryGenerator {
    private SummaryGenerator() {}

    /** Entry point; see the class description. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            throw new IllegalArgumentException("usage: SummaryGenerator <results-dir> [chart-link]");
        }
        Path dir = Path.of(args[0]);
        generate(dir, args.length == 2 ? args[1] : "ratios.svg");
    }

    /** Generates the summary and the chart into {@code dir}; returns the markdown. */
    public static String generate(Path dir, String chartLink) throws IOException {
        List<Measurement> measurements = JmhResults.read(dir.resolve("jmh"));
        InterleavedResult interleaved = InterleavedResult.read(dir.resolve("interleaved.json"));
        List<CaseResult> results = SuiteCases.all().stream()
                .map(c -> CaseResult.of(c, measurements, interleaved.of(c.id())))
                .toList();
        Optional<ColdStartResult> coldStart = ColdStartResult.read(dir.resolve("coldstart.json"));
        Optional<HeapResult> heap = HeapResult.read(dir.resolve("heap.json"));
        Map<String, String> env = environment(dir.resolve("environment.properties"));
        if (!env.containsKey("jvm")) {
            measurements.stream().findFirst().ifPresent(m -> env.put("jvm", m.jvm()));
        }
        Optional<VirtualThreadResult> virtualThreads = VirtualThreadResult.read(dir.resolve("virtual-threads.json"));
        String md = MarkdownReport.render(results, coldStart, heap, virtualThreads, env, chartLink);
        Files.writeString(dir.resolve("summary.md"), md, StandardCharsets.UTF_8);
        String svg = SvgChart.render(
                "Wise Cards SDK vs raw OkHttp + Jackson: SDK/raw time", MarkdownReport.chartRows(results, coldStart));
        Files.writeString(dir.resolve("ratios.svg"), svg, StandardCharsets.UTF_8);
        return md;
    }

    static Map<String, String> environment(Path file) {
        Map<String, String> env = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return env;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        p.stringPropertyNames().forEach(k -> env.put(k, p.getProperty(k).trim()));
        return env;
    }
}
