package io.github.wisecards.webhooks;

import io.github.wisecards.core.errors.SdkException;

/**
 * Thrown when a {@link SeenKeyStore} cannot record or release a key, for example because its
 * database is unreachable. Reply to Wise with a 5xx status so it redelivers the event later.
 */
public final class SeenKeyStoreException extends SdkException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong; never a secret
     * @param cause the underlying failure
     */
    public SeenKeyStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
