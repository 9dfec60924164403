package io.github.wisecards.core.errors;

import java.util.Optional;

/**
 * Wise answered with a redirect (HTTP 3xx). Wise's API never redirects, so the SDK never follows
 * one: a redirect would re-send the request (card holder data, refresh tokens, the PIN) to a host
 * the partner did not configure. Usually a misconfigured base URL or a proxy in the way; not
 * retried.
 */
public class RedirectNotFollowedException extends UnexpectedStatusException {
    private static final long serialVersionUID = 1L;

    /** The host of the redirect's {@code Location}, or null. */
    private final String locationHost;

    /**
     * Creates the exception.
     *
     * @param details the response details
     * @param locationHost the host the {@code Location} header names, or null when it names none
     *     (absent, relative or unreadable)
     */
    public RedirectNotFollowedException(Details details, String locationHost) {
        super(
                details,
                "redirect to "
                        + (locationHost == null ? "the same host (or no valid Location)" : "host " + locationHost)
                        + " not followed; the SDK never follows redirects");
        this.locationHost = locationHost;
    }

    /** {@return the host the {@code Location} header names, when it names one} */
    public Optional<String> locationHost() {
        return Optional.ofNullable(locationHost);
    }
}
