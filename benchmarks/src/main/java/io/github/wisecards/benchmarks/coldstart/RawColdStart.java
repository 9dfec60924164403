package io.github.wisecards.benchmarks.coldstart;

import io.github.wisecards.benchmarks.fixture.Fixtures;
import io.github.wisecards.benchmarks.raw.RawCardOrder;
import io.github.wisecards.benchmarks.raw.RawCardOrderApi;
import java.io.IOException;
import okhttp3.OkHttpClient;

/**
 * Case 7, raw side: a new JVM that builds a default OkHttp client and Jackson mapper, retrieves one
 * card order and exits. Timed as a whole process by {@code run.sh}.
 */
public final class RawColdStart {
    private RawColdStart() {}

    /** Entry point: {@code RawColdStart <base-url>}. */
    public static void main(String[] args) throws IOException {
        OkHttpClient http = new OkHttpClient();
        try {
            RawCardOrder order = new RawCardOrderApi(http, args[0], Fixtures.PROFILE_ID, Fixtures.ACCESS_TOKEN)
                    .retrieve(Fixtures.CARD_ORDER_ID);
            if (order.id != Fixtures.CARD_ORDER_ID) {
                throw new IllegalStateException("unexpected card order " + order.id);
            }
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
