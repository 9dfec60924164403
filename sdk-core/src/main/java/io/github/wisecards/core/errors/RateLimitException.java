package io.github.wisecards.core.errors;

import java.time.Duration;
import java.util.Optional;

/**
 * HTTP 429: too many requests. Retried automatically, honouring {@code Retry-After}; thrown when
 * retries are exhausted.
 */
public class RateLimitException extends ApiException {
    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    /**
     * Creates the exception.
     *
     * @param details the response details
     * @param retryAfter the parsed {@code Retry-After}, or null when absent or unparseable
     */
    public RateLimitException(Details details, Duration retryAfter) {
        super(details);
        this.retryAfter = retryAfter;
    }

    /** {@return how long Wise asked to wait, from {@code Retry-After} (seconds or HTTP-date)} */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** {@return which limit was hit, from {@code X-Rate-Limited-By}} */
    public Optional<String> rateLimitedBy() {
        return header("x-rate-limited-by");
    }
}
