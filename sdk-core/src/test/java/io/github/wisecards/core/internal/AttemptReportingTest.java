package io.github.wisecards.core.internal;

import static io.github.wisecards.core.testkit.MockServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.core.ApiResponse;
import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.RequestAttempt;
import io.github.wisecards.core.TokenProvider;
import io.github.wisecards.core.errors.ApiConnectionException;
import io.github.wisecards.core.errors.ApiException;
import io.github.wisecards.core.errors.InvalidResponseException;
import io.github.wisecards.core.errors.ValidationException;
import io.github.wisecards.core.testkit.LogCapture;
import io.github.wisecards.core.testkit.MockServers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/**
 * What listeners and the HTTP log are told of each attempt, whatever ended it, and that neither
 * ever shows a token or personal data the caller did not allow.
 */
class AttemptReportingTest {
    @StartStop
    final MockWebServer server = MockServers.newServer();

    private final TestOptions test = new TestOptions();
    private final List<RequestAttempt> attempts = new CopyOnWriteArrayList<>();

    private Transport transport(UnaryOperator<ClientOptions.OptionsBuilder> f) {
        return Transport.create(
                f.apply(test.builder(server).addRequestListener(attempts::add)).build());
    }

    @Test
    void aRetriedConnectionFailureIsReportedAsWillRetryAndTheLastOneAsNot() {
        for (int i = 0; i < 2; i++) {
            server.enqueue(new MockResponse.Builder()
                    .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
                    .build());
        }
        try (Transport t = transport(b -> b.maxRetries(1))) {
            assertThatThrownBy(() -> t.execute(Thing.get(1).build())).isInstanceOf(ApiConnectionException.class);
        }
        assertThat(attempts).extracting(RequestAttempt::willRetry).containsExactly(true, false);
        assertThat(attempts).allSatisfy(a -> {
            assertThat(a.statusCode()).isEmpty();
            assertThat(a.error()).isPresent();
            assertThat(a.duration()).isBetween(Duration.ZERO, Duration.ofMinutes(10));
        });
    }

    @Test
    void anUndecodableSuccessIsReportedWithItsError() {
        server.enqueue(json(200, "{\"id\":\"not-a-number\"}"));
        try (Transport t = transport(b -> b)) {
            assertThatThrownBy(() -> t.execute(Thing.get(1).build())).isInstanceOf(InvalidResponseException.class);
        }
        assertThat(attempts).singleElement().satisfies(a -> {
            assertThat(a.statusCode()).hasValue(200);
            assertThat(a.error()).get().isInstanceOf(InvalidResponseException.class);
            assertThat(a.willRetry()).isFalse();
        });
    }

    @Test
    void aTooLargeBodyIsReportedWithItsError() {
        okio.Buffer big = new okio.Buffer();
        big.write(new byte[CallState.MAX_RESPONSE_BYTES + 1]);
        server.enqueue(new MockResponse.Builder().code(200).body(big).build());
        try (Transport t = transport(b -> b)) {
            assertThatThrownBy(() -> t.execute(Thing.get(1).build())).isInstanceOf(InvalidResponseException.class);
        }
        assertThat(attempts).singleElement().satisfies(a -> {
            assertThat(a.statusCode()).hasValue(200);
            assertThat(a.error()).get().isInstanceOf(InvalidResponseException.class);
        });
    }

    @Test
    void anUnauthorizedAnswerRetriedWithAFreshTokenIsReportedAsWillRetry() {
        TokenProvider refreshable = new TokenProvider() {
            private int issued;

            @Override
            public synchronized String accessToken() {
                return "token-" + (issued + 1);
            }

            @Override
            public synchronized boolean invalidate(io.github.wisecards.core.CallContext context, String token) {
                issued++;
                return true;
            }
        };
        server.enqueue(json(401, "{\"error\":\"invalid_token\"}"));
        server.enqueue(json(200, Thing.JSON));
        try (Transport t = transport(b -> b.tokenProvider(refreshable))) {
            assertThat(t.execute(Thing.get(1).build()).attempts()).isEqualTo(2);
        }
        assertThat(attempts).extracting(RequestAttempt::willRetry).containsExactly(true, false);
        assertThat(attempts.get(0).statusCode()).hasValue(401);
    }

