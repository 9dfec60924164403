package io.github.wisecards.kiosk;

import io.github.wisecards.core.Environment;
import io.github.wisecards.core.FakeClock;
import io.github.wisecards.core.RecordingSleeper;
import io.github.wisecards.core.Sleeper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Builds kiosk clients against MockWebServer with a fake clock and a sleeper that never sleeps. */
final class KioskTestSupport {
    static final long PROFILE_ID = 14_556_049L;
    static final String CARD_TOKEN = "5a2f6e3c-8f1b-4c2d-9e7a-0b1c2d3ee3dd";
    static final String ACCESS_TOKEN = "test-access-token";
    static final String PRODUCTION_PATH = "/v3/spend/profiles/14556049/cards/" + CARD_TOKEN + "/production";
    static final String SIMULATION_PATH = "/v1/simulation/spend/profiles/14556049/cards/" + CARD_TOKEN + "/production";

    final FakeClock clock = new FakeClock();
    final RecordingSleeper sleeper = new RecordingSleeper(clock);

    KioskClient client(MockWebServer server) {
        return client(server, sleeper);
    }

    KioskClient client(MockWebServer server, Sleeper customSleeper) {
        String base = server.url("/").toString();
        return KioskClient.builder()
                .environment(Environment.custom(base, base))
                .accessToken(ACCESS_TOKEN)
                .clock(clock)
                .sleeper(customSleeper)
                .build();
    }

    static String fixture(String name) {
        String path = "/fixtures/card-production/" + name + ".json";
        try (InputStream in = KioskTestSupport.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json")
                .addHeader("x-trace-id", "trace-123")
                .body(body)
                .build();
    }

    static MockResponse fixtureResponse(int code, String fixtureName) {
        return json(code, fixture(fixtureName));
    }

    static String requestError(String code, String description) {
        return "{\"status\":\"REQUEST_ERROR\",\"kioskId\":\"WIS00001\",\"occurredAt\":\"2024-01-01T12:24:56.121Z\","
                + "\"errorCode\":\"" + code + "\",\"description\":\"" + description + "\"}";
    }

    private KioskTestSupport() {}

    static KioskTestSupport create() {
        return new KioskTestSupport();
    }
}
