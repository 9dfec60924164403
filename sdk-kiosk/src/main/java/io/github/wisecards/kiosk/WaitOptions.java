package io.github.wisecards.kiosk;

import io.github.wisecards.kiosk.model.CardProductionStatus;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How a production waiter polls: how long in total, the first and largest interval between polls
 * (the interval doubles after each poll that shows no change), and an optional listener told of
 * each observed status change.
 *
 * <p>Defaults: timeout 10 minutes, first interval 2 seconds, largest interval 30 seconds, no
 * listener. Immutable and thread-safe (the listener is called from the waiting thread, or for
 * asynchronous waits from the thread that completed the poll).
 */
public final class WaitOptions {
    private static final WaitOptions DEFAULTS = builder().build();

    private final Duration timeout;
    private final Duration initialInterval;
    private final Duration maxInterval;
    private final Consumer<CardProductionStatus> listener;

    private WaitOptions(Builder b) {
        this.timeout = b.timeout;
        this.initialInterval = b.initialInterval;
        this.maxInterval = b.maxInterval;
        this.listener = b.listener;
    }

    /** {@return the default options} */
    public static WaitOptions defaults() {
        return DEFAULTS;
    }

    /** {@return a new builder with the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder initialised with these options} */
    public Builder toBuilder() {
        Builder b = builder().timeout(timeout).initialInterval(initialInterval).maxInterval(maxInterval);
        b.listener = listener;
        return b;
    }

    /** {@return the longest the waiter waits in total, measured on the client's clock} */
    public Duration timeout() {
        return timeout;
    }

    /** {@return the wait before the second poll} */
    public Duration initialInterval() {
        return initialInterval;
    }

    /** {@return the largest wait between two polls} */
    public Duration maxInterval() {
        return maxInterval;
    }

    /** {@return the listener told of each observed status change, if any} */
    public Optional<Consumer<CardProductionStatus>> listener() {
        return Optional.ofNullable(listener);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WaitOptions w
                && timeout.equals(w.timeout)
                && initialInterval.equals(w.initialInterval)
                && maxInterval.equals(w.maxInterval)
                && Objects.equals(listener, w.listener);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeout, initialInterval, maxInterval, listener);
    }

    @Override
    public String toString() {
        return "WaitOptions{timeout=" + timeout + ", initialInterval=" + initialInterval + ", maxInterval="
                + maxInterval + ", listener=" + (listener != null) + '}';
    }

    /** Builds {@link WaitOptions}. Not thread-safe. */
    public static final class Builder {
        private Duration timeout = Duration.ofMinutes(10);
        private Duration initialInterval = Duration.ofSeconds(2);
        private Duration maxInterval = Duration.ofSeconds(30);
        private Consumer<CardProductionStatus> listener;

        private Builder() {}

        /**
         * Sets the longest the waiter waits in total.
         *
         * @param timeout how long to wait in all, positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder timeout(Duration timeout) {
            this.timeout = positive(timeout, "timeout");
            return this;
        }

        /**
         * Sets the wait before the second poll.
         *
         * @param initialInterval the first interval between two polls, positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder initialInterval(Duration initialInterval) {
            this.initialInterval = positive(initialInterval, "initialInterval");
            return this;
        }

        /**
         * Sets the largest wait between two polls.
         *
         * @param maxInterval the longest interval between two polls, positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxInterval(Duration maxInterval) {
            this.maxInterval = positive(maxInterval, "maxInterval");
            return this;
        }

        /**
         * Sets a listener told of the first observed status and of each later change (a different
         * status, error code or kiosk). A listener that throws ends the wait with that exception.
         *
         * @param listener called with each new status seen
         * @return this builder
         */
        public Builder onStatusChange(Consumer<CardProductionStatus> listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Builds the options.
         *
         * @return a new {@code WaitOptions}
         * @throws IllegalStateException if {@code initialInterval} exceeds {@code maxInterval}
         */
        public WaitOptions build() {
            if (initialInterval.compareTo(maxInterval) > 0) {
                throw new IllegalStateException(
                        "initialInterval " + initialInterval + " exceeds maxInterval " + maxInterval);
            }
            return new WaitOptions(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
            return d;
        }
    }
}
