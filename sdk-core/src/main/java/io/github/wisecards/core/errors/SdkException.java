package io.github.wisecards.core.errors;

/**
 * Root of every exception the SDK throws on purpose. Unchecked.
 *
 * <p>Messages say what failed, with IDs, and never contain tokens, keys, PINs or card data.
 */
public class SdkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong; never a secret
     */
    public SdkException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong; never a secret
     * @param cause the underlying failure
     */
    public SdkException(String message, Throwable cause) {
        super(message, cause);
    }
}
