package io.github.wisecards.cards.model;

import io.github.wisecards.core.internal.ModelString;
import java.util.Objects;
import java.util.Optional;

/**
 * Which card a new card order replaces, and why. {@link #toString()} masks the card token.
 * Immutable and thread-safe.
 */
public final class ReplacementDetails {
    private final String cardToken;

    private final ReplacementReason reason;

    private ReplacementDetails(Builder b) {
        this.cardToken = b.cardToken;
        this.reason = b.reason;
    }

    /**
     * Returns a new builder; {@link #of(String, ReplacementReason)} says the same in one call.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding these details.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return builder().cardToken(cardToken).reason(reason);
    }

    /**
     * Returns replacement details. Kept beside {@link #builder()} because the two fields are both
     * required and read naturally as one call, {@code ReplacementDetails.of(token, CARD_DAMAGED)}.
     * Checked with the other create parameters before sending, so a
     * null token or reason is reported by {@link CardOrderCreateParams#validate()} with every
     * other problem rather than thrown here.
     *
     * @param cardToken the token of the card to replace
     * @param reason {@link ReplacementReason#CARD_DAMAGED} or {@link ReplacementReason#CARD_EXPIRING}
     * @return the details
     */
    public static ReplacementDetails of(String cardToken, ReplacementReason reason) {
        return builder().cardToken(cardToken).reason(reason).build();
    }

    /** {@return the token of the card to replace; empty only in invalid parameters} */
    public Optional<String> cardToken() {
        return Optional.ofNullable(cardToken);
    }

    /** {@return the reason; empty only in invalid parameters} */
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
        return ModelString.of("ReplacementDetails")
                .add("cardToken", cardToken)
                .add("reason", reason)
                .toString();
    }

    /** Builds {@link ReplacementDetails}; checked with the create parameters. Not thread-safe. */
    public static final class Builder {
        private String cardToken;
        private ReplacementReason reason;

        private Builder() {}

        /**
         * Sets the token of the card to replace.
         *
         * @param cardToken the card token
         * @return this builder
         */
        public Builder cardToken(String cardToken) {
            this.cardToken = cardToken;
            return this;
        }

        /**
         * Sets why the card is replaced.
         *
         * @param reason {@link ReplacementReason#CARD_DAMAGED} or {@link ReplacementReason#CARD_EXPIRING}
         * @return this builder
         */
        public Builder reason(ReplacementReason reason) {
            this.reason = reason;
            return this;
        }

        /**
         * Builds the details; see {@link CardOrderCreateParams#validate()} for the checks.
         *
         * @return the details
         */
        public ReplacementDetails build() {
            return new ReplacementDetails(this);
        }
    }
}
