package io.github.wisecards.testing;

import io.github.wisecards.core.Sleeper;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A sleeper that returns at once, so retries against the simulator run without waiting. */
final class NoSleepSleeper implements Sleeper {
    static final NoSleepSleeper INSTANCE = new NoSleepSleeper();

    private NoSleepSleeper() {}

    @Override
    public void sleep(Duration duration) {
        // Retries against a local simulator need no back-off.
    }

    @Override
    public CompletableFuture<Void> delay(Duration duration) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public String toString() {
        return "Sleeper.noSleep";
    }
}
