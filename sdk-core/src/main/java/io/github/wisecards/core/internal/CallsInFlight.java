package io.github.wisecards.core.internal;

/**
 * One client's calls in flight, and when its share of the {@link HttpResources} is given back:
 * once the client is closed and its last call in flight has ended. No call starts after {@link
 * #close()}. Thread-safe.
 */
final class CallsInFlight {
    private final HttpResources resources;
    // whether the client holds a share of the resources, given back once
    private final boolean sharer;
    private final Object lock = new Object();
    // guarded by lock: close() and the calls in flight decide together when the resources go
    private boolean closed;
    private int inFlight;

    CallsInFlight(HttpResources resources, boolean sharer) {
        this.resources = resources;
        this.sharer = sharer;
    }

    /**
     * Counts a call in flight.
     *
     * @throws IllegalStateException if the client is closed: no call starts after {@link #close()}
     */
    void begin() {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("client is closed");
            }
            inFlight++;
        }
    }

    /** Counts a call as ended; the last one to end after {@link #close()} releases the resources. */
    void end() {
        boolean release;
        synchronized (lock) {
            inFlight--;
            // once: no call starts after close(), so inFlight reaches 0 after it at most once
            release = closed && inFlight == 0 && sharer;
        }
        if (release) {
            resources.release();
        }
    }

    boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    /** Marks the client closed and gives its share back now if no call is in flight. Idempotent. */
    void close() {
        boolean release;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            release = inFlight == 0 && sharer;
        }
        if (release) {
            resources.release();
        }
    }
}
