package io.github.wisecards.benchmarks.summary;

/**
 * One benchmark's result in one round.
 *
 * @param round the round (1-based) the result was measured in
 * @param benchmark the fully qualified JMH benchmark name
 * @param nanosPerOp the primary score, in nanoseconds per op
 * @param allocBytesPerOp bytes allocated per op ({@code gc.alloc.rate.norm}), or NaN without the gc profiler
 * @param threads the number of benchmark threads
 * @param jvm the JVM that ran it, for example {@code OpenJDK 64-Bit Server VM 17.0.15+6}
 */
public record Measurement(
        int round, String benchmark, double nanosPerOp, double allocBytesPerOp, int threads, String jvm) {}
