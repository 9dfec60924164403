package io.github.wisecards.core.errors;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input failed local validation; nothing was sent to Wise.
 *
 * <p>Carries every violation found at once, each naming the field and the rule.
 */
public class ValidationException extends SdkException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldViolation> violations;

    /**
     * Creates an exception listing {@code violations}.
     *
     * @param subject what was validated, for example {@code card order create parameters}
     * @param violations at least one violation
     */
    public ValidationException(String subject, List<FieldViolation> violations) {
        super(message(subject, violations));
        this.violations = List.copyOf(violations);
    }

    /** {@return every violation found; never empty} */
    public List<FieldViolation> violations() {
        return violations;
    }

    private static String message(String subject, List<FieldViolation> violations) {
        return "Invalid " + subject + " (" + violations.size() + " problem" + (violations.size() == 1 ? "" : "s")
                + "): " + violations.stream().map(FieldViolation::toString).collect(Collectors.joining("; "));
    }
}
