package io.github.wisecards.core.internal;

import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.errors.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules for headers a partner sets ({@code RequestOptions.putHeader}, {@code
 * ClientOptionsBuilder.putDefaultHeader}, the idempotency key): checked when the options are
 * built, so a bad value never reaches the wire, and reported with a {@link ValidationException}
 * that never repeats the value (header values are often secrets, such as an API key).
 */
public final class HeaderRules {
    /** The longest header value accepted, in characters. */
    public static final int MAX_VALUE_LENGTH = 8 * 1024;

    /**
     * Headers the SDK or HTTP itself manages (lower case): setting them would break framing
     * ({@code Content-Length}, {@code Transfer-Encoding}: a chunked GET hangs until the read
     * timeout), routing ({@code Host}), the connection, compression, or the SDK's own auth,
     * idempotency, correlation and User-Agent headers.
     */
    public static final Set<String> RESERVED = Set.of(
            "host",
            "content-length",
            "content-type",
            "content-encoding",
            "transfer-encoding",
            "te",
            "trailer",
            "upgrade",
            "connection",
            "keep-alive",
            "proxy-connection",
            "proxy-authorization",
            "expect",
            "accept-encoding",
            "authorization",
            "user-agent",
            "x-idempotence-uuid",
            "x-external-correlation-id");

    private HeaderRules() {}

    /**
     * Checks a header a partner adds.
     *
     * @param subject what is being built, for example {@code request options}
     * @throws ValidationException naming the header and the rule, never the value
     */
    public static void checkHeader(String subject, String name, String value) {
        if (!isToken(name)) {
            throw invalid(subject, "headers", "a header name must be 1 to 256 visible ASCII characters, no separators");
        }
        if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            throw invalid(subject, "headers." + name, "is managed by the SDK or HTTP and cannot be set");
        }
        checkValue(subject, "headers." + name, value);
    }

    /**
     * Checks a header value: visible ASCII, spaces and tabs, at most {@link #MAX_VALUE_LENGTH}
     * characters; no CR, LF, NUL or other control characters, no non-ASCII characters.
     *
     * @throws ValidationException naming {@code field} and the rule, never the value
     */
    public static void checkValue(String subject, String field, String value) {
        if (value.length() > MAX_VALUE_LENGTH) {
            throw invalid(subject, field, "must be at most " + MAX_VALUE_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c == '\t' || (c >= 0x20 && c <= 0x7e))) {
                throw invalid(
                        subject,
                        field,
                        "must be printable ASCII without CR, LF or other control characters (position " + i + ")");
            }
        }
    }

    private static boolean isToken(String name) {
        if (name.isEmpty() || name.length() > 256) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= 0x20 || c >= 0x7f || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static ValidationException invalid(String subject, String field, String rule) {
        return new ValidationException(subject, List.of(FieldViolation.of(field, rule)));
    }
}
