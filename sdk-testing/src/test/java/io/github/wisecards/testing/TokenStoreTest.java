package io.github.wisecards.testing;

import static io.github.wisecards.testing.SimHttp.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wisecards.core.testkit.FakeClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import okhttp3.FormBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TokenStoreTest {
    private final FakeClock clock = new FakeClock(Instant.parse("2025-03-01T10:00:00Z"));
    private final WiseSimulator simulator =
            WiseSimulator.builder().clock(clock).build().start();
    private final SimHttp http = new SimHttp(simulator);

    @AfterEach
    void close() {
        simulator.close();
    }

    private SimHttp.Answer token(String clientId, String secret, FormBody form) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return http.token(null)
                .send(http.request("/oauth/token")
                        .header("Authorization", "Basic " + basic)
                        .post(form));
    }

    private SimHttp.Answer refresh(String refreshToken) {
        return token(
                simulator.oauthClientId(),
                simulator.oauthClientSecret(),
                new FormBody.Builder()
                        .add("grant_type", "refresh_token")
                        .add("refresh_token", refreshToken)
                        .build());
    }

    @Test
    void requestsWithoutABearerTokenAnswer401() {
        SimHttp.Answer a = http.token(null).get(ORDERS);

        assertThat(a.code()).isEqualTo(401);
        assertThat(a.json().get("error").asText()).isEqualTo("unauthorized");
    }

    @Test
    void unknownTokensAnswer401InvalidToken() {
        SimHttp.Answer a = http.token("nope").get(ORDERS);

        assertThat(a.code()).isEqualTo(401);
        assertThat(a.json().toString())
                .isEqualTo("{\"error\":\"invalid_token\",\"error_description\":\"Invalid access token\"}");
        assertThat(a.headers().get("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
    }

    @Test
    void theRefreshGrantIssuesAUserTokenTheApiAccepts() {
        SimHttp.Answer a = refresh(simulator.refreshToken());

        assertThat(a.code()).isEqualTo(200);
        JsonNode t = a.json();
        assertThat(t.get("token_type").asText()).isEqualTo("bearer");
        assertThat(t.get("refresh_token").asText()).isEqualTo(simulator.refreshToken());
        assertThat(t.get("expires_in").asLong()).isEqualTo(43_200L);
        assertThat(t.get("expires_at").asText()).isEqualTo("2025-03-01T22:00:00Z");
        assertThat(t.get("created_at").asText()).isEqualTo("2025-03-01T10:00:00Z");
        assertThat(t.has("refresh_token_expires_in")).isTrue();
        assertThat(http.token(t.get("access_token").asText()).get(ORDERS).code())
                .isEqualTo(200);
        assertThat(simulator.issuedAccessTokenCount()).isEqualTo(1);
    }

    @Test
    void issuedTokensExpireAfterTheSettableLifetime() {
        simulator.accessTokenLifetime(Duration.ofMinutes(5));
        String token =
                refresh(simulator.refreshToken()).json().get("access_token").asText();
        assertThat(http.token(token).get(ORDERS).code()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(5));

        SimHttp.Answer a = http.token(token).get(ORDERS);
        assertThat(a.code()).isEqualTo(401);
        assertThat(a.json().get("error").asText()).isEqualTo("invalid_token");
        assertThat(a.json().get("error_description").asText()).isEqualTo("Access token expired");
    }

    @Test
    void expireAccessTokensInvalidatesTheStaticAndIssuedTokensUntilReset() {
        String issued = simulator.issueAccessToken();
        simulator.expireAccessTokens();

        assertThat(http.get(ORDERS).code()).isEqualTo(401);
        assertThat(http.token(issued).get(ORDERS).code()).isEqualTo(401);
        assertThat(http.token(simulator.issueAccessToken()).get(ORDERS).code()).isEqualTo(200);

        simulator.reset();
        assertThat(new SimHttp(simulator).get(ORDERS).code()).isEqualTo(200);
    }

    @Test
    void clientCredentialsIssueAnApplicationTokenWithoutRefreshToken() {
        SimHttp.Answer a = token(
                simulator.oauthClientId(),
                simulator.oauthClientSecret(),
                new FormBody.Builder().add("grant_type", "client_credentials").build());

        assertThat(a.code()).isEqualTo(200);
        assertThat(a.json().has("refresh_token")).isFalse();
        assertThat(a.json().get("access_token").asText()).startsWith("sim-at-");
    }

    @Test
    void tokenEndpointErrorsUseTheOAuthShape() {
        assertThat(token("sim-client-id", "wrong", new FormBody.Builder().build())
                        .json()
                        .get("error")
                        .asText())
                .isEqualTo("invalid_client");
        SimHttp.Answer badRefresh = refresh("stolen");
        assertThat(badRefresh.code()).isEqualTo(400);
        assertThat(badRefresh.json().get("error").asText()).isEqualTo("invalid_grant");
        SimHttp.Answer badGrant = token(
                simulator.oauthClientId(),
                simulator.oauthClientSecret(),
                new FormBody.Builder().add("grant_type", "password").build());
        assertThat(badGrant.code()).isEqualTo(400);
        assertThat(badGrant.json().get("error").asText()).isEqualTo("unsupported_grant_type");
    }
}
