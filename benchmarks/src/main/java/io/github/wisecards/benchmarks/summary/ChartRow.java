package io.github.wisecards.benchmarks.summary;

/**
 * One bar of the ratio chart: SDK time over raw time (lower is better) and the most the target
 * allows, in the same terms.
 *
 * @param label the bar's label
 * @param ratio SDK time / raw time
 * @param limit the target's largest allowed SDK time / raw time
 */
public record ChartRow(String label, double ratio, double limit) {
    /** Returns whether the bar meets its target. */
    public boolean met() {
        return ratio <= limit;
    }
}
