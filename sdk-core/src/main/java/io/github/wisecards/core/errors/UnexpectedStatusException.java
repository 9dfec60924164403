package io.github.wisecards.core.errors;

/** An HTTP status the SDK has no specific exception for. */
public class UnexpectedStatusException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from the response details.
     *
     * @param details the failed response's details
     */
    public UnexpectedStatusException(Details details) {
        super(details);
    }

    /**
     * Creates the exception with {@code explanation} appended to the standard message.
     *
     * @param details the failed response's details
     * @param explanation what the SDK adds to the message
     */
    protected UnexpectedStatusException(Details details, String explanation) {
        super(details, explanation);
    }
}
