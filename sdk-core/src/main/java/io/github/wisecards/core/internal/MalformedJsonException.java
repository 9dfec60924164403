package io.github.wisecards.core.internal;

import com.fasterxml.jackson.core.JsonToken;
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

    /**
     * Returns the exception for a value of the wrong JSON type; names the types, never the value.
     *
     * @param expected what the reader wanted, such as {@code "a number"}
     * @param found the token found, or null at the end of the body
     * @param fieldPath the JSON pointer of the field, or null
     * @return the exception
     */
    static MalformedJsonException mistyped(String expected, JsonToken found, String fieldPath) {
        return new MalformedJsonException("expected " + expected + " but found " + describe(found), fieldPath);
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the body";
        }
        switch (t) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "text";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            default:
                return "another JSON value";
        }
    }

    /** Returns the JSON pointer of the failing field (such as {@code /cardOrders/1/id}), or null. */
    public String fieldPath() {
        return fieldPath;
    }
}
