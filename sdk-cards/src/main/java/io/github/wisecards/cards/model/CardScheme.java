package io.github.wisecards.cards.model;

import io.github.wisecards.core.OpenEnum;
import java.util.Objects;

/**
 * The card network of a card program; an open enum.
 *
 * <p>A value this SDK version does not know parses as {@link Value#UNKNOWN} with its raw string
 * kept. Instances are immutable and thread-safe.
 */
public final class CardScheme extends OpenEnum<CardScheme.Value> {

    /** The known values of {@link CardScheme}. */
    public enum Value {
        /** Visa. */
        VISA,
        /** Mastercard. */
        MASTERCARD,
        /** A value this SDK version does not know. */
        UNKNOWN
    }

    /** Visa. */
    public static final CardScheme VISA = new CardScheme("VISA", Value.VISA);

    /** Mastercard. */
    public static final CardScheme MASTERCARD = new CardScheme("MASTERCARD", Value.MASTERCARD);

    /**
     * Stands for a value Wise did not send (the contract marks no response field required): {@link
     * Value#UNKNOWN} with an empty {@link #raw()}.
     */
    public static final CardScheme ABSENT = new CardScheme("", Value.UNKNOWN);

    private CardScheme(String raw, Value value) {
        super(raw, value);
    }

    /**
     * Returns the value for the server's string, reusing the shared constant for a known value.
     *
     * @param raw the server's exact string
     * @return the value; {@link Value#UNKNOWN} when this SDK version does not know it
     * @throws NullPointerException if {@code raw} is null
     */
    public static CardScheme of(String raw) {
        Objects.requireNonNull(raw, "raw");
        switch (raw) {
            case "VISA":
                return VISA;
            case "MASTERCARD":
                return MASTERCARD;
            default:
                return new CardScheme(raw, Value.UNKNOWN);
        }
    }
}
