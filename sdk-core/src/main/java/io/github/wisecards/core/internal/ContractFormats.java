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

    /** Returns whether {@code value} has the {@code format: uuid} shape. */
    public static boolean isUuid(String value) {
        return value != null && value.length() == 36 && UUID.matcher(value).matches();
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
