package io.github.wisecards.core.internal;

import io.github.wisecards.core.CallEnd;
import io.github.wisecards.core.CallObserver;
import io.github.wisecards.core.CallStart;
import io.github.wisecards.core.RequestListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The call-level events of one call: {@link RequestListener#onCallStart} when it starts, then the
 * end told once to each listener's {@link CallObserver}, whichever path ends the call first (a
 * result, a failure, an async caller's cancel). Free when the client has no listeners.
 */
final class CallEvents {
    /** The events of a call nobody listens to. */
    static final CallEvents NONE = new CallEvents(null, List.of());

    private final CallStart start;
    private final List<CallObserver> observers;
    private final long startNanos = System.nanoTime();
    private final AtomicBoolean ended = new AtomicBoolean();

    private CallEvents(CallStart start, List<CallObserver> observers) {
        this.start = start;
        this.observers = observers;
    }

    /** Tells each listener that a call starts; returns its events, {@link #NONE} without listeners. */
    static CallEvents start(List<RequestListener> listeners, String method, String pathTemplate, String correlationId) {
        if (listeners.isEmpty()) {
            return NONE;
        }
        CallStart start = CallStart.of(method, pathTemplate, correlationId);
        List<CallObserver> observers = new ArrayList<>(listeners.size());
        for (RequestListener l : listeners) {
            try {
                CallObserver observer = l.onCallStart(start);
                if (observer != null && observer != CallObserver.NONE) {
                    observers.add(observer);
                }
            } catch (RuntimeException e) {
                HttpLog.LOG.warn(
                        "RequestListener {} failed on call start; ignored",
                        l.getClass().getName(),
                        e);
            }
        }
        return observers.isEmpty() ? NONE : new CallEvents(start, observers);
    }

    /**
     * Tells each observer how the call ended; only the first ending counts.
     *
     * @param status the last response's status, or null
     * @param traceId the last response's {@code x-trace-id}, or null
     * @param error the call's failure, or null when it succeeded
     * @param attempts the attempts made
     */
    void end(Integer status, String traceId, Throwable error, int attempts) {
        if (observers.isEmpty() || !ended.compareAndSet(false, true)) {
            return;
        }
        CallEnd end =
                CallEnd.of(start, status, traceId, error, attempts, Duration.ofNanos(System.nanoTime() - startNanos));
        for (CallObserver o : observers) {
            try {
                o.onCallEnd(end);
            } catch (RuntimeException e) {
                HttpLog.LOG.warn(
                        "CallObserver {} failed on call end; ignored",
                        o.getClass().getName(),
                        e);
            }
        }
    }
}
