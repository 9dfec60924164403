package io.github.wisecards.core;

import java.time.Duration;

/** The sleeper that really waits. */
enum SystemSleeper implements Sleeper {
    INSTANCE;

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        long millis = duration.toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    @Override
    public String toString() {
        return "Sleeper.system()";
    }
}
