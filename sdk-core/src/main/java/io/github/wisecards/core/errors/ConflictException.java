package io.github.wisecards.core.errors;

/** HTTP 409: the request conflicts with the resource's current state. */
public class ConflictException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from the response details.
     *
     * @param details the failed response's details
     */
    public ConflictException(Details details) {
        super(details);
    }
}
