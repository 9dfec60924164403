package io.github.wisecards.core.errors;

/**
 * The user-token store failed (a database error, or a stored value that cannot be decrypted). The
 * message names the operation and the user, never a token; the cause is the store's own exception.
 */
public final class TokenStoreException extends SdkException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, without secrets
     * @param cause the store's exception, or null
     */
    public TokenStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
