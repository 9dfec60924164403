package io.github.wisecards.core;

/**
 * Observes one call, from its start to its end: returned by {@link RequestListener#onCallStart}
 * for each call, so a listener can keep per-call state (a timer sample, a tracing span) without a
 * map.
 */
@FunctionalInterface
public interface CallObserver {
    /** An observer that ignores the end of the call. */
    CallObserver NONE = end -> {};

    /**
     * Reports that the call ended, exactly once, on the thread that ended it (the caller's for a
     * blocking call; OkHttp's, or the cancelling thread, for an async one), before the caller sees
     * the result. An exception thrown here is logged and ignored.
     *
     * @param end how the call ended
     */
    void onCallEnd(CallEnd end);
}
