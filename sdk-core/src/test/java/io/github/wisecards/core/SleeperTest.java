package io.github.wisecards.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The system sleeper's identity and the default, non-blocking delay every sleeper inherits. */
class SleeperTest {
    private final Sleeper system = Sleeper.system();

    @Test
    void theSystemSleeperIsOneNamedInstance() {
        assertThat(system).isSameAs(Sleeper.system()).hasToString("Sleeper.system()");
    }

    @Test
    void theDefaultDelayCompletesWithoutBlockingTheCaller() throws Exception {
        CompletableFuture<Void> delay = system.delay(Duration.ZERO);

        assertThat(delay.get(10, TimeUnit.SECONDS)).isNull();
        assertThat(delay).isCompletedWithValue(null);
    }
}
