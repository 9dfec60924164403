package io.github.wisecards.testing;

import static io.github.wisecards.testing.SimHttp.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wisecards.core.FakeClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
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
        SimHttp.Answer badGrant = token(
                simulator.oauthClientId(),
                simulator.oauthClientSecret(),
                new FormBody.Builder().add("grant_type", "password").build());
        assertThat(badGrant.code()).isEqualTo(400);
        assertThat(badGrant.json().get("error").asText()).isEqualTo("unsupported_grant_type");
    }

    private SimHttp.Answer grant(String... nameValues) {
        FormBody.Builder form = new FormBody.Builder();
        for (int i = 0; i < nameValues.length; i += 2) {
            form.add(nameValues[i], nameValues[i + 1]);
        }
        return token(simulator.oauthClientId(), simulator.oauthClientSecret(), form.build());
    }

    private static final String INVALID_GRANT =
            "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials.\"}";

    @Test
    void anUnknownRefreshTokenAnswers401InvalidGrantInWisesShape() {
        SimHttp.Answer a = refresh("stolen");

        assertThat(a.code()).isEqualTo(401);
        assertThat(a.json().toString()).isEqualTo(INVALID_GRANT);
    }

    @Test
    void aRefreshRevokesThatUsersPreviousAccessTokenAndOnlyThatOne() {
        SimulatedUser other = simulator.addUser();
        String othersToken =
                refresh(other.refreshToken()).json().get("access_token").asText();
        String first =
                refresh(simulator.refreshToken()).json().get("access_token").asText();

        String second =
                refresh(simulator.refreshToken()).json().get("access_token").asText();

        SimHttp.Answer old = http.token(first).get(ORDERS);
        assertThat(old.code()).isEqualTo(401);
        assertThat(old.json().toString())
                .isEqualTo("{\"error\":\"invalid_token\",\"error_description\":\"Invalid access token\"}");
        assertThat(http.token(second).get(ORDERS).code()).isEqualTo(200);
        assertThat(http.token(othersToken).get(ORDERS).code()).isEqualTo(200);
        assertThat(simulator.refreshCount(simulator.defaultUser())).isEqualTo(2);
        assertThat(simulator.refreshCount(other)).isEqualTo(1);
    }

    @Test
    void theDefaultUsersRefreshRevokesTheStaticToken() {
        assertThat(http.get(ORDERS).code()).isEqualTo(200);

        refresh(simulator.refreshToken());

        assertThat(http.get(ORDERS).code()).isEqualTo(401);
    }

    @Test
    void everyUserHasItsOwnRefreshToken() {
        SimulatedUser a = simulator.addUser();
        SimulatedUser b = simulator.addUser("partner-chosen-refresh-token");

        assertThat(simulator.users()).containsExactly(simulator.defaultUser(), a, b);
        assertThat(a.refreshToken()).isNotEqualTo(simulator.refreshToken());
        assertThat(simulator.user("partner-chosen-refresh-token")).isEqualTo(b);
        assertThat(refresh(b.refreshToken()).json().get("refresh_token").asText())
                .isEqualTo("partner-chosen-refresh-token");
        assertThat(a.toString()).doesNotContain(a.refreshToken());
    }

    @Test
    void theRegistrationCodeGrantGivesTheRegisteredUsersTokens() {
        SimulatedUser user = simulator.addRegisteredUser("jane@example.com", "reg-code-1");

        SimHttp.Answer a = grant(
                "grant_type", "registration_code",
                "client_id", simulator.oauthClientId(),
                "email", "jane@example.com",
                "registration_code", "reg-code-1");

        assertThat(a.code()).isEqualTo(200);
        assertThat(a.json().get("refresh_token").asText()).isEqualTo(user.refreshToken());
        assertThat(http.token(a.json().get("access_token").asText()).get(ORDERS).code())
                .isEqualTo(200);
    }

    @Test
    void aWrongRegistrationCodeAnswers401InvalidGrant() {
        simulator.addRegisteredUser("jane@example.com", "reg-code-1");

        SimHttp.Answer wrongCode = grant(
                "grant_type", "registration_code",
                "client_id", simulator.oauthClientId(),
                "email", "jane@example.com",
                "registration_code", "guess");
        SimHttp.Answer unknownEmail = grant(
                "grant_type", "registration_code",
                "client_id", simulator.oauthClientId(),
                "email", "nobody@example.com",
                "registration_code", "reg-code-1");

        assertThat(wrongCode.code()).isEqualTo(401);
        assertThat(wrongCode.json().toString()).isEqualTo(INVALID_GRANT);
        assertThat(unknownEmail.json().toString()).isEqualTo(INVALID_GRANT);
    }

    @Test
    void userGrantsNeedTheirParametersAndTheAuthenticatedClientsId() {
        SimHttp.Answer noEmail = grant(
                "grant_type", "registration_code", "client_id", simulator.oauthClientId(), "registration_code", "x");
        SimHttp.Answer otherClient = grant(
                "grant_type", "authorization_code", "client_id", "someone-else", "code", "c", "redirect_uri", "r");

        assertThat(noEmail.code()).isEqualTo(400);
        assertThat(noEmail.json().get("error").asText()).isEqualTo("invalid_request");
        assertThat(noEmail.json().get("error_description").asText()).isEqualTo("Missing parameter: email");
        assertThat(otherClient.code()).isEqualTo(401);
        assertThat(otherClient.json().get("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void anAuthorizationCodeGivesTheUsersTokensOnceForItsRedirectUri() {
        SimulatedUser user = simulator.addUser();
        String code = simulator.issueAuthorizationCode(user, "https://partner.example.com/wise/callback");

        SimHttp.Answer wrongRedirect = grant(
                "grant_type",
                "authorization_code",
                "client_id",
                simulator.oauthClientId(),
                "code",
                code,
                "redirect_uri",
                "https://evil.example.com/callback");
        SimHttp.Answer first = grant(
                "grant_type",
                "authorization_code",
                "client_id",
                simulator.oauthClientId(),
                "code",
                code,
                "redirect_uri",
                "https://partner.example.com/wise/callback");
        SimHttp.Answer reused = grant(
                "grant_type",
                "authorization_code",
                "client_id",
                simulator.oauthClientId(),
                "code",
                code,
                "redirect_uri",
                "https://partner.example.com/wise/callback");

        assertThat(wrongRedirect.json().toString()).isEqualTo(INVALID_GRANT);
        assertThat(first.code()).isEqualTo(200);
        assertThat(first.json().get("refresh_token").asText()).isEqualTo(user.refreshToken());
        assertThat(reused.code()).isEqualTo(401);
        assertThat(reused.json().toString()).isEqualTo(INVALID_GRANT);
    }

    @Test
    void aReclaimedAccountLosesItsTokensAndItsGrantsAnswerInvalidGrant() {
        SimulatedUser user = simulator.addRegisteredUser("jane@example.com", "reg-code-1");
        String token = refresh(user.refreshToken()).json().get("access_token").asText();

        simulator.reclaimAccount(user);

        assertThat(http.token(token).get(ORDERS).code()).isEqualTo(401);
        assertThat(refresh(user.refreshToken()).json().toString()).isEqualTo(INVALID_GRANT);
        assertThat(grant(
                                "grant_type", "registration_code",
                                "client_id", simulator.oauthClientId(),
                                "email", "jane@example.com",
                                "registration_code", "reg-code-1")
                        .json()
                        .toString())
                .isEqualTo(INVALID_GRANT);
    }

    @Test
    void anApplicationTokenIsRefusedWith403InTheSpringShape() {
        String appToken = token(
                        simulator.oauthClientId(),
                        simulator.oauthClientSecret(),
                        new FormBody.Builder()
                                .add("grant_type", "client_credentials")
                                .build())
                .json()
                .get("access_token")
                .asText();

        SimHttp.Answer a = http.token(appToken).get(ORDERS + "/availability");

        assertThat(a.code()).isEqualTo(403);
        assertThat(a.json().toString())
                .isEqualTo("{\"timestamp\":\"2025-03-01T10:00:00Z\",\"status\":403,"
                        + "\"error\":\"unauthorized\",\"message\":\"Unauthorized\"}");
        assertThat(http.token(simulator.issueApplicationToken()).get(ORDERS).code())
                .isEqualTo(403);
    }

    @Test
    void anExpiredApplicationTokenAnswers401LikeAnyExpiredToken() {
        String appToken = simulator.issueApplicationToken();

        simulator.expireAccessTokens();

        assertThat(http.token(appToken).get(ORDERS).code()).isEqualTo(401);
    }

    @Test
    void resetForgetsUsersAddedAtRunTimeAndKeepsTheBuildersUsers() {
        try (WiseSimulator configured = WiseSimulator.builder()
                .addUser("configured-refresh-token")
                .addRegisteredUser("jane@example.com", "reg-code-1")
                .build()
                .start()) {
            SimulatedUser runtime = configured.addUser();
            List<SimulatedUser> before = configured.users();

            configured.reset();

            assertThat(before).hasSize(4).contains(runtime);
            assertThat(configured.users()).containsExactlyElementsOf(before.subList(0, 3));
            assertThat(configured.users().get(2).email()).contains("jane@example.com");
            assertThatThrownBy(() -> configured.refreshCount(runtime)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
