package io.github.wisecards.cards.model;

import io.github.wisecards.core.OpenEnum;
import java.util.Objects;

/**
 * Status of an issued card, as reported by the {@code cards#card-status-change} webhook; an open
 * enum, so a status this SDK version does not know parses as {@link Value#UNKNOWN} with its raw
 * string kept.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CardStatus extends OpenEnum<CardStatus.Value> {

    /** The known values of {@link CardStatus}. */
    public enum Value {
        /** The card can be used. */
        ACTIVE,
        /** The card is not yet activated. */
        INACTIVE,
        /** The card is permanently blocked. */
        BLOCKED,
        /** The card is temporarily frozen. */
        FROZEN,
        /** The card is suspended by the partner. */
        PARTNER_SUSPENDED,
        /** The card has expired. */
        EXPIRED,
        /** The card's data has been purged. */
        PURGED,
        /** A status this SDK version does not know. */
        UNKNOWN
    }

    /** The card can be used. */
    public static final CardStatus ACTIVE = new CardStatus("ACTIVE", Value.ACTIVE);
    /** The card is not yet activated. */
    public static final CardStatus INACTIVE = new CardStatus("INACTIVE", Value.INACTIVE);
    /** The card is permanently blocked. */
    public static final CardStatus BLOCKED = new CardStatus("BLOCKED", Value.BLOCKED);
    /** The card is temporarily frozen. */
    public static final CardStatus FROZEN = new CardStatus("FROZEN", Value.FROZEN);
    /** The card is suspended by the partner. */
    public static final CardStatus PARTNER_SUSPENDED = new CardStatus("PARTNER_SUSPENDED", Value.PARTNER_SUSPENDED);
    /** The card has expired. */
    public static final CardStatus EXPIRED = new CardStatus("EXPIRED", Value.EXPIRED);
    /** The card's data has been purged. */
    public static final CardStatus PURGED = new CardStatus("PURGED", Value.PURGED);

    private CardStatus(String raw, Value value) {
        super(raw, value);
    }

    /**
     * Returns the status for the server's string, reusing the shared constant for a known value.
     *
     * @param raw the server's exact string
     * @return the status; {@link Value#UNKNOWN} when this SDK version does not know it
     * @throws NullPointerException if {@code raw} is null
     */
    public static CardStatus of(String raw) {
        Objects.requireNonNull(raw, "raw");
        switch (raw) {
            case "ACTIVE":
                return ACTIVE;
            case "INACTIVE":
                return INACTIVE;
            case "BLOCKED":
                return BLOCKED;
            case "FROZEN":
                return FROZEN;
            case "PARTNER_SUSPENDED":
                return PARTNER_SUSPENDED;
            case "EXPIRED":
                return EXPIRED;
            case "PURGED":
                return PURGED;
            default:
                return new CardStatus(raw, Value.UNKNOWN);
        }
    }
}
