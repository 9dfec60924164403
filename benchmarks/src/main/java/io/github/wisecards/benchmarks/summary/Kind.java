package io.github.wisecards.benchmarks.summary;

/** How a case's target is stated and checked. */
public enum Kind {
    /** SDK time per op divided by raw time per op; met when at most the target. */
    TIME_RATIO,
    /** Raw time per op divided by SDK time per op (SDK throughput relative to raw); met when at least the target. */
    THROUGHPUT_RATIO,
    /** SDK time per op in nanoseconds; met when below the target. */
    ABSOLUTE_NS
}
