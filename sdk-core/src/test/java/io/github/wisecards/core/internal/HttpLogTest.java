package io.github.wisecards.core.internal;

import static io.github.wisecards.core.testkit.MockServers.json;
import static io.github.wisecards.core.testkit.MockServers.jsonBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.Environment;
import io.github.wisecards.core.FakeClock;
import io.github.wisecards.core.RecordingSleeper;
import io.github.wisecards.core.TokenProvider;
import io.github.wisecards.core.errors.ApiException;
import io.github.wisecards.core.testkit.LogCapture;
import io.github.wisecards.core.testkit.MockServers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

class HttpLogTest {
    private static final PathParam<String> CARD_TOKEN_PARAM = PathParam.cardToken("cardToken");

    private static final String CLIENT_ID = "log-client-id";
    private static final String CLIENT_SECRET = "log-client-secret-Zq81";
    private static final String REFRESH_TOKEN = "log-refresh-token-Kp02";
    private static final String ACCESS_TOKEN_1 = "log-access-token-first-Xy19";
    private static final String ACCESS_TOKEN_2 = "log-access-token-second-Wv27";
    private static final String ROTATED_REFRESH = "log-rotated-refresh-Hh55";
    private static final String CARD_TOKEN = "4dc0be88-903f-49e4-8237-735f1139e3dd";
    private static final String JWE = "eyJhbGciOiJSU0ExXzUiLCJlbmMiOiJBMjU2R0NNIn0.secret-jwe-part";
    private static final String ONE_TIME_TOKEN = "log-one-time-token-Sc42";

    @StartStop
    final MockWebServer server = MockServers.newServer();

    private int tokens;

    {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String target = request.getTarget();
                if (target.equals("/oauth/token")) {
                    tokens++;
                    return json(
                            200,
                            "{\"access_token\":\"" + (tokens == 1 ? ACCESS_TOKEN_1 : ACCESS_TOKEN_2)
                                    + "\",\"token_type\":\"bearer\",\"refresh_token\":\"" + ROTATED_REFRESH
                                    + "\",\"expires_in\":43199}");
                }
                String auth = request.getHeaders().get("Authorization");
                if (("Bearer " + ACCESS_TOKEN_1).equals(auth)) {
                    return json(401, "{\"error\":\"invalid_token\",\"error_description\":\"expired\"}");
                }
                if (target.startsWith("/v1/sca")) {
                    return jsonBuilder(403, "")
                            .setHeader("x-2fa-approval-result", "REJECTED")
                            .setHeader("x-2fa-approval", ONE_TIME_TOKEN)
                            .build();
                }
                return jsonBuilder(
                                200,
                                "{\"cardToken\":\"" + CARD_TOKEN + "\",\"pin\":\"4321\",\"access_token\":\""
                                        + ACCESS_TOKEN_2 + "\",\"status\":\"ACTIVE\"}")
                        .setHeader("x-trace-id", "trace-log-1")
                        .setHeader("Set-Cookie", "session=cookie-secret-Cc11")
                        .build();
            }
        });
    }

    @Test
    void traceLogsHaveNoTokensOrSecretsAndRedactSensitiveFields() {
        String url = server.url("/").toString();
        FakeClock clock = new FakeClock();
        ClientOptions options = ClientOptions.builder()
                .environment(Environment.custom(url, url))
                .tokenProvider(TokenProvider.refreshing(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN))
                .clock(clock)
                .sleeper(new RecordingSleeper(clock))
                .build();
        Endpoint<Map<String, Object>> preset = Endpoint.builder(
                        "POST",
                        "/v1/cards/{cardToken}/pin",
                        ResponseDecoder.json(
                                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {}))
                .pathParams(CARD_TOKEN_PARAM)
                .idempotencyKey()
                .build();
        Endpoint<Map<String, Object>> sca = Endpoint.builder(
                        "GET",
                        "/v1/sca",
                        ResponseDecoder.json(
                                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {}))
                .build();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("keyVersion", 1);
        body.put("pin", "4321");
        body.put("encryptedPayload", JWE);
        body.put("cardToken", CARD_TOKEN);

        String text;
        try (LogCapture logs = LogCapture.start("io.github.wisecards.http");
                Transport transport = Transport.create(options)) {
            transport.execute(preset.request()
                    .path(CARD_TOKEN_PARAM, CARD_TOKEN)
                    .jsonBody(body)
                    .build());
            assertThatThrownBy(() -> transport.execute(sca.request().build())).isInstanceOf(ApiException.class);
            text = logs.text();

            assertThat(logs.events(Level.TRACE)).isNotEmpty();
            assertThat(logs.events(Level.DEBUG)).isNotEmpty();
        }

        String basic =
                Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        assertThat(text)
                .doesNotContain(CLIENT_SECRET)
                .doesNotContain(basic)
                .doesNotContain(REFRESH_TOKEN)
                .doesNotContain(ROTATED_REFRESH)
                .doesNotContain(ACCESS_TOKEN_1)
                .doesNotContain(ACCESS_TOKEN_2)
                .doesNotContain(JWE)
                .doesNotContain("4321")
                .doesNotContain(CARD_TOKEN)
                .doesNotContain("4dc0be88")
                .doesNotContain(ONE_TIME_TOKEN)
                .doesNotContain("cookie-secret-Cc11");
        assertThat(text)
                .contains("Authorization=[REDACTED]")
                .contains("\"pin\":\"[REDACTED]\"")
                .contains("\"encryptedPayload\":\"[REDACTED]\"")
                .contains("\"cardToken\":\"****e3dd\"")
                .contains("/v1/cards/****e3dd/pin")
                .contains("refresh_token=[REDACTED]")
                .contains("\"access_token\":\"[REDACTED]\"")
                .contains("x-2fa-approval=[REDACTED]")
                .contains("trace-log-1");
    }

    @Test
    void debugLineNamesMethodPathStatusAttemptAndTraceId() {
        String url = server.url("/").toString();
        FakeClock clock = new FakeClock();
        ClientOptions options = ClientOptions.builder()
                .environment(Environment.custom(url, url))
                .accessToken(ACCESS_TOKEN_2)
                .clock(clock)
                .sleeper(new RecordingSleeper(clock))
                .build();
        PathParam<Long> id = PathParam.positiveId("id");
        Endpoint<Map<String, Object>> get = Endpoint.builder(
                        "GET",
                        "/v1/things/{id}",
                        ResponseDecoder.json(
                                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {}))
                .pathParams(id)
                .build();

        try (LogCapture logs = LogCapture.start("io.github.wisecards.http");
                Transport transport = Transport.create(options)) {
            transport.execute(get.request().path(id, 5L).build());

            assertThat(logs.events(Level.DEBUG)).hasSize(1);
            assertThat(logs.events(Level.DEBUG).get(0).message())
                    .matches("GET /v1/things/5 -> 200 in \\d+ ms \\(attempt 1, trace id trace-log-1\\)");
        }
    }
}
