package io.github.wisecards.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A UTC clock that moves only when told to: by {@link #advance(Duration)}, {@link #set(Instant)},
 * or a {@link RecordingSleeper} that advances it by every wait. Give both to a client and its
 * waiters, retries, backoff and token expiry run in virtual time: no real waiting, and a deadline
 * is reached after exactly the waits that fit into it.
 *
 * <pre>{@code
 * FakeClock clock = new FakeClock(Instant.parse("2026-01-01T00:00:00Z"));
 * RecordingSleeper sleeper = new RecordingSleeper(clock);
 * ClientOptions options = ClientOptions.builder()
 *         .accessToken("test-token")
 *         .clock(clock)
 *         .sleeper(sleeper)
 *         .build();
 * }</pre>
 *
 * <p>The test kit's {@code WiseSimulator.clientOptions()} does this for you. Thread-safe.
 */
public final class FakeClock extends Clock {
    /** The instant a clock made with {@link #FakeClock()} starts at: 2026-01-01T00:00:00Z. */
    public static final Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");

    private final AtomicReference<Instant> now;

    /**
     * Creates a clock that reads {@code start} until moved.
     *
     * @param start the first instant
     * @throws NullPointerException if {@code start} is null
     */
    public FakeClock(Instant start) {
        this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
    }

    /** Creates a clock that reads {@link #DEFAULT_START} until moved. */
    public FakeClock() {
        this(DEFAULT_START);
    }

    /**
     * Moves the clock forward.
     *
     * @param duration how far; zero leaves it where it is
     * @throws IllegalArgumentException if {@code duration} is negative (time does not go back;
     *     use {@link #set(Instant)} for that)
     * @throws NullPointerException if {@code duration} is null
     */
    public void advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration: must not be negative");
        }
        now.updateAndGet(i -> i.plus(duration));
    }

    /**
     * Sets the clock to {@code instant}, forward or back.
     *
     * @param instant the new current instant
     * @throws NullPointerException if {@code instant} is null
     */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    /** Returns {@link ZoneOffset#UTC}. */
    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** Returns this clock: it always reads UTC. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    /** Returns the current virtual instant. */
    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public String toString() {
        return "FakeClock[" + now.get() + "]";
    }
}
