package io.github.wisecards.core.internal;

import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.errors.ValidationException;
import java.util.List;

/** The rule for a partner's user key (RequestOptions.user, token-store rows): one home. */
public final class UserKeys {
    /** The longest user key, in characters (the token tables' key column). */
    public static final int MAX_LENGTH = 128;

    private UserKeys() {}

    /**
     * Returns {@code user} if it is 1 to {@value #MAX_LENGTH} visible ASCII characters.
     *
     * @throws ValidationException naming {@code user} otherwise
     */
    public static String require(String subject, String user) {
        String rule = null;
        if (user.isEmpty()) {
            rule = "must not be empty";
        } else if (user.length() > MAX_LENGTH) {
            rule = "must be at most " + MAX_LENGTH + " characters";
        } else if (user.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f)) {
            rule = "must be visible ASCII characters (no space, control or non-ASCII)";
        }
        if (rule != null) {
            throw new ValidationException(subject, List.of(FieldViolation.of("user", rule)));
        }
        return user;
    }
}
