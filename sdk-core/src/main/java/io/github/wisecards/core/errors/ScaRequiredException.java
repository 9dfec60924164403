package io.github.wisecards.core.errors;

/**
 * HTTP 403 with a strong customer authentication challenge ({@code x-2fa-approval-result:
 * REJECTED}): the request must be signed and resent with the one-time token.
 *
 * <p>The one-time token is available from {@link #oneTimeToken()} but never appears in the
 * message.
 */
public class ScaRequiredException extends PermissionDeniedException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from the response details.
     *
     * @param details the failed response's details
     */
    public ScaRequiredException(Details details) {
        super(details);
    }

    /** {@return the one-time token from the {@code x-2fa-approval} header} */
    public String oneTimeToken() {
        return header("x-2fa-approval").orElse("");
    }
}
