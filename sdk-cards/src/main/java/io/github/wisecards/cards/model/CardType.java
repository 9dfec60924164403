package io.github.wisecards.cards.model;

import io.github.wisecards.core.OpenEnum;
import java.util.Objects;

/**
 * The type of card a card program issues; an open enum.
 *
 * <p>A value this SDK version does not know parses as {@link Value#UNKNOWN} with its raw string
 * kept. Instances are immutable and thread-safe.
 */
public final class CardType extends OpenEnum<CardType.Value> {

    /** The known values of {@link CardType}. */
    public enum Value {
        /** A virtual card that cannot be upgraded to a physical card. */
        VIRTUAL_NON_UPGRADEABLE,
        /** A physical card (with its virtual counterpart). */
        PHYSICAL,
        /** A value this SDK version does not know. */
        UNKNOWN
    }

    /** A virtual card that cannot be upgraded to a physical card. */
    public static final CardType VIRTUAL_NON_UPGRADEABLE =
            new CardType("VIRTUAL_NON_UPGRADEABLE", Value.VIRTUAL_NON_UPGRADEABLE);

    /** A physical card (with its virtual counterpart). */
    public static final CardType PHYSICAL = new CardType("PHYSICAL", Value.PHYSICAL);

    /**
     * Stands for a value Wise did not send (the contract marks no response field required): {@link
     * Value#UNKNOWN} with an empty {@link #raw()}.
     */
    public static final CardType ABSENT = new CardType("", Value.UNKNOWN);

    private CardType(String raw, Value value) {
        super(raw, value);
    }

    /**
     * Returns the value for the server's string, reusing the shared constant for a known value.
     *
     * @param raw the server's exact string
     * @return the value; {@link Value#UNKNOWN} when this SDK version does not know it
     * @throws NullPointerException if {@code raw} is null
     */
    public static CardType of(String raw) {
        Objects.requireNonNull(raw, "raw");
        switch (raw) {
            case "VIRTUAL_NON_UPGRADEABLE":
                return VIRTUAL_NON_UPGRADEABLE;
            case "PHYSICAL":
                return PHYSICAL;
            default:
                return new CardType(raw, Value.UNKNOWN);
        }
    }
}
