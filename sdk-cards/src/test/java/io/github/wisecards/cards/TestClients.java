package io.github.wisecards.cards;

import io.github.wisecards.core.Environment;
import io.github.wisecards.core.FakeClock;
import io.github.wisecards.core.RecordingSleeper;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;

/** Builds clients pointed at MockWebServers, with a fake clock and a sleeper that never sleeps. */
final class TestClients {
    static final String TOKEN = "test-access-token";

    private TestClients() {}

    /** Returns a builder for a client whose API and card-data hosts are the two servers. */
    static CardsClient.Builder builder(MockWebServer api, MockWebServer cardData, FakeClock clock) {
        AtomicInteger keys = new AtomicInteger();
        return CardsClient.builder()
                .environment(Environment.custom(
                        api.url("/").toString(), cardData.url("/").toString()))
                .accessToken(TOKEN)
                .clock(clock)
                .sleeper(new RecordingSleeper(clock))
                .idempotencyKeyGenerator(() -> String.format("00000000-0000-4000-8000-%012x", keys.incrementAndGet()));
    }
}
