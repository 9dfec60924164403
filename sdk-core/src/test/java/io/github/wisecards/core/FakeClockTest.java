package io.github.wisecards.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The virtual clock the SDK ships for partners' tests. */
class FakeClockTest {
    @Test
    void itReadsItsStartUntilMovedForwardOrSetEitherWay() {
        FakeClock clock = new FakeClock();

        assertThat(clock.instant()).isEqualTo(FakeClock.DEFAULT_START);
        clock.advance(Duration.ofSeconds(90));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:01:30Z"));
        clock.set(Instant.parse("2025-06-01T12:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2025-06-01T12:00:00Z"));
        assertThat(clock.millis())
                .isEqualTo(Instant.parse("2025-06-01T12:00:00Z").toEpochMilli());
        assertThat(clock).hasToString("FakeClock[2025-06-01T12:00:00Z]");
    }

    @Test
    void timeDoesNotGoBackByAdvancingAndNothingIsNull() {
        FakeClock clock = new FakeClock(Instant.EPOCH);

        assertThatThrownBy(() -> clock.advance(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duration: must not be negative");
        assertThatThrownBy(() -> clock.set(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("instant");
        assertThatThrownBy(() -> new FakeClock(null)).isInstanceOf(NullPointerException.class);
        assertThat(clock.instant()).isEqualTo(Instant.EPOCH);
    }

    @Test
    void itAlwaysReadsUtcAndAnotherZoneIsTheSameClock() {
        FakeClock clock = new FakeClock();

        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(clock.withZone(ZoneId.of("Europe/London"))).isSameAs(clock);
    }
}
