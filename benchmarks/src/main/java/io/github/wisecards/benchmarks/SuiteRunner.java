package io.github.wisecards.benchmarks;

import io.github.wisecards.benchmarks.summary.CaseSpec;
import io.github.wisecards.benchmarks.summary.JmhResults;
import io.github.wisecards.benchmarks.summary.SuiteCases;
import io.github.wisecards.benchmarks.summary.SummaryGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the JMH cases in rounds and writes the summary. In each round every pair runs its SDK side
 * and its raw side back to back, one fork each, and the side that goes first alternates between
 * rounds, so slow phases of a noisy machine hit both sides; the summary quotes the median of the
 * per-round ratios. Cases without a baseline run once.
 *
 * <p>Usage: {@code SuiteRunner [--rounds N] [--out DIR] [--cases REGEX] [--quick]}. {@code --cases}
 * selects case ids (for example {@code 1a|2}); {@code --quick} shortens every iteration to check
 * that the suite runs, not to measure.
 */
public final class SuiteRunner {
    private static final Logger LOG = LoggerFactory.getLogger(SuiteRunner.class);

    private SuiteRunner() {}

    /** Entry point; see the class description. */
    public static void main(String[] args) throws IOException, RunnerException {
        int rounds = 3;
        Path out = Path.of("benchmarks/results");
        Pattern cases = Pattern.compile(".*");
        boolean quick = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--cases" -> cases = Pattern.compile(args[++i]);
                case "--quick" -> quick = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path jmh = out.resolve("jmh");
        Files.createDirectories(jmh);
        try (Stream<Path> old = Files.list(jmh)) {
            for (Path f : old.toList()) {
                Files.delete(f); // a stale round would be paired with this run's results
            }
        }
        List<CaseSpec> selected = new ArrayList<>();
        for (CaseSpec c : SuiteCases.all()) {
            if (cases.matcher(c.id()).matches()) {
                selected.add(c);
            }
        }
        long start = System.nanoTime();
        for (int round = 1; round <= rounds; round++) {
            for (CaseSpec c : selected) {
                if (!c.everyRound() && round > 1) {
                    continue;
                }
                boolean sdkFirst = round % 2 == 1;
                List<String> sides =
                        !c.paired() ? List.of("sdk") : sdkFirst ? List.of("sdk", "raw") : List.of("raw", "sdk");
                for (String side : sides) {
                    String benchmark = side.equals("sdk") ? c.sdkBenchmark() : c.rawBenchmark();
                    LOG.info(
                            "round {}/{}, case {} {}, {} side ({} s elapsed)",
                            round,
                            rounds,
                            c.id(),
                            c.title(),
                            side,
                            (System.nanoTime() - start) / 1_000_000_000L);
                    run(c, benchmark, jmh.resolve(JmhResults.fileName(round, c.id(), side)), quick);
                }
            }
        }
        SummaryGenerator.generate(out, "ratios.svg");
        LOG.info(
                "JMH cases done in {} s; summary in {}",
                (System.nanoTime() - start) / 1_000_000_000L,
                out.resolve("summary.md"));
    }

    private static void run(CaseSpec c, String benchmark, Path result, boolean quick) throws RunnerException {
        ChainedOptionsBuilder o = new OptionsBuilder()
                .include("^" + Pattern.quote(benchmark) + "$")
                .forks(1)
                .warmupIterations(quick ? 1 : c.warmupIterations())
                .warmupTime(TimeValue.milliseconds(quick ? 200 : c.warmupMillis()))
                .measurementIterations(quick ? 1 : c.iterations())
                .measurementTime(TimeValue.milliseconds(quick ? 200 : c.iterationMillis()))
                .jvmArgsAppend("-Xms1g", "-Xmx1g")
                .shouldFailOnError(true)
                .verbosity(VerboseMode.NORMAL)
                .result(result.toString())
                .resultFormat(ResultFormatType.JSON);
        if (c.gcProfiler()) {
            o.addProfiler(GCProfiler.class);
        }
        if (new Runner(o.build()).run().isEmpty()) {
            throw new IllegalStateException("JMH ran nothing for " + benchmark);
        }
    }
}
