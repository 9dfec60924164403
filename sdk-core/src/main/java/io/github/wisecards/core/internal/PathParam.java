package io.github.wisecards.core.internal;

import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.errors.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A typed path parameter of an {@link Endpoint}: its name in the path template, the Java type of
 * its value, the rule Wise's contract declares for it and whether its value is a secret (masked in
 * logs and messages). The rule lives here, once: a value that breaks it is refused with a {@link
 * ValidationException} naming the parameter and the rule before anything is sent, and the value
 * itself is never echoed. Every parameter also refuses null, an empty value and the dot segments
 * {@code .} and {@code ..}, which cannot be one path segment. Immutable.
 *
 * <pre>{@code
 * static final PathParam<Long> PROFILE_ID = PathParam.positiveId("profileId");
 * }</pre>
 *
 * @param <V> the value's type
 */
public final class PathParam<V> {
    private final String name;
    private final boolean sensitive;
    private final Function<V, String> rule;

    private PathParam(String name, boolean sensitive, Function<V, String> rule) {
        this.name = Objects.requireNonNull(name, "name");
        this.sensitive = sensitive;
        this.rule = rule;
    }

    /**
     * Declares a positive 64-bit id ({@code profileId}, {@code cardOrderId}): 0 or a negative id
     * could only reach a wrong resource or a misleading 404.
     *
     * @param name the placeholder's name
     * @return the parameter
     */
    public static PathParam<Long> positiveId(String name) {
        return new PathParam<>(name, false, id -> id > 0 ? null : "must be a positive id but was " + id);
    }

    /**
     * Declares a plain string, as the contract types it: any text that makes one path segment.
     *
     * @param name the placeholder's name
     * @return the parameter
     */
    public static PathParam<String> text(String name) {
        return new PathParam<>(name, false, value -> null);
    }

    /**
     * Declares a {@code format: uuid} string (8-4-4-4-12 hexadecimal digits).
     *
     * @param name the placeholder's name
     * @return the parameter
     */
    public static PathParam<String> uuid(String name) {
        return new PathParam<>(name, false, PathParam::uuidRule);
    }

    /**
     * Declares a card token typed as a plain string: any text that makes one path segment, masked
     * to its last four characters in logs and exception messages and redacted where the server
     * echoes it.
     *
     * @param name the placeholder's name
     * @return the parameter
     */
    public static PathParam<String> cardToken(String name) {
        return new PathParam<>(name, true, value -> null);
    }

    /**
     * Declares a card token the contract types {@code format: uuid}; masked like {@link
     * #cardToken(String)}.
     *
     * @param name the placeholder's name
     * @return the parameter
     */
    public static PathParam<String> uuidCardToken(String name) {
        return new PathParam<>(name, true, PathParam::uuidRule);
    }

    private static String uuidRule(String value) {
        return ContractFormats.isUuid(value) ? null : ContractFormats.UUID_RULE;
    }

    /**
     * Returns the placeholder's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns whether values are secrets, masked in logs and messages.
     *
     * @return whether values are masked
     */
    public boolean sensitive() {
        return sensitive;
    }

    /**
     * Returns the text {@code value} puts in the path, before percent-encoding.
     *
     * @param value the value
     * @return its text
     * @throws ValidationException naming this parameter and its rule when {@code value} breaks it;
     *     the value is not echoed
     */
    public String format(V value) {
        if (value == null) {
            throw invalid("must not be null");
        }
        String broken = rule.apply(value);
        if (broken != null) {
            throw invalid(broken);
        }
        String text = value.toString();
        if (text.isEmpty()) {
            throw invalid("must not be empty");
        }
        if (text.equals(".") || text.equals("..")) {
            // Percent-encoding does not help: %2E is "." (RFC 3986 section 2.3) and OkHttp, like
            // servers and proxies, resolves it, which would reach another path.
            throw invalid("must not be '.' or '..' (a dot segment would reach another path)");
        }
        return text;
    }

    /** Returns {@code text} as logs and messages show it: masked when this parameter is sensitive. */
    String masked(String text) {
        return sensitive ? Redaction.maskCardToken(text) : text;
    }

    private ValidationException invalid(String rule) {
        return new ValidationException("path parameter", List.of(FieldViolation.of(name, rule)));
    }

    @Override
    public String toString() {
        return "{" + name + "}";
    }
}
