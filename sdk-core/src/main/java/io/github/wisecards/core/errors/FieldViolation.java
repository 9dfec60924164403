package io.github.wisecards.core.errors;

import java.util.Objects;

/**
 * One field that failed validation, in the shape of Wise's address validation answer: the
 * field's JSON name (dotted for nested fields, such as {@code address.postCode}) and a message.
 * Immutable.
 */
public final class FieldViolation {
    private final String field;
    private final String message;

    private FieldViolation(String field, String message) {
        this.field = Objects.requireNonNull(field, "field");
        this.message = Objects.requireNonNull(message, "message");
    }

    /**
     * Creates a violation of {@code field} with {@code message}.
     *
     * @param field the request field, for example {@code address.postCode}
     * @param message the rule the value breaks; never the value itself
     * @return a new {@code FieldViolation}
     */
    public static FieldViolation of(String field, String message) {
        return new FieldViolation(field, message);
    }

    /** {@return the field's JSON name, for example {@code postCode} or {@code address.city}} */
    public String field() {
        return field;
    }

    /** {@return the rule that failed, in Wise's wording where Wise has one} */
    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldViolation v && v.field.equals(field) && v.message.equals(message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, message);
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
