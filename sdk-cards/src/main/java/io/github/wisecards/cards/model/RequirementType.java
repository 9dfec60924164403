package io.github.wisecards.cards.model;

import io.github.wisecards.core.OpenEnum;
import java.util.Objects;

/**
 * The type of a card order requirement; an open enum.
 *
 * <p>A value this SDK version does not know parses as {@link Value#UNKNOWN} with its raw string
 * kept. Instances are immutable and thread-safe.
 */
public final class RequirementType extends OpenEnum<RequirementType.Value> {

    /** The known values of {@link RequirementType}. */
    public enum Value {
        /** A PIN must be set on the card order (optional feature). */
        PIN,
        /** The customer must be verified with KYC evidence. */
        VERIFICATION,
        /** A valid address must be provided. */
        ADDRESS,
        /** A value this SDK version does not know. */
        UNKNOWN
    }

    /** A PIN must be set on the card order (optional feature). */
    public static final RequirementType PIN = new RequirementType("PIN", Value.PIN);

    /** The customer must be verified with KYC evidence. */
    public static final RequirementType VERIFICATION = new RequirementType("VERIFICATION", Value.VERIFICATION);

    /** A valid address must be provided. */
    public static final RequirementType ADDRESS = new RequirementType("ADDRESS", Value.ADDRESS);

    /**
     * Stands for a value Wise did not send (the contract marks no response field required): {@link
     * Value#UNKNOWN} with an empty {@link #raw()}.
     */
    public static final RequirementType ABSENT = new RequirementType("", Value.UNKNOWN);

    private RequirementType(String raw, Value value) {
        super(raw, value);
    }

    /**
     * Returns the value for the server's string, reusing the shared constant for a known value.
     *
     * @param raw the server's exact string
     * @return the value; {@link Value#UNKNOWN} when this SDK version does not know it
     * @throws NullPointerException if {@code raw} is null
     */
    public static RequirementType of(String raw) {
        Objects.requireNonNull(raw, "raw");
        switch (raw) {
            case "PIN":
                return PIN;
            case "VERIFICATION":
                return VERIFICATION;
            case "ADDRESS":
                return ADDRESS;
            default:
                return new RequirementType(raw, Value.UNKNOWN);
        }
    }
}
