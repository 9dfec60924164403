package io.github.wisecards.benchmarks.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * A case's outcome over the rounds of a run.
 *
 * @param spec the case
 * @param rounds the rounds with a result on each side
 * @param ratios the per-round ratios (SDK/raw time, or raw/SDK time for throughput), in round order;
 *     empty for absolute cases
 * @param value the median ratio, or the median SDK ns/op for absolute cases; NaN without results
 * @param sdkNanos the median SDK time per op
 * @param rawNanos the median raw time per op, or NaN
 * @param sdkAlloc the median SDK bytes allocated per op, or NaN
 * @param rawAlloc the median raw bytes allocated per op, or NaN
 * @param allocRatio the median of the per-round SDK/raw allocation ratios, or NaN
 * @param interleaved the SDK/raw time ratios of alternating batches in one JVM; empty when the case
 *     was not measured that way
 */
public record CaseResult(
        CaseSpec spec,
        int rounds,
        List<Double> ratios,
        double value,
        double sdkNanos,
        double rawNanos,
        double sdkAlloc,
        double rawAlloc,
        double allocRatio,
        List<Double> interleaved) {

    /** Computes a case's result from a run's JMH measurements. */
    public static CaseResult of(CaseSpec spec, List<Measurement> all) {
        return of(spec, all, List.of());
    }

    /** Computes a case's result from a run's JMH measurements and its interleaved ratios. */
    public static CaseResult of(CaseSpec spec, List<Measurement> all, List<Double> interleaved) {
        List<Measurement> sdk = all.stream()
                .filter(m -> m.benchmark().equals(spec.sdkBenchmark()))
                .toList();
        List<Measurement> raw = spec.paired()
                ? all.stream()
                        .filter(m -> m.benchmark().equals(spec.rawBenchmark()))
                        .toList()
                : List.of();
        List<Double> ratios = new ArrayList<>();
        List<Double> allocRatios = new ArrayList<>();
        int rounds = 0;
        if (spec.paired()) {
            for (Measurement s : sdk) {
                for (Measurement r : raw) {
                    if (r.round() == s.round()) {
                        rounds++;
                        ratios.add(
                                spec.kind() == Kind.THROUGHPUT_RATIO
                                        ? r.nanosPerOp() / s.nanosPerOp()
                                        : s.nanosPerOp() / r.nanosPerOp());
                        if (!Double.isNaN(s.allocBytesPerOp())
                                && !Double.isNaN(r.allocBytesPerOp())
                                && r.allocBytesPerOp() > 0) {
                            allocRatios.add(s.allocBytesPerOp() / r.allocBytesPerOp());
                        }
                    }
                }
            }
        } else {
            rounds = sdk.size();
        }
        double sdkNanos = medianOf(sdk.stream().map(Measurement::nanosPerOp).toList());
        double rawNanos = medianOf(raw.stream().map(Measurement::nanosPerOp).toList());
        double value = spec.paired() ? medianOf(ratios) : sdkNanos;
        return new CaseResult(
                spec,
                rounds,
                List.copyOf(ratios),
                value,
                sdkNanos,
                rawNanos,
                medianOf(allocs(sdk)),
                medianOf(allocs(raw)),
                medianOf(allocRatios),
                List.copyOf(interleaved));
    }

    /** Returns whether the case has results. */
    public boolean measured() {
        return !Double.isNaN(headline());
    }

    /** Returns the median interleaved SDK/raw time ratio, or NaN. */
    public double interleavedValue() {
        return medianOf(interleaved);
    }

    /**
     * Returns the figure the target is checked against: the interleaved median when the case has
     * one (alternating batches share the machine's slow phases, whole JMH forks do not), otherwise
     * the JMH median.
     */
    public double headline() {
        return interleaved.isEmpty() ? value : interleavedValue();
    }

    /** Returns whether the time target is met. */
    public boolean met() {
        return measured() && spec.meets(headline());
    }

    /** Returns whether the allocation target is met; true when the case has none. */
    public boolean allocMet() {
        return spec.allocTarget() == null || (!Double.isNaN(allocRatio) && allocRatio <= spec.allocTarget());
    }

    private static List<Double> allocs(List<Measurement> ms) {
        return ms.stream()
                .map(Measurement::allocBytesPerOp)
                .filter(d -> !Double.isNaN(d))
                .toList();
    }

    private static double medianOf(List<Double> values) {
        return values.isEmpty() ? Double.NaN : Stats.median(values);
    }
}
