package io.github.wisecards.core.errors;

/**
 * A call with an idempotency key (a card order create) got no answer, although at least one of its
 * attempts may have reached Wise: <b>the outcome is unknown</b>, and the order may exist.
 *
 * <p>Repeat the same call with the same key ({@link #idempotencyKey()}, passed with {@code
 * RequestOptions.builder().idempotencyKey(..)}): Wise then answers with the order the first attempt
 * created, or creates it once. Do not repeat it with a new key, which could order a second card.
 */
public class OutcomeUnknownException extends ApiConnectionException {
    private static final long serialVersionUID = 1L;

    /** The number of attempts made. */
    private final int attempts;

    /**
     * Creates the exception.
     *
     * @param method the HTTP method
     * @param path the path (no query values, card tokens masked)
     * @param timeout whether a timeout or the call deadline ended the last attempt
     * @param idempotencyKey the idempotency key every attempt sent
     * @param attempts the number of attempts made
     * @param cause the last I/O failure
     */
    public OutcomeUnknownException(
            String method, String path, boolean timeout, String idempotencyKey, int attempts, Throwable cause) {
        super(
                "Outcome unknown: " + method + " " + path + " got no answer after " + attempts + " attempt"
                        + (attempts == 1 ? "" : "s") + ", and Wise may have processed it"
                        + (cause == null || cause.getMessage() == null
                                ? ""
                                : " (last failure: " + cause.getMessage() + ")")
                        + ". Repeat the call with the same idempotency key " + idempotencyKey
                        + " (X-idempotence-uuid) to get the result without creating it twice.",
                method,
                path,
                timeout,
                idempotencyKey,
                cause);
        this.attempts = attempts;
    }

    /** {@return the idempotency key to repeat the call with; never empty for this exception} */
    public String requiredIdempotencyKey() {
        return idempotencyKey().orElseThrow();
    }

    /** {@return the number of attempts made} */
    public int attempts() {
        return attempts;
    }
}
