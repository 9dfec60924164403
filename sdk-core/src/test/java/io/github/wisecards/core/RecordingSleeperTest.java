package io.github.wisecards.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sleeper the SDK ships for partners' tests: it records waits and passes them on a FakeClock. */
class RecordingSleeperTest {
    private final FakeClock clock = new FakeClock(Instant.EPOCH);
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);

    @Test
    void waitsAreRecordedInOrderAndPassOnItsClock() {
        sleeper.sleep(Duration.ofSeconds(1));
        assertThat(sleeper.delay(Duration.ofSeconds(2))).isCompleted();

        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(sleeper.clock()).isSameAs(clock);
        assertThat(clock.instant()).isEqualTo(Instant.EPOCH.plusSeconds(3));
        assertThat(sleeper).hasToString("RecordingSleeper[2 waits, FakeClock[1970-01-01T00:00:03Z]]");
    }

    @Test
    void clearingForgetsTheWaitsButNotTheTimeTheyTookAndEarlierSnapshotsStay() {
        sleeper.sleep(Duration.ofSeconds(5));
        List<Duration> before = sleeper.sleeps();

        sleeper.clear();
        sleeper.sleep(Duration.ofSeconds(1));

        assertThat(before).containsExactly(Duration.ofSeconds(5));
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(1));
        assertThat(clock.instant()).isEqualTo(Instant.EPOCH.plusSeconds(6));
    }
}
