package io.github.wisecards.kiosk;

import io.github.wisecards.core.errors.SdkException;

/**
 * A sandbox-only operation (a simulation) was called on a client that points at Wise production.
 * Nothing was sent.
 */
public class SandboxOnlyException extends SdkException {
    private static final long serialVersionUID = 1L;

    /** The sandbox-only operation that was refused. */
    private final String operation;

    /**
     * Creates the exception.
     *
     * @param operation the refused operation, for example {@code POST /v1/simulation/...}
     */
    public SandboxOnlyException(String operation) {
        super(operation + " is available in the sandbox only, but this client points at Wise production;"
                + " nothing was sent. Build the client with Environment.SANDBOX to simulate.");
        this.operation = operation;
    }

    /** {@return the refused operation (card tokens masked)} */
    public String operation() {
        return operation;
    }
}
