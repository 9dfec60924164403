package io.github.wisecards.kiosk.model;

import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.errors.ValidationException;
import io.github.wisecards.core.internal.ModelString;
import java.util.List;

/**
 * The body of produce: the kiosk on which to produce the card.
 *
 * <p>The kiosk id is checked when built: 1 to 32 characters of {@code A-Z}, {@code a-z}, {@code
 * 0-9}, {@code _} and {@code -} (Wise's example is {@code WIS00001}). Immutable and thread-safe.
 *
 * <pre>{@code
 * CardProductionParams params = CardProductionParams.builder().kioskId("WIS00001").build();
 * }</pre>
 */
public final class CardProductionParams {
    private final String kioskId;

    private CardProductionParams(Builder b) {
        this.kioskId = b.kioskId;
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder initialised with these params} */
    public Builder toBuilder() {
        return builder().kioskId(kioskId);
    }

    /** {@return the kiosk on which the card is produced} */
    public String kioskId() {
        return kioskId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardProductionParams p && kioskId.equals(p.kioskId);
    }

    @Override
    public int hashCode() {
        return kioskId.hashCode();
    }

    @Override
    public String toString() {
        return ModelString.of("CardProductionParams").add("kioskId", kioskId).toString();
    }

    /** Builds {@link CardProductionParams}. Not thread-safe. */
    public static final class Builder {
        private String kioskId;

        private Builder() {}

        /**
         * Sets the kiosk id (required), for example {@code WIS00001}.
         *
         * @param kioskId the kiosk id, for example {@code WIS00001}; required: {@link #build()}
         *     throws {@link IllegalStateException} without it
         * @return this builder
         */
        public Builder kioskId(String kioskId) {
            this.kioskId = kioskId;
            return this;
        }

        /**
         * Builds the params. Wise documents no format for kiosk ids, so only what cannot be a kiosk
         * id is refused: a blank id, and text that cannot travel in a JSON string (an unpaired
         * UTF-16 surrogate).
         *
         * @throws IllegalStateException if {@code kioskId} was not set
         * @throws ValidationException naming {@code kioskId} if it is blank or not valid Unicode text
         * @return the params
         */
        public CardProductionParams build() {
            if (kioskId == null) {
                throw new IllegalStateException("CardProductionParams is missing required field: kioskId");
            }
            if (kioskId.isBlank()) {
                throw invalid("must not be blank");
            }
            if (hasUnpairedSurrogate(kioskId)) {
                throw invalid(
                        "must be valid Unicode text (it contains an unpaired surrogate, which JSON cannot carry)");
            }
            return new CardProductionParams(this);
        }

        private static boolean hasUnpairedSurrogate(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return true;
                }
            }
            return false;
        }

        private static ValidationException invalid(String message) {
            return new ValidationException(
                    "card production parameters", List.of(FieldViolation.of("kioskId", message)));
        }
    }
}
