package io.github.wisecards.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The end of one call, after its last attempt, as reported to {@link CallObserver#onCallEnd}: how
 * it ended (the final HTTP status, or the failure), how many attempts it made, how long it took
 * and Wise's {@code x-trace-id} of the last response. Never holds a secret. Immutable.
 */
public final class CallEnd {
    private final CallStart call;
    private final Integer statusCode;
    private final String traceId;
    private final Throwable error;
    private final int attempts;
    private final Duration duration;

    private CallEnd(
            CallStart call, Integer statusCode, String traceId, Throwable error, int attempts, Duration duration) {
        this.call = Objects.requireNonNull(call, "call");
        this.statusCode = statusCode;
        this.traceId = traceId;
        this.error = error;
        this.attempts = attempts;
        this.duration = Objects.requireNonNull(duration, "duration");
    }

    /**
     * Creates a call end; used by the SDK and by tests of listeners.
     *
     * @param call the start of the call that ended
     * @param statusCode the HTTP status of the last response, or null when none arrived
     * @param traceId Wise's {@code x-trace-id} of the last response, or null
     * @param error the call's failure, or null when it succeeded
     * @param attempts the number of attempts started, 0 when the call ended before its first one
     * @param duration how long the call took, retries and waits included
     * @return a new {@code CallEnd}
     * @throws NullPointerException if {@code call} or {@code duration} is null
     */
    public static CallEnd of(
            CallStart call, Integer statusCode, String traceId, Throwable error, int attempts, Duration duration) {
        return new CallEnd(call, statusCode, traceId, error, attempts, duration);
    }

    /** {@return the start of this call: method, path template and correlation id} */
    public CallStart call() {
        return call;
    }

    /**
     * Returns the HTTP status of the call's last response: the success status, or the error status
     * the call failed with.
     *
     * @return the status, or empty when no response arrived (I/O failure, or none sent)
     */
    public OptionalInt statusCode() {
        return statusCode == null ? OptionalInt.empty() : OptionalInt.of(statusCode);
    }

    /** {@return Wise's {@code x-trace-id} of the last response, when it carried one} */
    public Optional<String> traceId() {
        return Optional.ofNullable(traceId);
    }

    /**
     * Returns the call's failure: the exception its caller got (an SDK exception, or a {@link
     * java.util.concurrent.CancellationException} when the caller cancelled an async call).
     *
     * @return the failure, or empty when the call succeeded
     */
    public Optional<Throwable> error() {
        return Optional.ofNullable(error);
    }

    /**
     * Returns the number of attempts the call started: more than 1 when it was retried, 0 when it
     * ended before its first one (its client was closed, or its deadline had passed). An attempt
     * that failed to obtain its access token counts as started.
     *
     * @return the attempts started
     */
    public int attempts() {
        return attempts;
    }

    /** {@return how long the call took, from its start to its end, retry waits included} */
    public Duration duration() {
        return duration;
    }

    @Override
    public String toString() {
        return "CallEnd{" + call.method() + " " + call.pathTemplate() + ", status=" + statusCode + ", attempts="
                + attempts + ", duration=" + duration.toMillis() + "ms, traceId=" + traceId
                + (error == null ? "" : ", error=" + error.getClass().getSimpleName()) + "}";
    }
}
