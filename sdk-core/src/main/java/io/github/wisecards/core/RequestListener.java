package io.github.wisecards.core;

/**
 * Observes every HTTP attempt the SDK makes, for metrics and tracing, without touching OkHttp.
 *
 * <p>Called once per attempt (so a call retried twice reports three attempts), on the thread that
 * finished the attempt. Implementations must be thread-safe and fast; an exception thrown by a
 * listener is logged and ignored.
 */
@FunctionalInterface
public interface RequestListener {

    /**
     * Reports one finished attempt: a response was received, or the attempt failed.
     *
     * @param attempt what happened on the attempt; never holds a secret
     */
    void onAttempt(RequestAttempt attempt);
}
