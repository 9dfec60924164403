package io.github.wisecards.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One HTTP attempt, as reported to a {@link RequestListener}.
 *
 * <p>The path is the template (for example {@code /v3/spend/profiles/{profileId}/card-orders}),
 * never the filled-in IDs, so it can be used as a metric tag. Immutable.
 */
public final class RequestAttempt {
    private final String method;
    private final String pathTemplate;
    private final Integer statusCode;
    private final Duration duration;
    private final int attemptNumber;
    private final String traceId;
    private final Throwable error;
    private final boolean willRetry;

    private RequestAttempt(
            String method,
            String pathTemplate,
            Integer statusCode,
            Duration duration,
            int attemptNumber,
            String traceId,
            Throwable error,
            boolean willRetry) {
        this.method = Objects.requireNonNull(method, "method");
        this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
        this.statusCode = statusCode;
        this.duration = Objects.requireNonNull(duration, "duration");
        this.attemptNumber = attemptNumber;
        this.traceId = traceId;
        this.error = error;
        this.willRetry = willRetry;
    }

    /**
     * Creates an attempt record; used by the SDK and by tests of listeners.
     *
     * @param method the HTTP method
     * @param pathTemplate the operation's path template, without IDs
     * @param statusCode the HTTP status, or null when no response arrived
     * @param duration how long the attempt took
     * @param attemptNumber the attempt's number, from 1
     * @param traceId Wise's {@code x-trace-id}, or null
     * @param error the failure of this attempt, or null when it succeeded
     * @param willRetry whether the SDK retries after this attempt
     * @return a new {@code RequestAttempt}
     */
    public static RequestAttempt of(
            String method,
            String pathTemplate,
            Integer statusCode,
            Duration duration,
            int attemptNumber,
            String traceId,
            Throwable error,
            boolean willRetry) {
        return new RequestAttempt(method, pathTemplate, statusCode, duration, attemptNumber, traceId, error, willRetry);
    }

    /** {@return the HTTP method} */
    public String method() {
        return method;
    }

    /** {@return the path template, without filled-in IDs} */
    public String pathTemplate() {
        return pathTemplate;
    }

    /** {@return the HTTP status, or empty when no response arrived (I/O failure)} */
    public OptionalInt statusCode() {
        return statusCode == null ? OptionalInt.empty() : OptionalInt.of(statusCode);
    }

    /** {@return how long the attempt took} */
    public Duration duration() {
        return duration;
    }

    /** {@return the attempt number, starting at 1} */
    public int attemptNumber() {
        return attemptNumber;
    }

    /** {@return Wise's {@code x-trace-id}, when a response carried one} */
    public Optional<String> traceId() {
        return Optional.ofNullable(traceId);
    }

    /** {@return the failure of this attempt (an SDK exception), when it failed} */
    public Optional<Throwable> error() {
        return Optional.ofNullable(error);
    }

    /** {@return whether the SDK will make another attempt after this one} */
    public boolean willRetry() {
        return willRetry;
    }

    @Override
    public String toString() {
        return "RequestAttempt{" + method + " " + pathTemplate + ", status=" + statusCode + ", attempt="
                + attemptNumber + ", duration=" + duration.toMillis() + "ms, traceId=" + traceId
                + (error == null ? "" : ", error=" + error.getClass().getSimpleName()) + ", willRetry="
                + willRetry + "}";
    }
}
