package io.github.wisecards.cards.model;

import io.github.wisecards.core.OpenEnum;
import java.util.Objects;

/**
 * Status of a card order before its card is issued; an open enum, so a status this SDK version
 * does not know parses as {@link Value#UNKNOWN} with its raw string kept.
 *
 * <p>The status knows the reference's transition rules, so callers can ask before calling
 * {@code cancel} or {@code complete}:
 *
 * <ul>
 *   <li>{@code PLACED}: cancels cleanly.
 *   <li>{@code REQUIREMENTS_FULFILLED}, {@code CARD_DETAILS_CREATED}, {@code PRODUCED}: cancel, and
 *       the associated card is blocked; a physical card may already be in delivery and still
 *       arrive.
 *   <li>{@code COMPLETED}, {@code RETURNED}: cannot be cancelled ({@code CANCELLED} is not listed
 *       by the reference; {@link #canBeCancelled()} answers false for it).
 *   <li>{@code COMPLETED} (deprecated) can be set for every status except {@code CANCELLED} and
 *       {@code COMPLETED}, so a {@code RETURNED} order can still be completed.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CardOrderStatus extends OpenEnum<CardOrderStatus.Value> {

    /** The known values of {@link CardOrderStatus}. */
    public enum Value {
        /** The card order is created; the card is generated once all requirements are fulfilled. */
        PLACED,
        /** All requirements are fulfilled; the card should be generated shortly. */
        REQUIREMENTS_FULFILLED,
        /** The card has been generated. */
        CARD_DETAILS_CREATED,
        /** The physical card has been produced and awaits pick-up by the delivery vendor. */
        PRODUCED,
        /** The card has been activated and is ready to use. */
        COMPLETED,
        /** The card order has been cancelled. */
        CANCELLED,
        /** Delivery failed; the physical card has been returned and will be blocked. */
        RETURNED,
        /** A status this SDK version does not know. */
        UNKNOWN
    }

    /** The card order is created; the card is generated once all requirements are fulfilled. */
    public static final CardOrderStatus PLACED = new CardOrderStatus("PLACED", Value.PLACED);
    /** All requirements are fulfilled; the card should be generated shortly. */
    public static final CardOrderStatus REQUIREMENTS_FULFILLED =
            new CardOrderStatus("REQUIREMENTS_FULFILLED", Value.REQUIREMENTS_FULFILLED);
    /** The card has been generated. */
    public static final CardOrderStatus CARD_DETAILS_CREATED =
            new CardOrderStatus("CARD_DETAILS_CREATED", Value.CARD_DETAILS_CREATED);
    /** The physical card has been produced and awaits pick-up by the delivery vendor. */
    public static final CardOrderStatus PRODUCED = new CardOrderStatus("PRODUCED", Value.PRODUCED);
    /** The card has been activated and is ready to use; the order is completed. */
    public static final CardOrderStatus COMPLETED = new CardOrderStatus("COMPLETED", Value.COMPLETED);
    /** The card order has been cancelled. */
    public static final CardOrderStatus CANCELLED = new CardOrderStatus("CANCELLED", Value.CANCELLED);
    /** Delivery failed; the physical card has been returned and will be blocked. */
    public static final CardOrderStatus RETURNED = new CardOrderStatus("RETURNED", Value.RETURNED);

    /**
     * Stands for a status Wise did not send: {@link Value#UNKNOWN} with an empty {@link #raw()}.
     * Every helper answers false for it.
     */
    public static final CardOrderStatus ABSENT = new CardOrderStatus("", Value.UNKNOWN);

    private CardOrderStatus(String raw, Value value) {
        super(raw, value);
    }

    /**
     * Returns the status for the server's string, reusing the shared constant for a known value.
     *
     * @param raw the server's exact string
     * @return the status; {@link Value#UNKNOWN} when this SDK version does not know it
     * @throws NullPointerException if {@code raw} is null
     */
    public static CardOrderStatus of(String raw) {
        Objects.requireNonNull(raw, "raw");
        switch (raw) {
            case "PLACED":
                return PLACED;
            case "REQUIREMENTS_FULFILLED":
                return REQUIREMENTS_FULFILLED;
            case "CARD_DETAILS_CREATED":
                return CARD_DETAILS_CREATED;
            case "PRODUCED":
                return PRODUCED;
            case "COMPLETED":
                return COMPLETED;
            case "CANCELLED":
                return CANCELLED;
            case "RETURNED":
                return RETURNED;
            default:
                return new CardOrderStatus(raw, Value.UNKNOWN);
        }
    }

    /**
     * {@return whether an order in this status can be cancelled: true for {@code PLACED}, {@code
     * REQUIREMENTS_FULFILLED}, {@code CARD_DETAILS_CREATED} and {@code PRODUCED}; false for the
     * final statuses and for unknown statuses (the server decides)}
     */
    public boolean canBeCancelled() {
        switch (value()) {
            case PLACED:
            case REQUIREMENTS_FULFILLED:
            case CARD_DETAILS_CREATED:
            case PRODUCED:
                return true;
            default:
                return false;
        }
    }

    /**
     * {@return whether cancelling an order in this status blocks its card, which may already be in
     * delivery and still reach the card holder: true for {@code REQUIREMENTS_FULFILLED}, {@code
     * CARD_DETAILS_CREATED} and {@code PRODUCED}}. Tell the card holder when this is true.
     */
    public boolean cancellationBlocksCard() {
        switch (value()) {
            case REQUIREMENTS_FULFILLED:
            case CARD_DETAILS_CREATED:
            case PRODUCED:
                return true;
            default:
                return false;
        }
    }

    /**
     * {@return whether an order in this status can be updated to {@code COMPLETED} (deprecated by
     * Wise): the reference allows it "for all statuses except {@code CANCELLED} and {@code
     * COMPLETED}", so this is true for every other status, {@code RETURNED} and statuses this SDK
     * version does not know included, and false for {@link #ABSENT}}
     */
    public boolean canBeCompleted() {
        return !equals(ABSENT) && !equals(CANCELLED) && !equals(COMPLETED);
    }

    /**
     * {@return whether this status is final, that is whether no documented transition leaves it:
     * true for {@code COMPLETED} and {@code CANCELLED}}. {@code RETURNED} is not final: the
     * reference allows updating a returned order to {@code COMPLETED}.
     */
    public boolean isFinal() {
        switch (value()) {
            case COMPLETED:
            case CANCELLED:
                return true;
            default:
                return false;
        }
    }
}
