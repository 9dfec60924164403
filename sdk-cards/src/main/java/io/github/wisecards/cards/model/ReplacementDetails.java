package io.github.wisecards.cards.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wisecards.core.internal.Redaction;
import java.util.Objects;
import java.util.Optional;

/**
 * Which card a new card order replaces, and why. {@link #toString()} masks the card token.
 * Immutable and thread-safe.
 */
public final class ReplacementDetails {
    @JsonProperty("cardToken")
    private final String cardToken;

    @JsonProperty("reason")
    private final ReplacementReason reason;

    private ReplacementDetails(String cardToken, ReplacementReason reason) {
        this.cardToken = cardToken;
        this.reason = reason;
    }

    /**
     * Returns replacement details; checked with the other create parameters before sending, so a
     * null token or reason is reported by {@link CardOrderCreateParams#validate()} with every
     * other problem rather than thrown here.
     *
     * @param cardToken the token of the card to replace
     * @param reason {@link ReplacementReason#CARD_DAMAGED} or {@link ReplacementReason#CARD_EXPIRING}
     */
    public static ReplacementDetails of(String cardToken, ReplacementReason reason) {
        return new ReplacementDetails(cardToken, reason);
    }

    /** Returns the token of the card to replace; empty only in invalid parameters. */
    public Optional<String> cardToken() {
        return Optional.ofNullable(cardToken);
    }

    /** Returns the reason; empty only in invalid parameters. */
    public Optional<ReplacementReason> reason() {
        return Optional.ofNullable(reason);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReplacementDetails r
                && Objects.equals(r.cardToken, cardToken)
                && Objects.equals(r.reason, reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cardToken, reason);
    }

    @Override
    public String toString() {
        return "ReplacementDetails{cardToken=" + Redaction.maskCardToken(cardToken) + ", reason=" + reason + "}";
    }
}
