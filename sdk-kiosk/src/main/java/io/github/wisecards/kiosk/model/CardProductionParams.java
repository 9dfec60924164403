package io.github.wisecards.kiosk.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.errors.ValidationException;
import java.util.List;
import java.util.regex.Pattern;

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
    /** The longest kiosk id accepted. */
    public static final int KIOSK_ID_MAX_LENGTH = 32;

    private static final Pattern KIOSK_ID = Pattern.compile("[A-Za-z0-9_-]{1," + KIOSK_ID_MAX_LENGTH + "}");

    @JsonProperty("kioskId")
    private final String kioskId;

    private CardProductionParams(Builder b) {
        this.kioskId = b.kioskId;
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with these params. */
    public Builder toBuilder() {
        return builder().kioskId(kioskId);
    }

    /** Returns the kiosk on which the card is produced. */
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
        return "CardProductionParams{kioskId=" + kioskId + '}';
    }

    /** Builds {@link CardProductionParams}. Not thread-safe. */
    public static final class Builder {
        private String kioskId;

        private Builder() {}

        /** Sets the kiosk id (required), for example {@code WIS00001}. */
        public Builder kioskId(String kioskId) {
            this.kioskId = kioskId;
            return this;
        }

        /**
         * Builds the params.
         *
         * @throws IllegalStateException if {@code kioskId} was not set
         * @throws ValidationException naming {@code kioskId} if it is blank or not 1 to 32 characters
         *     of letters, digits, {@code _} and {@code -}
         */
        public CardProductionParams build() {
            if (kioskId == null) {
                throw new IllegalStateException("CardProductionParams is missing required field: kioskId");
            }
            if (kioskId.isBlank()) {
                throw invalid("must not be blank");
            }
            if (!KIOSK_ID.matcher(kioskId).matches()) {
                throw invalid("must be 1 to " + KIOSK_ID_MAX_LENGTH
                        + " characters of letters, digits, '_' and '-' (for example WIS00001) but was "
                        + describe(kioskId));
            }
            return new CardProductionParams(this);
        }

        private static ValidationException invalid(String message) {
            return new ValidationException(
                    "card production parameters", List.of(FieldViolation.of("kioskId", message)));
        }

        private static String describe(String value) {
            // Echo short printable ids to help the caller; never echo a long or odd value verbatim.
            boolean printable = value.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
            return printable && value.length() <= 64
                    ? "'" + value + "'"
                    : "a value of " + value.length() + " characters";
        }
    }
}
