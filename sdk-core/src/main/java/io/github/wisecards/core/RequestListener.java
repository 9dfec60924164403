package io.github.wisecards.core;

/**
 * Observes the SDK's calls and every HTTP attempt they make, for metrics and tracing, without
 * touching OkHttp.
 *
 * <p>A <em>call</em> is one SDK method invocation, blocking or async; it makes one or more
 * <em>attempts</em> (a call retried twice makes three). {@link #onAttempt} is called once per
 * attempt, on the thread that finished it. {@link #onCallStart} is called once per call, on the
 * caller's thread, before its first attempt (so a tracing span started there has the caller's
 * current span as its parent), and the {@link CallObserver} it returns is told once how the call
 * ended. A call refused before it could be sent (a sandbox-only operation on production, an
 * unserializable body) reports nothing.
 *
 * <p>Implementations must be thread-safe and fast; an exception thrown by a listener is logged
 * and ignored.
 *
 * <pre>{@code
 * ClientOptions.builder()
 *     .addRequestListener(attempt -> log.info("{} {} -> {}", attempt.method(),
 *             attempt.pathTemplate(), attempt.statusCode()))
 * }</pre>
 */
@FunctionalInterface
public interface RequestListener {

    /**
     * Reports one finished attempt: a response was received, or the attempt failed.
     *
     * @param attempt what happened on the attempt; never holds a secret
     */
    void onAttempt(RequestAttempt attempt);

    /**
     * Reports that a call starts, before its first attempt, on the caller's thread. The default
     * ignores calls.
     *
     * @param call the call's method, path template and correlation id; never holds a secret
     * @return the observer told how this call ends; {@link CallObserver#NONE} to ignore it
     */
    default CallObserver onCallStart(CallStart call) {
        return CallObserver.NONE;
    }
}
