package io.github.wisecards.kiosk.model;

import io.github.wisecards.core.OpenEnum;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The production status of a kiosk card, with its lifecycle.
 *
 * <pre>
 * READY ──produce──▶ IN_PROGRESS ──▶ PRODUCED (final)
 *   │                  ▲     │
 *   │                  │     └──▶ PRODUCTION_ERROR ──produce again──▶ IN_PROGRESS
 *   └──produce refused─┴──▶ REQUEST_ERROR (from READY, PRODUCTION_ERROR or REQUEST_ERROR)
 * </pre>
 *
 * <p>An open enum: a status this SDK version does not know keeps its raw string, reports {@link
 * Value#UNKNOWN}, has no known transitions and is neither final nor producible. Immutable and
 * thread-safe.
 */
public final class ProductionStatus extends OpenEnum<ProductionStatus.Value> {

    /** The card details exist and produce may be called. */
    public static final ProductionStatus READY = new ProductionStatus("READY", Value.READY);

    /** The card is being produced at the kiosk. */
    public static final ProductionStatus IN_PROGRESS = new ProductionStatus("IN_PROGRESS", Value.IN_PROGRESS);

    /** The card is produced and collected; final. */
    public static final ProductionStatus PRODUCED = new ProductionStatus("PRODUCED", Value.PRODUCED);

    /** Production failed at the kiosk; produce may be called again. */
    public static final ProductionStatus PRODUCTION_ERROR =
            new ProductionStatus("PRODUCTION_ERROR", Value.PRODUCTION_ERROR);

    /** The produce request was refused before production started (see {@link RequestErrorCode}). */
    public static final ProductionStatus REQUEST_ERROR = new ProductionStatus("REQUEST_ERROR", Value.REQUEST_ERROR);

    /** The statuses this SDK version knows, plus {@link #UNKNOWN}. */
    public enum Value {
        /** See {@link ProductionStatus#READY}. */
        READY,
        /** See {@link ProductionStatus#IN_PROGRESS}. */
        IN_PROGRESS,
        /** See {@link ProductionStatus#PRODUCED}. */
        PRODUCED,
        /** See {@link ProductionStatus#PRODUCTION_ERROR}. */
        PRODUCTION_ERROR,
        /** See {@link ProductionStatus#REQUEST_ERROR}. */
        REQUEST_ERROR,
        /** A status this SDK version does not know. */
        UNKNOWN
    }

    private static final Map<Value, ProductionStatus> CONSTANTS = Map.of(
            Value.READY, READY,
            Value.IN_PROGRESS, IN_PROGRESS,
            Value.PRODUCED, PRODUCED,
            Value.PRODUCTION_ERROR, PRODUCTION_ERROR,
            Value.REQUEST_ERROR, REQUEST_ERROR);

    /** The transition table: the statuses each known status may move to next. */
    private static final Map<Value, Set<Value>> NEXT = transitions();

    /**
     * Stands for a value Wise did not send (the contract marks no response field required): {@link
     * Value#UNKNOWN} with an empty {@link #raw()}.
     */
    public static final ProductionStatus ABSENT = new ProductionStatus("", Value.UNKNOWN);

    private ProductionStatus(String raw, Value value) {
        super(raw, value);
    }

    /**
     * Returns the status for Wise's raw string, reusing the constants for known values.
     *
     * @throws NullPointerException if {@code raw} is null
     * @param raw the value exactly as Wise sent it; an unknown value is kept, not rejected
     * @return the constant for a known value, otherwise an unknown status holding {@code raw}
     */
    public static ProductionStatus of(String raw) {
        Objects.requireNonNull(raw, "raw");
        for (Value v : Value.values()) {
            if (v != Value.UNKNOWN && v.name().equals(raw)) {
                return CONSTANTS.get(v);
            }
        }
        return new ProductionStatus(raw, Value.UNKNOWN);
    }

    /**
     * {@return whether produce may be called in this status: {@code READY}, {@code
     * PRODUCTION_ERROR}
     * (to retry) and {@code REQUEST_ERROR} (the refused request started nothing; whether a new one
     * can succeed depends on its {@link RequestErrorCode#isRetryable()})}
     */
    public boolean canProduce() {
        return value() == Value.READY || value() == Value.PRODUCTION_ERROR || value() == Value.REQUEST_ERROR;
    }

    /** {@return whether no further change will happen: only {@code PRODUCED}} */
    public boolean isFinal() {
        return value() == Value.PRODUCED;
    }

    /**
     * {@return whether this status reports a failure ({@code PRODUCTION_ERROR} or {@code
     * REQUEST_ERROR})}
     */
    public boolean isError() {
        return value() == Value.PRODUCTION_ERROR || value() == Value.REQUEST_ERROR;
    }

    /**
     * {@return the statuses this one may move to next; empty for {@code PRODUCED} and unknown
     * statuses}
     */
    public Set<ProductionStatus> nextStatuses() {
        Set<Value> next = NEXT.getOrDefault(value(), Set.of());
        return next.stream().map(CONSTANTS::get).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Returns whether moving from this status to {@code next} is a documented transition.
     *
     * @param next the status to move to
     * @return whether the transition is documented; false from unknown statuses
     * @throws NullPointerException if {@code next} is null
     */
    public boolean canTransitionTo(ProductionStatus next) {
        Objects.requireNonNull(next, "next");
        return NEXT.getOrDefault(value(), Set.of()).contains(next.value());
    }

    private static Map<Value, Set<Value>> transitions() {
        Map<Value, Set<Value>> t = new EnumMap<>(Value.class);
        t.put(Value.READY, EnumSet.of(Value.IN_PROGRESS, Value.REQUEST_ERROR));
        t.put(Value.IN_PROGRESS, EnumSet.of(Value.PRODUCED, Value.PRODUCTION_ERROR));
        t.put(Value.PRODUCTION_ERROR, EnumSet.of(Value.IN_PROGRESS, Value.REQUEST_ERROR));
        t.put(Value.REQUEST_ERROR, EnumSet.of(Value.IN_PROGRESS, Value.REQUEST_ERROR));
        t.put(Value.PRODUCED, EnumSet.noneOf(Value.class));
        Map<Value, Set<Value>> frozen = new EnumMap<>(Value.class);
        t.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }
}
