package io.github.wisecards.core;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits between retry attempts and between polls. Injectable through {@link
 * ClientOptionsBuilder#sleeper(Sleeper)} so that tests never sleep.
 */
public interface Sleeper {

    /**
     * Blocks the calling thread for {@code duration}.
     *
     * @param duration how long to wait
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * {@return a future completed after {@code duration}, without blocking the caller} Used by
     * asynchronous calls. The default completes on a shared JDK timer.
     *
     * @param duration how long to wait
     */
    default CompletableFuture<Void> delay(Duration duration) {
        return CompletableFuture.runAsync(
                () -> {}, CompletableFuture.delayedExecutor(duration.toNanos(), TimeUnit.NANOSECONDS));
    }

    /** {@return the sleeper that really waits ({@link Thread#sleep(long)})} */
    static Sleeper system() {
        return SystemSleeper.INSTANCE;
    }
}
