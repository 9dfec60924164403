package io.github.wisecards.benchmarks.summary;

import java.util.List;

/**
 * The cases of the suite, in report order, with the targets of issues 7 and 14. Case 7 (cold start)
 * is timed as whole processes by {@code run.sh} and read from {@code coldstart.json}; case 9
 * (virtual threads) by {@code VirtualThreadRetrieves} into {@code virtual-threads.json}.
 */
public final class SuiteCases {
    private static final String PKG = "io.github.wisecards.benchmarks.";

    /** Cases 8a and 8b: SDK CPU per call, network stubbed, at most this multiple of raw. */
    public static final double STUBBED_TARGET = 1.30;

    /** Cold start: SDK wall time at most this multiple of raw. */
    public static final double COLD_START_TARGET = 1.30;

    /**
     * Case 3: the most the used heap after GC may grow between page 10 and page 100 for the heap to
     * count as flat (keeping the 9,000 orders in between would take several MiB).
     */
    public static final long HEAP_FLAT_MAX_GROWTH_BYTES = 1024 * 1024;

    private SuiteCases() {}

    /** Returns every JMH case. */
    public static List<CaseSpec> all() {
        return List.of(
                pair(
                        "1a",
                        "Retrieve a card order (1 thread)",
                        "Retrieve, 1 thread",
                        "RetrieveBenchmark.sdk",
                        "RetrieveBenchmark.raw",
                        Kind.TIME_RATIO,
                        1.10,
                        1.2),
                pair(
                        "1b",
                        "Retrieve a card order (8 threads)",
                        "Retrieve, 8 threads",
                        "RetrieveBenchmark.sdkThreads8",
                        "RetrieveBenchmark.rawThreads8",
                        Kind.TIME_RATIO,
                        1.10,
                        1.2),
                pair(
                        "2",
                        "Create a card order (validation, idempotency key, JSON body)",
                        "Create",
                        "CreateBenchmark.sdk",
                        "CreateBenchmark.raw",
                        Kind.TIME_RATIO,
                        1.10,
                        1.2),
                pair(
                        "3",
                        "Auto-page 10,000 card orders (100 pages of 100)",
                        "Auto-page 10,000",
                        "AutoPagingBenchmark.sdk",
                        "AutoPagingBenchmark.raw",
                        Kind.TIME_RATIO,
                        1.10,
                        null),
                pair(
                        "4",
                        "Webhook verify + parse (card status change)",
                        "Webhook verify + parse",
                        "WebhookBenchmark.sdk",
                        "WebhookBenchmark.raw",
                        Kind.THROUGHPUT_RATIO,
                        0.95,
                        null),
                single("5a", "Local address validation, BR", "Address BR", "AddressValidationBenchmark.brazil"),
                single("5b", "Local address validation, AU", "Address AU", "AddressValidationBenchmark.australia"),
                single("5c", "Local address validation, GB", "Address GB", "AddressValidationBenchmark.unitedKingdom"),
                pair(
                        "6",
                        "JWE PIN preset, network stubbed (RSA-OAEP-256 + A256GCM)",
                        "PIN JWE payload",
                        "PinPayloadBenchmark.sdk",
                        "PinPayloadBenchmark.raw",
                        Kind.TIME_RATIO,
                        1.05,
                        null),
                once(pair(
                        "8a",
                        "Retrieve, network stubbed (CPU per call, no socket)",
                        "Stubbed retrieve",
                        "StubbedCallBenchmark.sdkRetrieve",
                        "StubbedCallBenchmark.rawRetrieve",
                        Kind.TIME_RATIO,
                        STUBBED_TARGET,
                        null)),
                once(pair(
                        "8b",
                        "Create, network stubbed (CPU per call, no socket)",
                        "Stubbed create",
                        "StubbedCallBenchmark.sdkCreate",
                        "StubbedCallBenchmark.rawCreate",
                        Kind.TIME_RATIO,
                        STUBBED_TARGET,
                        null)));
    }

    /**
     * A pair measured by JMH in the first round only: its target is checked on the interleaved
     * figure, which needs no JMH rounds, and the reference run must stay under 10 minutes.
     */
    private static CaseSpec once(CaseSpec c) {
        return new CaseSpec(
                c.id(),
                c.title(),
                c.label(),
                c.sdkBenchmark(),
                c.rawBenchmark(),
                c.kind(),
                c.target(),
                c.allocTarget(),
                c.gcProfiler(),
                c.warmupIterations(),
                c.warmupMillis(),
                c.iterations(),
                c.iterationMillis(),
                false);
    }

    private static CaseSpec pair(
            String id,
            String title,
            String label,
            String sdk,
            String raw,
            Kind kind,
            double target,
            Double allocTarget) {
        return new CaseSpec(
                id, title, label, PKG + sdk, PKG + raw, kind, target, allocTarget, true, 3, 1000, 3, 1000, true);
    }

    private static CaseSpec single(String id, String title, String label, String sdk) {
        return new CaseSpec(
                id, title, label, PKG + sdk, null, Kind.ABSOLUTE_NS, 1000, null, true, 2, 1000, 3, 1000, false);
    }
}
