package io.github.wisecards.kiosk;

import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.errors.NotFoundException;
import io.github.wisecards.kiosk.model.CardProductionStatus;
import io.github.wisecards.kiosk.model.ProductionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a card's production status with backoff until a goal is reached or the timeout passes.
 * One poll loop serves the blocking and async waiters; its future is the cancellation handle.
 * Waits go through the client's {@link io.github.wisecards.core.Sleeper} and deadlines use its
 * clock, so tests never sleep.
 */
final class ProductionWaiter {
    private static final Logger LOG = LoggerFactory.getLogger(ProductionWaiter.class);

    /** What a waiter waits for. */
    enum Goal {
        /**
         * The card details exist: any known status. A 404 or an unknown status means not yet, as
         * card details are created asynchronously once the card order's requirements are met.
         */
        READY("production readiness") {
            @Override
            boolean reached(CardProductionStatus s) {
                return s.status().isKnown();
            }

            @Override
            boolean tolerates(Throwable error) {
                return error instanceof NotFoundException;
            }
        },
        /**
         * The production attempt ended: {@code PRODUCED}, {@code PRODUCTION_ERROR}, or a {@code
         * REQUEST_ERROR} that is not pending.
         */
        PRODUCTION("the end of production") {
            @Override
            boolean reached(CardProductionStatus s) {
                ProductionStatus.Value v = s.status().value();
                return v == ProductionStatus.Value.PRODUCED
                        || v == ProductionStatus.Value.PRODUCTION_ERROR
                        || (v == ProductionStatus.Value.REQUEST_ERROR && !s.isPending());
            }
        };

        private final String description;

        Goal(String description) {
            this.description = description;
        }

        abstract boolean reached(CardProductionStatus status);

        boolean tolerates(Throwable error) {
            return false;
        }
    }

    private final ClientOptions options;

    ProductionWaiter(ClientOptions options) {
        this.options = options;
    }

    /** Starts waiting; the returned future is completed by the loop and cancelling it stops the loop. */
    CompletableFuture<CardProductionStatus> start(
            Goal goal,
            String maskedCardToken,
            Supplier<CompletableFuture<CardProductionStatus>> poll,
            WaitOptions wait) {
        Run run = new Run(goal, maskedCardToken, poll, wait == null ? WaitOptions.defaults() : wait);
        run.poll();
        return run.result;
    }

    /**
     * Blocks until {@code future} completes and returns its result, unwrapping the SDK exception.
     * An interrupt cancels the wait, restores the interrupt flag and throws {@link
     * CancellationException}.
     */
    static CardProductionStatus join(CompletableFuture<CardProductionStatus> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            CancellationException c = new CancellationException("wait for card production interrupted");
            c.initCause(e);
            throw c;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new CompletionException(cause);
        }
    }

    private final class Run {
        final CompletableFuture<CardProductionStatus> result = new CompletableFuture<>();
        private final Goal goal;
        private final String maskedCardToken;
        private final Supplier<CompletableFuture<CardProductionStatus>> poller;
        private final WaitOptions wait;
        private final Instant deadline;
        private volatile CompletableFuture<?> inFlight;
        private Duration interval;
        private CardProductionStatus last;

        Run(
                Goal goal,
                String maskedCardToken,
                Supplier<CompletableFuture<CardProductionStatus>> poller,
                WaitOptions wait) {
            this.goal = goal;
            this.maskedCardToken = maskedCardToken;
            this.poller = poller;
            this.wait = wait;
            this.deadline = options.clock().instant().plus(wait.timeout());
            this.interval = wait.initialInterval();
            result.whenComplete((s, e) -> {
                CompletableFuture<?> f = inFlight;
                if (result.isCancelled() && f != null) {
                    f.cancel(true);
                }
            });
        }

        void poll() {
            if (result.isDone()) {
                return;
            }
            CompletableFuture<CardProductionStatus> f;
            try {
                f = poller.get();
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
                return;
            }
            inFlight = f;
            f.whenComplete((status, error) -> onPolled(status, unwrap(error)));
        }

        private synchronized void onPolled(CardProductionStatus status, Throwable error) {
            if (result.isDone()) {
                return;
            }
            if (error != null) {
                if (goal.tolerates(error)) {
                    scheduleNext();
                } else {
                    result.completeExceptionally(error);
                }
                return;
            }
            if (!status.equals(last)) {
                LOG.debug(
                        "card {} production status {} (error code {})",
                        maskedCardToken,
                        status.status(),
                        status.errorCode().orElse("none"));
                last = status;
                interval = wait.initialInterval();
                try {
                    wait.listener().ifPresent(l -> l.accept(status));
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                    return;
                }
            }
            if (goal.reached(status)) {
                result.complete(status);
            } else {
                scheduleNext();
            }
        }

        private void scheduleNext() {
            Duration remaining = Duration.between(options.clock().instant(), deadline);
            if (remaining.isNegative() || remaining.isZero()) {
                result.completeExceptionally(new ProductionWaitTimeoutException(
                        goal.description + " of card " + maskedCardToken, wait.timeout(), last));
                return;
            }
            Duration pause = interval.compareTo(remaining) < 0 ? interval : remaining;
            Duration doubled = interval.multipliedBy(2);
            interval = doubled.compareTo(wait.maxInterval()) < 0 ? doubled : wait.maxInterval();
            CompletableFuture<Void> delay = options.sleeper().delay(pause);
            inFlight = delay;
            delay.whenComplete((v, e) -> {
                if (e != null) {
                    result.completeExceptionally(unwrap(e));
                } else {
                    poll();
                }
            });
        }
    }

    private static Throwable unwrap(Throwable e) {
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
