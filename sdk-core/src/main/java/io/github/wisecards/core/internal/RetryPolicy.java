package io.github.wisecards.core.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.random.RandomGenerator;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * The retry rules: which failures are retried, and how long to wait: exponential backoff with
 * full jitter, or the server's {@code Retry-After} cut to a maximum when it is longer.
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

    /**
     * Returns whether an I/O failure may succeed when retried: not a certificate problem (untrusted
     * chain, hostname mismatch) nor a runtime failure inside the HTTP client.
     */
    public static boolean isRetryableIo(IOException e) {
        if (e instanceof SSLPeerUnverifiedException || e instanceof OkHttpGuards.InterceptorFailure) {
            return false; // hostname mismatch, or a bug: the same again next time
        }
        if (e instanceof SSLHandshakeException) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof GeneralSecurityException) {
                    return false; // untrusted chain, expired or revoked certificate
                }
            }
        }
        return true;
    }

    /** Returns whether an I/O failure is a timeout. */
    public static boolean isTimeout(IOException e) {
        return e instanceof SocketTimeoutException
                || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()));
    }

    /** Returns whether a request of this endpoint may be retried at all. */
    public static boolean mayRetry(Endpoint<?> endpoint, boolean hasIdempotencyKey) {
        return endpoint.retryMode() == RetryMode.ALWAYS || !"POST".equals(endpoint.method()) || hasIdempotencyKey;
    }

    /**
     * Returns how long to wait before retry number {@code retry} (1 for the first retry): the
     * jittered backoff, or the server's {@code Retry-After} (cut to the maximum) when longer.
     *
     * @param retryAfter the server's {@code Retry-After}, or null
     */
    public Duration delay(int retry, Duration retryAfter) {
        Duration backoff = backoff(retry);
        if (retryAfter == null) {
            return backoff;
        }
        // The backoff is a floor: a zero, negative or past Retry-After must not turn retries
        // into a tight loop.
        Duration honoured = retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter;
        return honoured.compareTo(backoff) > 0 ? honoured : backoff;
    }

    private Duration backoff(int retry) {
        long base = baseDelay.toNanos();
        long cap = maxDelay.toNanos();
        int shift = Math.min(Math.max(retry - 1, 0), 30);
        long ceiling = base > (cap >> shift) ? cap : Math.min(cap, base << shift);
        return Duration.ofNanos((long) (random.nextDouble() * ceiling));
    }
}
