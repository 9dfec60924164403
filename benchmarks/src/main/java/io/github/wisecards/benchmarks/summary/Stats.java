package io.github.wisecards.benchmarks.summary;

import java.util.Arrays;
import java.util.List;

/** Small statistics helpers. */
public final class Stats {
    private Stats() {}

    /**
     * Returns the median: the middle value, or the mean of the two middle values.
     *
     * @throws IllegalArgumentException if {@code values} is empty
     */
    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("median of no values");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** Converts a JMH time score in {@code unit} (such as {@code us/op}) to nanoseconds per op. */
    public static double toNanosPerOp(double score, String unit) {
        String u = unit.endsWith("/op") ? unit.substring(0, unit.length() - 3) : unit;
        return switch (u) {
            case "ns" -> score;
            case "us" -> score * 1e3;
            case "ms" -> score * 1e6;
            case "s" -> score * 1e9;
            default -> throw new IllegalArgumentException("not a time-per-op unit: " + unit);
        };
    }
}
