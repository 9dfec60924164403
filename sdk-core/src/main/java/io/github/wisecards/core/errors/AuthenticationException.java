package io.github.wisecards.core.errors;

/** HTTP 401, or an OAuth token request failed: the access token is missing, expired or invalid, or the client credentials or refresh token were refused. */
public class AuthenticationException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from the response details.
     *
     * @param details the failed response's details
     */
    public AuthenticationException(Details details) {
        super(details);
    }

    /**
     * Creates the exception from the response details, with {@code explanation} appended to the
     * standard message.
     *
     * @param details the response details
     * @param explanation what the failure means, without secrets
     */
    protected AuthenticationException(Details details, String explanation) {
        super(details, explanation);
    }
}
