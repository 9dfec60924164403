package io.github.wisecards.core.testkit;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

/**
 * A {@link RandomGenerator} whose {@code nextDouble()} returns the given values in turn (the last
 * one repeats), so jittered delays are exact in tests. Thread-safe.
 */
public final class SequenceRandom implements RandomGenerator {
    private final List<Double> values;
    private final AtomicInteger next = new AtomicInteger();

    private SequenceRandom(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("values: at least one");
        }
        for (double v : values) {
            if (v < 0 || v >= 1) {
                throw new IllegalArgumentException("values: each in [0, 1) but got " + v);
            }
        }
        this.values = List.copyOf(values);
    }

    /** Returns a generator whose {@code nextDouble()} yields {@code values} in turn. */
    public static SequenceRandom of(Double... values) {
        return new SequenceRandom(List.of(values));
    }

    @Override
    public double nextDouble() {
        int i = next.getAndIncrement();
        return values.get(Math.min(i, values.size() - 1));
    }

    @Override
    public long nextLong() {
        return (long) (nextDouble() * Long.MAX_VALUE);
    }
}
