package io.github.wisecards.cards.model;

import io.github.wisecards.core.OpenEnum;
import java.util.Objects;

/**
 * The status of a card order requirement; an open enum. A card order is valid once every requirement is {@link #COMPLETED}.
 *
 * <p>A value this SDK version does not know parses as {@link Value#UNKNOWN} with its raw string
 * kept. Instances are immutable and thread-safe.
 */
public final class RequirementStatus extends OpenEnum<RequirementStatus.Value> {

    /** The known values of {@link RequirementStatus}. */
    public enum Value {
        /** Nothing has been done yet. */
        NOT_INITIATED,
        /** The partner or customer must act. */
        NEEDS_ACTION,
        /** Wise is processing the requirement. */
        PENDING,
        /** The requirement is fulfilled. */
        COMPLETED,
        /** The requirement failed. */
        FAILED,
        /** A value this SDK version does not know. */
        UNKNOWN
    }

    /** Nothing has been done yet. */
    public static final RequirementStatus NOT_INITIATED = new RequirementStatus("NOT_INITIATED", Value.NOT_INITIATED);

    /** The partner or customer must act. */
    public static final RequirementStatus NEEDS_ACTION = new RequirementStatus("NEEDS_ACTION", Value.NEEDS_ACTION);

    /** Wise is processing the requirement. */
    public static final RequirementStatus PENDING = new RequirementStatus("PENDING", Value.PENDING);

    /** The requirement is fulfilled. */
    public static final RequirementStatus COMPLETED = new RequirementStatus("COMPLETED", Value.COMPLETED);

    /** The requirement failed. */
    public static final RequirementStatus FAILED = new RequirementStatus("FAILED", Value.FAILED);

    /**
     * Stands for a value Wise did not send (the contract marks no response field required): {@link
     * Value#UNKNOWN} with an empty {@link #raw()}.
     */
    public static final RequirementStatus ABSENT = new RequirementStatus("", Value.UNKNOWN);

    private RequirementStatus(String raw, Value value) {
        super(raw, value);
    }

    /**
     * Returns the value for the server's string, reusing the shared constant for a known value.
     *
     * @param raw the server's exact string
     * @return the value; {@link Value#UNKNOWN} when this SDK version does not know it
     * @throws NullPointerException if {@code raw} is null
     */
    public static RequirementStatus of(String raw) {
        Objects.requireNonNull(raw, "raw");
        switch (raw) {
            case "NOT_INITIATED":
                return NOT_INITIATED;
            case "NEEDS_ACTION":
                return NEEDS_ACTION;
            case "PENDING":
                return PENDING;
            case "COMPLETED":
                return COMPLETED;
            case "FAILED":
                return FAILED;
            default:
                return new RequirementStatus(raw, Value.UNKNOWN);
        }
    }
}
