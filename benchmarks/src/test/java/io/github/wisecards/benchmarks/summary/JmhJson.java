package io.github.wisecards.benchmarks.summary;

import java.util.Locale;

/** Builds minimal JMH JSON result documents for the tests. */
final class JmhJson {
    private JmhJson() {}

    /** One result with a time score and, when {@code allocBytes} is not NaN, the gc profiler's norm rate. */
    static String result(String benchmark, double score, String unit, double allocBytes) {
        String secondary = Double.isNaN(allocBytes)
                ? "{}"
                : String.format(
                        Locale.ROOT, "{\"gc.alloc.rate.norm\":{\"score\":%f,\"scoreUnit\":\"B/op\"}}", allocBytes);
        return String.format(
                Locale.ROOT,
                "[{\"jmhVersion\":\"1.37\",\"benchmark\":\"%s\",\"mode\":\"avgt\",\"threads\":1,\"forks\":1,"
                        + "\"jdkVersion\":\"17.0.15\",\"vmName\":\"OpenJDK 64-Bit Server VM\","
                        + "\"primaryMetric\":{\"score\":%f,\"scoreUnit\":\"%s\"},\"secondaryMetrics\":%s}]",
                benchmark,
                score,
                unit,
                secondary);
    }
}
