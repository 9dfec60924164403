package io.github.wisecards.micrometer;

import io.github.wisecards.core.CallEnd;
import io.github.wisecards.core.CallStart;
import io.micrometer.observation.Observation;
import java.util.Objects;
import java.util.Optional;

/**
 * The Micrometer {@link Observation.Context} of one SDK call: its start (method, path template,
 * correlation id) and, once it ended, its end (status, error, attempts, Wise's trace id). An
 * {@link WiseClientObservationConvention} turns it into key values. Mutable only by the listener
 * that observes the call.
 */
public final class WiseClientObservationContext extends Observation.Context {
    private final CallStart call;
    private volatile CallEnd end;

    /**
     * Creates the context of a call that starts.
     *
     * @param call the call's start
     * @throws NullPointerException if {@code call} is null
     */
    public WiseClientObservationContext(CallStart call) {
        this.call = Objects.requireNonNull(call, "call");
    }

    /** {@return the call's start: method, path template and correlation id} */
    public CallStart call() {
        return call;
    }

    /** {@return the call's end, once it ended: status, error, attempts and trace id} */
    public Optional<CallEnd> end() {
        return Optional.ofNullable(end);
    }

    /** Records the call's end; before the observation stops. */
    void end(CallEnd end) {
        this.end = Objects.requireNonNull(end, "end");
    }
}
