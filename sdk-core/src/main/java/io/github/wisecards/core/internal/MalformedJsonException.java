package io.github.wisecards.core.internal;

import java.io.IOException;

/**
 * A response body that does not have the shape a model reader expects: a field of the wrong JSON
 * type, a missing required field, a malformed number or instant. Its message is written by the
 * SDK and never quotes the body (values can be card tokens), so {@link DecodeFailure} shows it; its
 * {@link #fieldPath()} is the JSON pointer of the failing field.
 */
public final class MalformedJsonException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String fieldPath;

    /**
     * Creates the exception.
     *
     * @param reason what is wrong, in the SDK's words
     * @param fieldPath the JSON pointer of the failing field, or null for the whole body
     */
    public MalformedJsonException(String reason, String fieldPath) {
        super(fieldPath == null ? reason : reason + " at " + fieldPath);
        this.fieldPath = fieldPath;
    }

    MalformedJsonException(String reason, String fieldPath, Throwable cause) {
        this(reason, fieldPath);
        initCause(cause);
    }

    /** Returns the JSON pointer of the failing field (such as {@code /cardOrders/1/id}), or null. */
    public String fieldPath() {
        return fieldPath;
    }
}
