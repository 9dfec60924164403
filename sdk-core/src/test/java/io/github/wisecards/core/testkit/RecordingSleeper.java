package io.github.wisecards.core.testkit;

import io.github.wisecards.core.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that never sleeps: it records each wait and advances a fake clock by it. */
public final class RecordingSleeper implements Sleeper {
    private final FakeClock clock;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    public RecordingSleeper(FakeClock clock) {
        this.clock = clock;
    }

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        if (clock != null) {
            clock.advance(duration);
        }
    }

    @Override
    public CompletableFuture<Void> delay(Duration duration) {
        sleep(duration);
        return CompletableFuture.completedFuture(null);
    }

    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
