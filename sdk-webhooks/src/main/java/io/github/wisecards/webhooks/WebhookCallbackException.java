package io.github.wisecards.webhooks;

import io.github.wisecards.core.errors.SdkException;

/**
 * Thrown by {@link WebhookHandler#handleInTransaction} when the callback threw a {@link
 * java.sql.SQLException}; its transaction was rolled back and the event's claim released. Reply to
 * Wise with a 5xx status so it redelivers the event.
 */
public final class WebhookCallbackException extends SdkException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong; never a secret
     * @param cause the underlying failure
     */
    public WebhookCallbackException(String message, Throwable cause) {
        super(message, cause);
    }
}
