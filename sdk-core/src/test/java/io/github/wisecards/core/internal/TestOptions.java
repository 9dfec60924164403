package io.github.wisecards.core.internal;

import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.Environment;
import io.github.wisecards.core.FakeClock;
import io.github.wisecards.core.RecordingSleeper;
import io.github.wisecards.core.testkit.SequenceRandom;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;

/** Client options pointed at a MockWebServer with a fake clock, a recording sleeper and fixed jitter. */
final class TestOptions {
    static final String ACCESS_TOKEN = "test-access-token-0001";

    final FakeClock clock = new FakeClock();
    final RecordingSleeper sleeper = new RecordingSleeper(clock);
    final AtomicInteger keys = new AtomicInteger();

    ClientOptions.OptionsBuilder builder(MockWebServer server) {
        String url = server.url("/").toString();
        return ClientOptions.builder()
                .environment(Environment.custom(url, url))
                .accessToken(ACCESS_TOKEN)
                .clock(clock)
                .sleeper(sleeper)
                .random(SequenceRandom.of(0.5))
                .idempotencyKeyGenerator(() -> String.format("00000000-0000-4000-8000-%012d", keys.incrementAndGet()));
    }
}
