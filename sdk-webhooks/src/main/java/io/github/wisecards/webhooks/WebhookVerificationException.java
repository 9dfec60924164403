package io.github.wisecards.webhooks;

import io.github.wisecards.core.errors.SdkException;
import java.util.Objects;

/**
 * Thrown when a webhook request is rejected: its signature is missing, malformed or does not
 * match a trusted key, its body is empty or too large, or (when a maximum age is configured) it
 * is too old.
 *
 * <p>Reply to Wise with a 4xx status when this is thrown. The message says why the request was
 * rejected and never contains the body or the signature.
 */
public final class WebhookVerificationException extends SdkException {
    private static final long serialVersionUID = 1L;

    /** Why a webhook request was rejected. */
    public enum Reason {
        /** The {@code X-Signature-SHA256} header is absent or blank. */
        MISSING_SIGNATURE,
        /** The signature header is not valid Base64. */
        INVALID_BASE64,
        /** The decoded signature does not have the length of any trusted key's signatures. */
        WRONG_SIGNATURE_LENGTH,
        /** The body is empty. */
        EMPTY_BODY,
        /** The body is larger than the configured cap. */
        BODY_TOO_LARGE,
        /** The signature is well formed but no trusted key verifies it over the body. */
        SIGNATURE_MISMATCH,
        /** The body is correctly signed but is not a JSON object, so it cannot be parsed. */
        MALFORMED_PAYLOAD,
        /** The event's {@code sent_at} is older than the configured maximum age, or missing. */
        TOO_OLD
    }

    /** Why the delivery was rejected. */
    private final Reason reason;

    /**
     * Creates an exception.
     *
     * @param reason why the request was rejected
     * @param message a description that never contains the body or the signature
     */
    public WebhookVerificationException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** {@return why the request was rejected} */
    public Reason reason() {
        return reason;
    }
}
