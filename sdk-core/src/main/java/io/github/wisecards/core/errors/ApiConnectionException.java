package io.github.wisecards.core.errors;

import java.util.Optional;

/**
 * The request could not be completed at the network level: connection refused or reset, DNS
 * failure, TLS failure, or a timeout. Retried automatically where safe; thrown when retries are
 * exhausted.
 *
 * <p>For a create that carried an idempotency key, resending with the same key (see {@link
 * #idempotencyKey()}) is safe: Wise answers with the order created by the first attempt. When an
 * attempt of such a call may have reached Wise, the subclass {@link OutcomeUnknownException} is
 * thrown instead, saying so.
 */
public class ApiConnectionException extends SdkException {
    private static final long serialVersionUID = 1L;

    /** The HTTP method of the failed request. */
    private final String method;
    /** The request path, card tokens masked. */
    private final String path;
    /** Whether a timeout or the call deadline caused the failure. */
    private final boolean timeout;
    /** The idempotency key sent, or null. */
    private final String idempotencyKey;

    /**
     * Creates the exception.
     *
     * @param method the HTTP method
     * @param path the path (no query values, card tokens masked)
     * @param timeout whether a timeout or the call deadline caused it
     * @param idempotencyKey the idempotency key sent, or null
     * @param cause the I/O failure
     */
    public ApiConnectionException(String method, String path, boolean timeout, String idempotencyKey, Throwable cause) {
        super(
                (timeout ? "Timed out" : "Connection failed") + " on " + method + " " + path
                        + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage()),
                cause);
        this.method = method;
        this.path = path;
        this.timeout = timeout;
        this.idempotencyKey = idempotencyKey;
    }

    /**
     * Creates the exception with its own message, for subclasses.
     *
     * @param message the message
     * @param method the HTTP method
     * @param path the path (no query values, card tokens masked)
     * @param timeout whether a timeout or the call deadline caused it
     * @param idempotencyKey the idempotency key sent, or null
     * @param cause the I/O failure
     */
    protected ApiConnectionException(
            String message, String method, String path, boolean timeout, String idempotencyKey, Throwable cause) {
        super(message, cause);
        this.method = method;
        this.path = path;
        this.timeout = timeout;
        this.idempotencyKey = idempotencyKey;
    }

    /** {@return the HTTP method} */
    public String method() {
        return method;
    }

    /** {@return the path (no query values, card tokens masked)} */
    public String path() {
        return path;
    }

    /** {@return whether a timeout or the call deadline caused this failure} */
    public boolean isTimeout() {
        return timeout;
    }

    /** {@return the idempotency key that was sent, when the request carried one} */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }
}
