package io.github.wisecards.cards.model;

import io.github.wisecards.core.errors.FieldViolation;
import java.util.List;

/**
 * The answer of Wise's address validation: the fields that failed, empty when the address is
 * valid. Immutable and thread-safe.
 */
public final class AddressValidationResult {
    private final List<FieldViolation> errors;

    private AddressValidationResult(List<FieldViolation> errors) {
        this.errors = List.copyOf(errors);
    }

    /** Returns a result holding {@code errors} (empty for a valid address). */
    public static AddressValidationResult of(List<FieldViolation> errors) {
        return new AddressValidationResult(errors);
    }

    /** Returns the fields that failed validation, in the server's order; empty when valid. */
    public List<FieldViolation> errors() {
        return errors;
    }

    /** Returns whether the address passed validation. */
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
        return "AddressValidationResult{errors=" + errors + "}";
    }
}
