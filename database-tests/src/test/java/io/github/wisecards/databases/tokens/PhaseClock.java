package io.github.wisecards.databases.tokens;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the test sets per phase (each phase is past the previous tokens' expiry); thread-safe. */
final class PhaseClock extends Clock {
    static final Instant START = Instant.parse("2026-12-01T00:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(START);

    void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
