package io.github.wisecards.webhooks;

import io.github.wisecards.webhooks.WebhookVerificationException.Reason;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One webhook delivery as reported to a {@link WebhookListener}: its result, its event type once
 * verified, the rejection reason or failure, and how long the handler took. Never holds the body,
 * the signature or anything of the event beyond its type. Immutable.
 */
public final class WebhookDelivery {
    /** What became of a delivery. */
    public enum Result {
        /** Verified and processed by the callback: {@link WebhookHandler.Outcome#PROCESSED}. */
        PROCESSED,
        /** Verified, and processed before: {@link WebhookHandler.Outcome#DUPLICATE}. */
        DUPLICATE,
        /** Verified, and claimed by another attempt: {@link WebhookHandler.Outcome#IN_PROGRESS}. */
        IN_PROGRESS,
        /** Rejected by verification: a {@link WebhookVerificationException} (reply 4xx). */
        REJECTED,
        /** Verified, but the callback or the store failed (reply 5xx; Wise redelivers). */
        FAILED;

        /**
         * Returns the result of a handler's outcome.
         *
         * @param outcome what the handler returned
         * @return the matching result
         */
        public static Result of(WebhookHandler.Outcome outcome) {
            switch (Objects.requireNonNull(outcome, "outcome")) {
                case PROCESSED:
                    return PROCESSED;
                case DUPLICATE:
                    return DUPLICATE;
                case IN_PROGRESS:
                    return IN_PROGRESS;
                default:
                    throw new IllegalArgumentException("unknown outcome " + outcome);
            }
        }
    }

    private final Result result;
    private final String eventType;
    private final Reason rejectionReason;
    private final Throwable error;
    private final Duration duration;

    private WebhookDelivery(
            Result result, String eventType, Reason rejectionReason, Throwable error, Duration duration) {
        this.result = Objects.requireNonNull(result, "result");
        this.eventType = eventType;
        this.rejectionReason = rejectionReason;
        this.error = error;
        this.duration = Objects.requireNonNull(duration, "duration");
    }

    /**
     * Creates a delivery record; used by the handler and by tests of listeners.
     *
     * @param result what became of the delivery
     * @param eventType the event's {@code event_type} once verified, or null when rejected
     * @param rejectionReason why it was rejected, or null unless {@link Result#REJECTED}
     * @param error the exception the handler threw, or null when it returned an outcome
     * @param duration how long the handler took
     * @return a new {@code WebhookDelivery}
     * @throws NullPointerException if {@code result} or {@code duration} is null
     */
    public static WebhookDelivery of(
            Result result, String eventType, Reason rejectionReason, Throwable error, Duration duration) {
        return new WebhookDelivery(result, eventType, rejectionReason, error, duration);
    }

    /** {@return what became of the delivery} */
    public Result result() {
        return result;
    }

    /**
     * Returns the event's type as Wise sent it (for example {@code cards#card-order-status-change}),
     * known once the delivery was verified.
     *
     * @return the event type, or empty when the delivery was rejected
     */
    public Optional<String> eventType() {
        return Optional.ofNullable(eventType);
    }

    /** {@return why the delivery was rejected, when its result is {@link Result#REJECTED}} */
    public Optional<Reason> rejectionReason() {
        return Optional.ofNullable(rejectionReason);
    }

    /** {@return the exception the handler threw (rejection or failure), if it threw one} */
    public Optional<Throwable> error() {
        return Optional.ofNullable(error);
    }

    /** {@return how long the handler took: verification, the store and the callback} */
    public Duration duration() {
        return duration;
    }

    @Override
    public String toString() {
        return "WebhookDelivery{" + result + ", eventType=" + eventType
                + (rejectionReason == null ? "" : ", reason=" + rejectionReason)
                + (error == null ? "" : ", error=" + error.getClass().getSimpleName()) + ", duration="
                + duration.toMillis() + "ms}";
    }
}
