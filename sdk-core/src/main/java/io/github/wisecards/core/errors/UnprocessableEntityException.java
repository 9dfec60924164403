package io.github.wisecards.core.errors;

/** HTTP 422: the request was understood but cannot be processed. */
public class UnprocessableEntityException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from the response details.
     *
     * @param details the failed response's details
     */
    public UnprocessableEntityException(Details details) {
        super(details);
    }
}
