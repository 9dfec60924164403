package io.github.wisecards.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The sleeper that really waits, observed without waiting: an interrupted thread's {@code
 * Thread.sleep} throws at once, so it shows whether a wait was asked of the JDK at all.
 */
class SystemSleeperTest {
    private final Sleeper system = Sleeper.system();

    @Test
    void aPositiveNumberOfMillisecondsIsWaitedForByTheJdk() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> system.sleep(Duration.ofMillis(1))).isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void lessThanAMillisecondReturnsAtOnce() throws Exception {
        Thread.currentThread().interrupt();
        try {
            system.sleep(Duration.ZERO);
            system.sleep(Duration.ofNanos(999_999));
            system.sleep(Duration.ofMillis(-5));
            assertThat(Thread.currentThread().isInterrupted()).isTrue(); // no wait asked, flag untouched
        } finally {
            Thread.interrupted();
        }
    }
}