    @Test
    void anErrorHandlersExceptionIsReportedWithTheAttempt() {
        Endpoint<Thing> handled = Endpoint.builder("GET", "/v1/handled", ResponseDecoder.json(Thing.class))
                .errorHandler(r -> {
                    throw new ValidationException("thing", List.of());
                })
                .build();
        server.enqueue(json(409, "{}"));
        try (Transport t = transport(b -> b)) {
            assertThatThrownBy(() -> t.execute(handled.request().build())).isInstanceOf(ValidationException.class);
        }
        assertThat(attempts).singleElement().satisfies(a -> {
            assertThat(a.statusCode()).hasValue(409);
            assertThat(a.error()).get().isInstanceOf(ValidationException.class);
        });
    }

    @Test
    void anAnswerTheErrorHandlerTurnsIntoAResultIsReportedAsASuccess() {
        Endpoint<Thing> handled = Endpoint.builder("GET", "/v1/handled", ResponseDecoder.json(Thing.class))
                .errorHandler(r -> r.statusCode() == 404 ? new Thing(0, "none") : null)
                .build();
        server.enqueue(json(404, "{}"));
        ApiResponse<Thing> r;
        try (Transport t = transport(b -> b)) {
            r = t.execute(handled.request().build());
        }
        assertThat(r.data()).isEqualTo(new Thing(0, "none"));
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(attempts)
                .singleElement()
                .satisfies(a -> assertThat(a.error()).isEmpty());
    }

    @Test
    void aTokenWithALineBreakIsRefusedBeforeSendingWithoutQuotingIt() {
        try (Transport t = transport(b -> b.tokenProvider(() -> "secret-tok\r\nX-Injected: 1"))) {
            assertThatThrownBy(() -> t.execute(Thing.get(1).build()))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageNotContaining("secret-tok");
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void theAccessTokenAndAnExplicitAuthorizationAreScrubbedFromLoggedErrorBodies() {
        server.enqueue(json(400, "{\"error\":\"bad token " + TestOptions.ACCESS_TOKEN + "\"}"));
        server.enqueue(json(400, "{\"error\":\"bad token caller-own-secret-1\"}"));
        Endpoint<Thing> unauthenticated = Endpoint.builder("GET", "/v1/open", ResponseDecoder.json(Thing.class))
                .unauthenticated()
                .build();
        String text;
        try (LogCapture logs = LogCapture.start("io.github.wisecards.http");
                Transport t = transport(b -> b)) {
            assertThatThrownBy(() -> t.execute(Thing.get(1).build())).isInstanceOf(ApiException.class);
            assertThatThrownBy(() -> t.execute(unauthenticated
                            .request()
                            .header("Authorization", "Basic caller-own-secret-1")
                            .build()))
                    .isInstanceOf(ApiException.class)
                    .hasMessageNotContaining("caller-own-secret-1");
            text = logs.text();
            assertThat(logs.events(Level.TRACE)).isNotEmpty();
        }
        assertThat(text)
                .contains("bad token")
                .doesNotContain(TestOptions.ACCESS_TOKEN)
                .doesNotContain("caller-own-secret-1");
    }

    @Test
    void personalDataIsMaskedInTraceLogsUnlessTheClientAllowsIt() {
        server.enqueue(json(200, "{\"id\":7,\"name\":\"seven\",\"cardHolderName\":\"Jane Response\"}"));
        server.enqueue(json(200, "{\"id\":7,\"name\":\"seven\",\"cardHolderName\":\"Jane Response\"}"));
        Map<String, Object> body = Map.of("cardHolderName", "Jane Request");
        String masked;
        String shown;
        try (LogCapture logs = LogCapture.start("io.github.wisecards.http");
                Transport t = transport(b -> b)) {
            t.execute(Thing.CREATE.request().jsonBody(body).build());
            masked = logs.text();
        }
        try (LogCapture logs = LogCapture.start("io.github.wisecards.http");
                Transport t = transport(b -> b.logPersonalData(true))) {
            t.execute(Thing.CREATE.request().jsonBody(body).build());
            shown = logs.text();
        }
        assertThat(masked).doesNotContain("Jane Request").doesNotContain("Jane Response");
        assertThat(shown).contains("Jane Request").contains("Jane Response");
    }
}
