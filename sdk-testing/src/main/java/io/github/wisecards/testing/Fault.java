package io.github.wisecards.testing;

import java.time.Duration;
import java.util.Objects;

/**
 * A fault the simulator injects instead of, or around, its normal answer. Arm one with {@link
 * WiseSimulator#failNext(int, Fault)} or {@link WiseSimulator#failFraction(double, Fault)}.
 * Immutable.
 */
public final class Fault {
    /** What a fault does. */
    public enum Kind {
        /** Answers 429 with {@code Retry-After}; the request is not processed. */
        RATE_LIMITED,
        /** Answers a 5xx status; the request is not processed. */
        SERVER_ERROR,
        /** Processes the request normally and delays the response headers. */
        DELAY,
        /** Closes the connection before processing the request: nothing changes on the server. */
        DISCONNECT,
        /**
         * Processes the request, then closes the connection instead of answering: the change is
         * made but the client never hears of it (a lost response).
         */
        DISCONNECT_AFTER_PROCESSING
    }

    private final Kind kind;
    private final int statusCode;
    private final Duration duration;

    private Fault(Kind kind, int statusCode, Duration duration) {
        this.kind = kind;
        this.statusCode = statusCode;
        this.duration = duration;
    }

    /**
     * {@return a 429 answer with {@code Retry-After} set to {@code retryAfter}, rounded up to whole
     * seconds, and {@code X-Rate-Limited-By}}
     *
     * @param retryAfter how long the client is told to wait; zero or more
     * @throws IllegalArgumentException if {@code retryAfter} is negative
     * @throws NullPointerException if {@code retryAfter} is null
     */
    public static Fault rateLimited(Duration retryAfter) {
        return new Fault(Kind.RATE_LIMITED, 429, nonNegative(retryAfter, "retryAfter"));
    }

    /**
     * {@return a server error answer with {@code statusCode} and an error body in Wise's array
     * shape}
     *
     * @param statusCode the HTTP status, 500 to 599
     * @throws IllegalArgumentException unless {@code statusCode} is 500 to 599
     */
    public static Fault serverError(int statusCode) {
        if (statusCode < 500 || statusCode > 599) {
            throw new IllegalArgumentException("statusCode: expected 500..599 but was " + statusCode);
        }
        return new Fault(Kind.SERVER_ERROR, statusCode, Duration.ZERO);
    }

    /**
     * {@return a fault that answers normally after {@code delay} (the server thread waits before
     * writing the headers; use it with short client timeouts)}
     *
     * @param delay how long to wait before answering; zero or more
     * @throws IllegalArgumentException if {@code delay} is negative
     * @throws NullPointerException if {@code delay} is null
     */
    public static Fault delay(Duration delay) {
        return new Fault(Kind.DELAY, 0, nonNegative(delay, "delay"));
    }

    /** {@return a fault that drops the connection before the request is processed} */
    public static Fault disconnect() {
        return new Fault(Kind.DISCONNECT, 0, Duration.ZERO);
    }

    /**
     * {@return a fault that processes the request and then drops the connection (lost response)}
     */
    public static Fault disconnectAfterProcessing() {
        return new Fault(Kind.DISCONNECT_AFTER_PROCESSING, 0, Duration.ZERO);
    }

    /** {@return what this fault does} */
    public Kind kind() {
        return kind;
    }

    /** {@return the HTTP status of a {@code RATE_LIMITED} or {@code SERVER_ERROR} fault, else 0} */
    public int statusCode() {
        return statusCode;
    }

    /** {@return the {@code Retry-After} of a rate limit or the delay; zero for other kinds} */
    public Duration duration() {
        return duration;
    }

    private static Duration nonNegative(Duration d, String field) {
        Objects.requireNonNull(d, field);
        if (d.isNegative()) {
            throw new IllegalArgumentException(field + ": must not be negative");
        }
        return d;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fault f && f.kind == kind && f.statusCode == statusCode && f.duration.equals(duration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, statusCode, duration);
    }

    @Override
    public String toString() {
        switch (kind) {
            case RATE_LIMITED:
                return "Fault.rateLimited(" + duration + ")";
            case SERVER_ERROR:
                return "Fault.serverError(" + statusCode + ")";
            case DELAY:
                return "Fault.delay(" + duration + ")";
            case DISCONNECT:
                return "Fault.disconnect()";
            default:
                return "Fault.disconnectAfterProcessing()";
        }
    }
}
