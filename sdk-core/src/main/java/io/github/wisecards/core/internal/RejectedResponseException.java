package io.github.wisecards.core.internal;

import java.io.IOException;

/**
 * A decoder's reason for refusing a well-formed response, written by the SDK (for example "the
 * encrypting key is 1024 bits"): its message never quotes the response, so it is shown in the
 * {@code InvalidResponseException} the transport throws.
 */
public final class RejectedResponseException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with an SDK-written reason that does not quote the response. */
    public RejectedResponseException(String reason) {
        super(reason);
    }
}
