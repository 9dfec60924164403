package io.github.wisecards.core.errors;

/** HTTP 404: the resource does not exist or is not visible to this token. */
public class NotFoundException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from the response details.
     *
     * @param details the failed response's details
     */
    public NotFoundException(Details details) {
        super(details);
    }
}
