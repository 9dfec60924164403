package io.github.wisecards.cards.model;

import io.github.wisecards.core.OpenEnum;
import java.util.Objects;

/**
 * Why a card is replaced by a new card order; an open enum.
 *
 * <p>A value this SDK version does not know parses as {@link Value#UNKNOWN} with its raw string
 * kept. Instances are immutable and thread-safe.
 */
public final class ReplacementReason extends OpenEnum<ReplacementReason.Value> {

    /** The known values of {@link ReplacementReason}. */
    public enum Value {
        /** The card is damaged. */
        CARD_DAMAGED,
        /** The card is about to expire. */
        CARD_EXPIRING,
        /** A value this SDK version does not know. */
        UNKNOWN
    }

    /** The card is damaged. */
    public static final ReplacementReason CARD_DAMAGED = new ReplacementReason("CARD_DAMAGED", Value.CARD_DAMAGED);

    /** The card is about to expire. */
    public static final ReplacementReason CARD_EXPIRING = new ReplacementReason("CARD_EXPIRING", Value.CARD_EXPIRING);

    private ReplacementReason(String raw, Value value) {
        super(raw, value);
    }

    /**
     * Returns the value for the server's string, reusing the shared constant for a known value.
     *
     * @param raw the server's exact string
     * @return the value; {@link Value#UNKNOWN} when this SDK version does not know it
     * @throws NullPointerException if {@code raw} is null
     */
    public static ReplacementReason of(String raw) {
        Objects.requireNonNull(raw, "raw");
        switch (raw) {
            case "CARD_DAMAGED":
                return CARD_DAMAGED;
            case "CARD_EXPIRING":
                return CARD_EXPIRING;
            default:
                return new ReplacementReason(raw, Value.UNKNOWN);
        }
    }
}
