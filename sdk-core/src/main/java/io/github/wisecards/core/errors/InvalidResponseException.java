package io.github.wisecards.core.errors;

import java.util.Optional;

/**
 * Wise answered with a success status but the body could not be read as the documented shape:
 * empty, truncated, not JSON (an HTML page from a proxy, say), wrong types, or too large.
 */
public class InvalidResponseException extends SdkException {
    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String traceId;
    private final String idempotencyKey;

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
        super(message + (traceId == null ? "" : " (trace id " + traceId + ")"), cause);
        this.statusCode = statusCode;
        this.traceId = traceId;
        this.idempotencyKey = idempotencyKey;
    }

    /** Returns the HTTP status of the unreadable response. */
    public int statusCode() {
        return statusCode;
    }

    /** Returns Wise's trace id. */
    public Optional<String> traceId() {
        return Optional.ofNullable(traceId);
    }

    /** Returns the idempotency key sent, when the request carried one. */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }
}
