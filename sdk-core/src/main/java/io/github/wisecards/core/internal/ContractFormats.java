package io.github.wisecards.core.internal;

import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.errors.ValidationException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Formats Wise's OpenAPI contract declares for headers and path parameters, checked before a
 * request is sent. Violations are {@link ValidationException}s naming the field and the rule;
 * values are never echoed (some, like card tokens, are secrets).
 */
public final class ContractFormats {
    /**
     * {@code format: uuid}: 8-4-4-4-12 hexadecimal digits, either case; also what {@link
     * Redaction} masks as a card token in server text.
     */
    static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** The rule stated when a {@code format: uuid} value is refused. */
    public static final String UUID_RULE = "must be a UUID (36 characters: 8-4-4-4-12 hexadecimal digits, such as"
            + " 054064c9-e01e-49fb-8fd9-b0990b9442f4), as Wise's contract declares";

    private ContractFormats() {}

    /**
     * Returns whether {@code value} has the {@code format: uuid} shape: the same answer as {@link
     * #UUID}, checked character by character because every create and every call with an
     * idempotency key runs it (the regex matcher cost more than generating the key).
     */
    public static boolean isUuid(String value) {
        if (value == null || value.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23
                    ? c == '-'
                    : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns {@code value} if it is a UUID.
     *
     * @throws ValidationException naming {@code field} otherwise (the value is not echoed)
     */
    public static String requireUuid(String subject, String field, String value) {
        if (!isUuid(value)) {
            throw new ValidationException(subject, List.of(FieldViolation.of(field, UUID_RULE)));
        }
        return value;
    }
}
