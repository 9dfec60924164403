package io.github.wisecards.benchmarks.summary;

import java.util.Objects;

/**
 * One benchmark case of the suite: the SDK benchmark, its raw baseline (null for absolute cases),
 * the target, and how JMH runs it.
 *
 * @param id short id, for example {@code 1a}
 * @param title what is measured
 * @param label a short label for the chart
 * @param sdkBenchmark the SDK side's fully qualified JMH benchmark name
 * @param rawBenchmark the raw side's fully qualified JMH benchmark name, or null
 * @param kind how the target is checked
 * @param target the target value (a ratio, or nanoseconds for {@link Kind#ABSOLUTE_NS})
 * @param allocTarget the most SDK/raw bytes allocated per op allowed, or null when not a target
 * @param gcProfiler whether JMH's gc profiler runs (allocation per op is reported)
 * @param warmupIterations JMH warmup iterations
 * @param warmupMillis length of a warmup iteration
 * @param iterations JMH measurement iterations
 * @param iterationMillis length of a measurement iteration
 * @param everyRound whether the case runs in every round (pairs) or once (absolute cases)
 */
public record CaseSpec(
        String id,
        String title,
        String label,
        String sdkBenchmark,
        String rawBenchmark,
        Kind kind,
        double target,
        Double allocTarget,
        boolean gcProfiler,
        int warmupIterations,
        int warmupMillis,
        int iterations,
        int iterationMillis,
        boolean everyRound) {

    /** Checks the fields. */
    public CaseSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(sdkBenchmark, "sdkBenchmark");
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.ABSOLUTE_NS) != (rawBenchmark == null)) {
            throw new IllegalArgumentException(id + ": a raw baseline is needed exactly for ratio cases");
        }
    }

    /** Returns whether the case compares the SDK with a raw baseline. */
    public boolean paired() {
        return rawBenchmark != null;
    }

    /** Returns the target in words, for the report. */
    public String targetText() {
        return switch (kind) {
            case TIME_RATIO -> "≤ " + Format.ratio(target) + "x raw time";
            case THROUGHPUT_RATIO -> "≥ " + Format.ratio(target) + "x raw throughput";
            case ABSOLUTE_NS -> "< " + Format.number(target) + " ns/op";
        };
    }

    /** Returns whether {@code value} (a ratio, or ns/op) meets the target. */
    public boolean meets(double value) {
        return switch (kind) {
            case TIME_RATIO -> value <= target;
            case THROUGHPUT_RATIO -> value >= target;
            case ABSOLUTE_NS -> value < target;
        };
    }
}
