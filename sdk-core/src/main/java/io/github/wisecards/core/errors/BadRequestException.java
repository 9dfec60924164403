package io.github.wisecards.core.errors;

/** HTTP 400: the request was malformed or failed server-side validation. */
public class BadRequestException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from the response details.
     *
     * @param details the failed response's details
     */
    public BadRequestException(Details details) {
        super(details);
    }
}
