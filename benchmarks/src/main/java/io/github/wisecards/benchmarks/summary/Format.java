package io.github.wisecards.benchmarks.summary;

import java.util.Locale;

/** Number formatting shared by the markdown report and the chart. */
final class Format {
    private Format() {}

    /** A ratio with two decimals. */
    static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2f", r);
    }

    /** A number with three significant-ish digits and thousands separators. */
    static String number(double v) {
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (Math.abs(v) >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** A duration in nanoseconds in the most readable unit. */
    static String nanos(double ns) {
        if (ns >= 1_000_000) {
            return number(ns / 1_000_000) + " ms";
        }
        if (ns >= 1_000) {
            return number(ns / 1_000) + " µs";
        }
        return number(ns) + " ns";
    }

    /** A byte count in the most readable unit. */
    static String bytes(double b) {
        if (b >= 10 * 1024 * 1024) {
            return number(b / (1024 * 1024)) + " MiB";
        }
        if (b >= 10 * 1024) {
            return number(b / 1024) + " KiB";
        }
        return number(b) + " B";
    }
}
