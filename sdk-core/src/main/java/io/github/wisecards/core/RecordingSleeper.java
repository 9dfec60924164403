package io.github.wisecards.core;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link Sleeper} for tests that never waits for real: it records each wait and advances a
 * {@link FakeClock} by it, so the time a retry, backoff or poll loop waits passes in virtual time
 * and deadlines measured on that clock are reached. {@link #sleeps()} tells a test how often and
 * how long the code under test waited.
 *
 * <pre>{@code
 * FakeClock clock = new FakeClock();
 * RecordingSleeper sleeper = new RecordingSleeper(clock);
 * // ... build a client with .clock(clock).sleeper(sleeper), make calls ...
 * assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(250));
 * }</pre>
 *
 * <p>Thread-safe; concurrent callers all advance the one clock.
 */
public final class RecordingSleeper implements Sleeper {
    private final FakeClock clock;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    /**
     * Creates a sleeper that advances {@code clock} by every wait.
     *
     * @param clock the clock to advance
     * @throws NullPointerException if {@code clock} is null
     */
    public RecordingSleeper(FakeClock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records {@code duration} and advances the clock by it; returns at once.
     *
     * @param duration how long the caller wants to wait
     * @throws IllegalArgumentException if {@code duration} is negative
     * @throws NullPointerException if {@code duration} is null
     */
    @Override
    public void sleep(Duration duration) {
        clock.advance(duration);
        sleeps.add(duration);
    }

    /**
     * Records {@code duration}, advances the clock by it and returns a completed future.
     *
     * @param duration how long the caller wants to wait
     * @return an already completed future
     * @throws IllegalArgumentException if {@code duration} is negative
     * @throws NullPointerException if {@code duration} is null
     */
    @Override
    public CompletableFuture<Void> delay(Duration duration) {
        sleep(duration);
        return CompletableFuture.completedFuture(null);
    }

    /** {@return the clock this sleeper advances, the one given to the constructor} */
    public FakeClock clock() {
        return clock;
    }

    /**
     * {@return an immutable snapshot of every wait recorded since construction or the last {@link
     * #clear()}, oldest first} Later waits do not change a list already returned.
     */
    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    /** Forgets the recorded waits; the clock stays where it is. */
    public void clear() {
        sleeps.clear();
    }

    @Override
    public String toString() {
        return "RecordingSleeper[" + sleeps.size() + " waits, " + clock + "]";
    }
}
