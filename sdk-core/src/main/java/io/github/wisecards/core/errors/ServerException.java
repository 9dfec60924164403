package io.github.wisecards.core.errors;

/** HTTP 5xx: Wise failed; retried automatically for 500, 502, 503 and 504. */
public class ServerException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from the response details.
     *
     * @param details the failed response's details
     */
    public ServerException(Details details) {
        super(details);
    }
}
