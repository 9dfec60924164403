package io.github.wisecards.core.errors;

import java.util.Optional;

/**
 * Wise answered with a success status but the body could not be read as the documented shape:
 * empty, truncated, not JSON (an HTML page from a proxy, say), wrong types, or too large.
 *
 * <p>The message says what failed (the SDK's own model message, such as {@code CardOrder: missing
 * required id}, or the parser failure's type and position) and where ({@link #fieldPath()}, a JSON
 * pointer); {@link #getCause()} is the parse failure; {@link #bodyExcerpt()} is a bounded excerpt of
 * the body with secrets redacted and card tokens masked. None of them quotes a secret.
 */
public class InvalidResponseException extends SdkException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status code of the response that could not be read. */
    private final int statusCode;
    /** Wise's {@code x-trace-id}, or null. */
    private final String traceId;
    /** The idempotency key sent, or null. */
    private final String idempotencyKey;
    /** The JSON pointer of the field that could not be read, or null. */
    private final String fieldPath;
    /** The redacted body excerpt, or null. */
    private final String bodyExcerpt;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, without the body's content
     * @param statusCode the HTTP status
     * @param traceId Wise's trace id, or null
     * @param idempotencyKey the idempotency key sent, or null
     * @param cause the parse failure, or null
     */
    public InvalidResponseException(
            String message, int statusCode, String traceId, String idempotencyKey, Throwable cause) {
        this(message, statusCode, traceId, idempotencyKey, null, null, cause);
    }

    /**
     * Creates the exception with the failing field and a body excerpt.
     *
     * @param message what was wrong, without the body's content
     * @param statusCode the HTTP status
     * @param traceId Wise's trace id, or null
     * @param idempotencyKey the idempotency key sent, or null
     * @param fieldPath the JSON pointer of the field that could not be read, or null
     * @param bodyExcerpt a bounded, redacted excerpt of the body, or null
     * @param cause the parse failure, or null
     */
    public InvalidResponseException(
            String message,
            int statusCode,
            String traceId,
            String idempotencyKey,
            String fieldPath,
            String bodyExcerpt,
            Throwable cause) {
        super(
                message
                        + (fieldPath == null ? "" : " at " + fieldPath)
                        + (traceId == null ? "" : " (trace id " + traceId + ")"),
                cause);
        this.statusCode = statusCode;
        this.traceId = traceId;
        this.idempotencyKey = idempotencyKey;
        this.fieldPath = fieldPath;
        this.bodyExcerpt = bodyExcerpt;
    }

    /**
     * {@return the JSON pointer of the field that could not be read, such as {@code
     * /cardOrders/1}}
     */
    public Optional<String> fieldPath() {
        return Optional.ofNullable(fieldPath);
    }

    /**
     * {@return a bounded excerpt of the body (at most about 512 characters), with secret fields
     * replaced and card tokens masked; a body that is not JSON is only described by its size}
     */
    public Optional<String> bodyExcerpt() {
        return Optional.ofNullable(bodyExcerpt);
    }

    /** {@return the HTTP status of the unreadable response} */
    public int statusCode() {
        return statusCode;
    }

    /** {@return Wise's trace id} */
    public Optional<String> traceId() {
        return Optional.ofNullable(traceId);
    }

    /** {@return the idempotency key sent, when the request carried one} */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }
}
