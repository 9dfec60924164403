package io.github.wisecards.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.core.errors.ApiConnectionException;
import io.github.wisecards.core.errors.OutcomeUnknownException;
import io.github.wisecards.core.testkit.MockServers;
import java.util.Map;
import java.util.concurrent.CompletionException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** A create whose answer never arrived says that its outcome is unknown and how to resolve it. */
class OutcomeUnknownTest {
    private static final String KEY = "054064c9-e01e-49fb-8fd9-b0990b9442f4";

    @StartStop
    final MockWebServer server = MockServers.newServer();

    private final TestOptions test = new TestOptions();

    private void answerNeverArrives(int times) {
        for (int i = 0; i < times; i++) {
            server.enqueue(new MockResponse.Builder()
                    .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
                    .build());
        }
    }

    private static ApiRequest<Thing> create() {
        return Thing.CREATE
                .request()
                .jsonBody(Map.of("name", "x"))
                .options(RequestOptions.builder().idempotencyKey(KEY).build())
                .build();
    }

    @Test
    void createWhoseAnswerNeverArrivedThrowsOutcomeUnknownCarryingTheKey() {
        answerNeverArrives(3);

        OutcomeUnknownException e;
        try (Transport t = Transport.create(test.builder(server).build())) {
            e = catchThrowableOfType(OutcomeUnknownException.class, () -> t.execute(create()));
        }

        assertThat(e).isInstanceOf(ApiConnectionException.class);
        assertThat(e.idempotencyKey()).contains(KEY);
        assertThat(e.requiredIdempotencyKey()).isEqualTo(KEY);
        assertThat(e.attempts()).isEqualTo(3);
        assertThat(e.getCause()).isNotNull();
        assertThat(e.getMessage())
                .startsWith("Outcome unknown: POST /v1/things")
                .contains("may have processed it")
                .contains("Repeat the call with the same idempotency key " + KEY);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void asyncCreateWhoseAnswerNeverArrivedFailsWithOutcomeUnknown() {
        answerNeverArrives(3);

        Throwable e;
        try (Transport t = Transport.create(test.builder(server).build())) {
            e = catchThrowableOfType(
                    CompletionException.class, () -> t.executeAsync(create()).join());
        }

        assertThat(e.getCause()).isInstanceOf(OutcomeUnknownException.class);
    }

    @Test
    void getWhoseAnswerNeverArrivedIsAPlainConnectionFailure() {
        answerNeverArrives(3);

        ApiConnectionException e;
        try (Transport t = Transport.create(test.builder(server).build())) {
            e = catchThrowableOfType(
                    ApiConnectionException.class, () -> t.execute(Thing.get(1).build()));
        }

        assertThat(e).isNotInstanceOf(OutcomeUnknownException.class);
    }

    @Test
    void createThatNeverConnectedIsAPlainConnectionFailure() throws Exception {
        io.github.wisecards.core.ClientOptions options = test.builder(server).build();
        server.close(); // nothing listens: every attempt is refused before anything is sent

        ApiConnectionException e;
        try (Transport t = Transport.create(options)) {
            e = catchThrowableOfType(ApiConnectionException.class, () -> t.execute(create()));
        }

        assertThat(e).isNotInstanceOf(OutcomeUnknownException.class);
        assertThat(e.idempotencyKey()).contains(KEY);
    }
}
