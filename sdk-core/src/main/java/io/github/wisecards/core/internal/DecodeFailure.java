package io.github.wisecards.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Describes why a success response could not be decoded, for {@link
 * io.github.wisecards.core.errors.InvalidResponseException}: the JSON pointer of the field that
 * failed, a safe summary of the failure, and a bounded, redacted excerpt of the body. Never quotes
 * a parser's message, which can contain body values (card tokens).
 */
public final class DecodeFailure {
    /** The longest body excerpt kept, in characters. */
    public static final int MAX_EXCERPT = 512;

    private DecodeFailure() {}

    /** Returns the JSON pointer of the failing field (such as {@code /cardOrders/1/status}), or null. */
    public static String fieldPath(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MalformedJsonException m) {
                return m.fieldPath();
            }
            if (t instanceof JsonMappingException m && !m.getPath().isEmpty()) {
                StringBuilder sb = new StringBuilder();
                for (JsonMappingException.Reference ref : m.getPath()) {
                    sb.append('/');
                    if (ref.getFieldName() != null) {
                        sb.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
                    } else if (ref.getIndex() >= 0) {
                        sb.append(ref.getIndex());
                    }
                }
                return sb.toString();
            }
        }
        return null;
    }

    /**
     * Returns what went wrong, without body content: the SDK's own model message (such as {@code
     * CardOrder: missing required id}) when a model refused the data, else the failure's type and,
     * for a parse error, its line and column.
     */
    public static String summary(Throwable e) {
        if (e instanceof RejectedResponseException || e instanceof MalformedJsonException) {
            return e.getMessage(); // written by the SDK, quotes nothing from the body
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalStateException && t.getMessage() != null) {
                return t.getMessage(); // the SDK's model builders name fields, never values
            }
        }
        if (e instanceof JsonProcessingException j && j.getLocation() != null) {
            return e.getClass().getSimpleName() + " at line " + j.getLocation().getLineNr() + ", column "
                    + j.getLocation().getColumnNr();
        }
        return e.getClass().getSimpleName();
    }

    /**
     * Returns the cause to attach: {@code e} itself when the failure is the SDK's own model refusing
     * the data (its messages name fields, never values); otherwise a stand-in with the failure's
     * type, position and stack trace but not its message, because parser messages can quote body
     * values such as card tokens.
     */
    public static Throwable safeCause(Throwable e) {
        if (e instanceof RejectedResponseException || e instanceof MalformedJsonException) {
            return e;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalStateException && t.getMessage() != null && t.getCause() == null) {
                return e;
            }
        }
        return new RedactedCause(e);
    }

    /** A decoding failure with its type and stack trace kept and its message (body values) left out. */
    static final class RedactedCause extends java.io.IOException {
        private static final long serialVersionUID = 1L;

        RedactedCause(Throwable original) {
            super(original.getClass().getName() + ": " + summary(original)
                    + (fieldPath(original) == null ? "" : " at " + fieldPath(original)));
            setStackTrace(original.getStackTrace());
        }
    }

    /**
     * Returns at most {@link #MAX_EXCERPT} characters of the body, redacted by {@link
     * Redaction#body}: JSON with secrets replaced and card tokens masked; a non-JSON body only
     * described by its size.
     */
    public static String excerpt(byte[] body, String contentType) {
        String redacted = Redaction.body(body, contentType);
        if (redacted.length() <= MAX_EXCERPT) {
            return redacted;
        }
        return redacted.substring(0, MAX_EXCERPT) + "... (" + body.length + " bytes)";
    }
}
