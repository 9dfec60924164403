package io.github.wisecards.core.internal;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Derives futures whose cancellation reaches the stage in flight. A plain {@code thenApply} or
 * {@code thenCompose} future does not cancel its source, so cancelling what a caller holds would
 * leave the HTTP call running.
 */
public final class CancellableFutures {
    private CancellableFutures() {}

    /**
     * Returns {@code source} mapped with {@code fn}; cancelling the result cancels {@code source}.
     *
     * @param <A> the source's value type
     * @param <B> the result's value type
     * @param source the source stage
     * @param fn maps the source's value
     * @return the mapped future
     */
    public static <A, B> CompletableFuture<B> map(CompletableFuture<A> source, Function<? super A, ? extends B> fn) {
        CompletableFuture<B> out = source.thenApply(fn);
        out.whenComplete((r, e) -> {
            if (out.isCancelled()) {
                source.cancel(true);
            }
        });
        return out;
    }

    /**
     * Returns {@code source} followed by the stage {@code fn} starts; cancelling the result cancels
     * whichever of the two is in flight.
     *
     * @param <A> the first stage's value type
     * @param <B> the result's value type
     * @param source the first stage
     * @param fn starts the second stage from the first one's value
     * @return the composed future
     */
    public static <A, B> CompletableFuture<B> compose(
            CompletableFuture<A> source, Function<? super A, ? extends CompletableFuture<B>> fn) {
        Tracker tracker = new Tracker(source);
        CompletableFuture<B> out = source.thenCompose(a -> {
            CompletableFuture<B> next = fn.apply(a);
            tracker.inFlight = next;
            CompletableFuture<?> o = tracker.out;
            if (o != null && o.isCancelled()) {
                next.cancel(true); // cancelled while this stage was starting: the handler saw the first
            }
            return next;
        });
        tracker.out = out;
        out.whenComplete((r, e) -> {
            if (out.isCancelled()) {
                tracker.inFlight.cancel(true);
            }
        });
        return out;
    }

    /** The stage a cancellation must reach. */
    private static final class Tracker {
        volatile CompletableFuture<?> inFlight;
        volatile CompletableFuture<?> out;

        Tracker(CompletableFuture<?> first) {
            this.inFlight = first;
        }
    }
}
