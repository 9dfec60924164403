package io.github.wisecards.cards.model;

import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.internal.ModelString;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The answer of Wise's address validation: the fields that failed, empty when the address is
 * valid. Immutable and thread-safe.
 */
public final class AddressValidationResult {
    private final List<FieldViolation> errors;

    private AddressValidationResult(Builder b) {
        this.errors = List.copyOf(b.errors);
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
     * Returns a builder holding this result's errors.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = builder();
        errors.forEach(b::addError);
        return b;
    }

    /** {@return the fields that failed validation, in the server's order; empty when valid} */
    public List<FieldViolation> errors() {
        return errors;
    }

    /** {@return whether the address passed validation} */
    public boolean isValid() {
        return errors.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddressValidationResult r && r.errors.equals(errors);
    }

    @Override
    public int hashCode() {
        return errors.hashCode();
    }

    @Override
    public String toString() {
        return ModelString.of("AddressValidationResult").add("errors", errors).toString();
    }

    /** Builds an {@link AddressValidationResult}; no errors means valid. Not thread-safe. */
    public static final class Builder {
        private final List<FieldViolation> errors = new ArrayList<>();

        private Builder() {}

        /**
         * Adds a field that failed validation.
         *
         * @param error the field and Wise's message
         * @return this builder
         */
        public Builder addError(FieldViolation error) {
            errors.add(Objects.requireNonNull(error, "error"));
            return this;
        }

        /**
         * Builds the result.
         *
         * @return the result
         */
        public AddressValidationResult build() {
            return new AddressValidationResult(this);
        }
    }
}
