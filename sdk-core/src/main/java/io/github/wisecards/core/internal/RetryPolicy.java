package io.github.wisecards.core.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.random.RandomGenerator;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * The retry rules: which failures are retried, and how long to wait: exponential backoff with
 * full jitter, or the server's {@code Retry-After} cut to a maximum.
 *
 * @param baseDelay the backoff base (attempt 1 waits up to this)
 * @param maxDelay the backoff cap
 * @param maxRetryAfter the longest {@code Retry-After} honoured
 * @param random the jitter source
 */
public record RetryPolicy(Duration baseDelay, Duration maxDelay, Duration maxRetryAfter, RandomGenerator random) {

    /** Returns whether a response with this status may succeed when retried. */
    public static boolean isRetryableStatus(int status) {
        return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    /** Returns whether an I/O failure may succeed when retried (not a certificate mismatch). */
    public static boolean isRetryableIo(IOException e) {
        return !(e instanceof SSLPeerUnverifiedException);
    }

    /** Returns whether an I/O failure is a timeout. */
    public static boolean isTimeout(IOException e) {
        return e instanceof SocketTimeoutException
                || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()));
    }

    /** Returns whether a request of this endpoint may be retried at all. */
    public static boolean mayRetry(Endpoint<?> endpoint, boolean hasIdempotencyKey) {
        switch (endpoint.retryMode()) {
            case ALWAYS:
                return true;
            case NEVER:
                return false;
            default:
                return !"POST".equals(endpoint.method()) || hasIdempotencyKey;
        }
    }

    /**
     * Returns how long to wait before retry number {@code retry} (1 for the first retry).
     *
     * @param retryAfter the server's {@code Retry-After}, or null
     */
    public Duration delay(int retry, Duration retryAfter) {
        if (retryAfter != null) {
            return retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter;
        }
        long base = baseDelay.toNanos();
        long cap = maxDelay.toNanos();
        int shift = Math.min(Math.max(retry - 1, 0), 30);
        long ceiling = base > (cap >> shift) ? cap : Math.min(cap, base << shift);
        return Duration.ofNanos((long) (random.nextDouble() * ceiling));
    }
}
