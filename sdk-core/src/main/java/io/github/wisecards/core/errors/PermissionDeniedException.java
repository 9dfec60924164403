package io.github.wisecards.core.errors;

/** HTTP 403: the token may not act on this resource. */
public class PermissionDeniedException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from the response details.
     *
     * @param details the failed response's details
     */
    public PermissionDeniedException(Details details) {
        super(details);
    }
}
