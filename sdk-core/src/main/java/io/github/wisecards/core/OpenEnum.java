package io.github.wisecards.core;

import java.util.Objects;

/**
 * Base class of the SDK's open enums: a value the server sends that this SDK version does not
 * know never fails parsing; it keeps its raw string and reports an {@code UNKNOWN} value.
 *
 * <p>Subclasses declare their known constants and a {@code Value} Java enum, and a static
 * {@code of(String)} factory that returns the shared constant for a known raw string. Instances
 * compare by their raw string, so an unknown value still equals itself across parses.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <V> the Java enum listing the values this SDK version knows
 */
public abstract class OpenEnum<V extends Enum<V>> {
    private final String raw;
    private final V value;

    /**
     * Creates an open enum value.
     *
     * @param raw the server's exact string
     * @param value the known value, or the {@code UNKNOWN} constant when unrecognised
     */
    protected OpenEnum(String raw, V value) {
        this.raw = Objects.requireNonNull(raw, "raw");
        this.value = Objects.requireNonNull(value, "value");
    }

    /** {@return the server's exact string for this value; this is what is sent in JSON} */
    public final String raw() {
        return raw;
    }

    /** {@return the known value, or {@code UNKNOWN} when this SDK version does not know it} */
    public final V value() {
        return value;
    }

    /** {@return whether this SDK version knows this value} */
    public final boolean isKnown() {
        return !"UNKNOWN".equals(value.name());
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && raw.equals(((OpenEnum<?>) other).raw);
    }

    @Override
    public final int hashCode() {
        return raw.hashCode();
    }

    /** {@return the raw string} */
    @Override
    public final String toString() {
        return raw;
    }
}
