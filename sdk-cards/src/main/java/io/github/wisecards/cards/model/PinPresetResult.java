package io.github.wisecards.cards.model;

import io.github.wisecards.core.internal.ModelString;
import java.util.Objects;
import java.util.Optional;

/**
 * The card-data host's answer to a PIN preset: the card order id, which Wise documents as a string
 * (a number is accepted too). Immutable and thread-safe.
 */
public final class PinPresetResult {
    private final String cardOrderId;

    private PinPresetResult(Builder b) {
        this.cardOrderId = b.cardOrderId;
    }

    /**
     * Returns a new builder (for tests and simulators; results come from the API).
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this result's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return builder().cardOrderId(cardOrderId);
    }

    /** {@return the card order id the PIN was set on, as the server sent it, when it sent one} */
    public Optional<String> cardOrderId() {
        return Optional.ofNullable(cardOrderId).filter(s -> !s.isEmpty());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PinPresetResult r && Objects.equals(r.cardOrderId, cardOrderId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(cardOrderId);
    }

    @Override
    public String toString() {
        return ModelString.of("PinPresetResult").add("cardOrderId", cardOrderId).toString();
    }

    /** Builds a {@link PinPresetResult}; every field is optional. Not thread-safe. */
    public static final class Builder {
        private String cardOrderId;

        private Builder() {}

        /**
         * Sets the card order id, as the server sent it; null for none.
         *
         * @param cardOrderId the id
         * @return this builder
         */
        public Builder cardOrderId(String cardOrderId) {
            this.cardOrderId = cardOrderId;
            return this;
        }

        /**
         * Builds the result.
         *
         * @return the result
         */
        public PinPresetResult build() {
            return new PinPresetResult(this);
        }
    }
}
