package io.github.wisecards.core.internal.auth;

import static io.github.wisecards.core.testkit.MockServers.json;
import static io.github.wisecards.core.testkit.MockServers.jsonBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.Environment;
import io.github.wisecards.core.FakeClock;
import io.github.wisecards.core.RecordingSleeper;
import io.github.wisecards.core.errors.ApiError;
import io.github.wisecards.core.errors.AuthenticationException;
import io.github.wisecards.core.errors.InvalidResponseException;
import io.github.wisecards.core.errors.NotFoundException;
import io.github.wisecards.core.errors.ServerException;
import io.github.wisecards.core.internal.Transport;
import io.github.wisecards.core.testkit.MockServers;
import io.github.wisecards.core.testkit.SequenceRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link TokenEndpoint#fetch}: what it sends, which answers it accepts and when the token expires. */
class TokenEndpointTest {
    private static final String CLIENT_ID = "client-id-1";
    private static final String CLIENT_SECRET = "client-secret-s3cr3t";

    @StartStop
    final MockWebServer server = MockServers.newServer();

    private final FakeClock clock = new FakeClock();
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private Transport transport;

    private Transport transport() {
        if (transport == null) {
            String url = server.url("/").toString();
            transport = Transport.create(ClientOptions.builder()
                    .environment(Environment.custom(url, url))
                    .accessToken("unused-api-token")
                    .clock(clock)
                    .sleeper(sleeper)
                    .random(SequenceRandom.of(0.5))
                    .build());
        }
        return transport;
    }

    @AfterEach
    void close() {
        if (transport != null) {
            transport.close();
        }
    }

    private TokenEndpoint.Issued fetch(Map<String, String> form) {
        return TokenEndpoint.fetch(transport(), clock, CLIENT_ID, CLIENT_SECRET, form, null);
    }

    private TokenEndpoint.Issued fetch() {
        return fetch(Map.of("grant_type", "client_credentials"));
    }

    private void answer(String fields) {
        server.enqueue(json(200, "{\"access_token\":\"access-1\",\"token_type\":\"bearer\"" + fields + "}"));
    }

    private Instant now() {
        return clock.instant();
    }

    @Test
    void expiresInCountsFromTheMomentTheTokenWasRequested() {
        answer(",\"expires_in\":3600,\"refresh_token\":\"refresh-2\",\"scope\":{\"a\":[1]}");

        TokenEndpoint.Issued issued = fetch();

        assertThat(issued.accessToken()).isEqualTo("access-1");
        assertThat(issued.refreshToken()).isEqualTo("refresh-2");
        assertThat(issued.expiresAt()).isEqualTo(now().plusSeconds(3600));
    }

    @Test
    void expiresInOfOneSecondIsAccepted() {
        answer(",\"expires_in\":1");

        assertThat(fetch().expiresAt()).isEqualTo(now().plusSeconds(1));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void expiresInOfZeroOrLessIsRefusedNamingTheRule(long expiresIn) {
        answer(",\"expires_in\":" + expiresIn);

        assertThatThrownBy(this::fetch).isInstanceOfSatisfying(AuthenticationException.class, e -> {
            assertThat(e.errors()).singleElement().satisfies(x -> {
                assertThat(x.code()).hasValue("invalid_token_response");
                assertThat(x.message())
                        .hasValue("expires_in is " + expiresIn + "; a token must live at least one second");
            });
            assertThat(e.getMessage()).doesNotContain("access-1");
        });
    }

    @ParameterizedTest
    @ValueSource(longs = {86_400, 86_401, Long.MAX_VALUE})
    void expiresInOfADayOrMoreKeepsTheTokenADayAtMost(long expiresIn) {
        answer(",\"expires_in\":" + expiresIn);

        assertThat(fetch().expiresAt()).isEqualTo(now().plus(Duration.ofHours(24)));
    }

    @Test
    void expiresInJustUnderADayIsKept() {
        answer(",\"expires_in\":86399");

        assertThat(fetch().expiresAt()).isEqualTo(now().plusSeconds(86_399));
    }

    @Test
    void expiresInWinsOverExpiresAt() {
        answer(",\"expires_in\":60,\"expires_at\":\"" + now().plus(Duration.ofHours(2)) + "\"");

        assertThat(fetch().expiresAt()).isEqualTo(now().plusSeconds(60));
    }

    @Test
    void expiresAtIsTheExpiryWhenThereIsNoExpiresIn() {
        answer(",\"expires_at\":\"" + now().plus(Duration.ofMinutes(30)) + "\"");

        assertThat(fetch().expiresAt()).isEqualTo(now().plus(Duration.ofMinutes(30)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-01T01:30:00+01:00", "2026-01-01T01:30+01:00"})
    void expiresAtWithAnOffsetIsReadAsTheSameInstant(String expiresAt) {
        // 2026-01-01T00:30Z written in UTC+01:00, with and without seconds
        answer(",\"expires_at\":\"" + expiresAt + "\"");

        assertThat(fetch().expiresAt()).isEqualTo(Instant.parse("2026-01-01T00:30:00Z"));
    }

    @Test
    void expiresAtOneSecondAheadIsAccepted() {
        answer(",\"expires_at\":\"" + now().plusSeconds(1) + "\"");

        assertThat(fetch().expiresAt()).isEqualTo(now().plusSeconds(1));
    }

    @Test
    void expiresAtNowOrInThePastIsRefused() {
        answer(",\"expires_at\":\"" + now() + "\"");
        answer(",\"expires_at\":\"" + now().minusSeconds(1) + "\"");

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(this::fetch)
                    .isInstanceOfSatisfying(
                            AuthenticationException.class,
                            e -> assertThat(e.errors().get(0).message()).hasValue("expires_at is not in the future"));
        }
    }

    @Test
    void expiresAtMoreThanADayAheadKeepsTheTokenADay() {
        answer(",\"expires_at\":\"" + now().plus(Duration.ofDays(30)) + "\"");

        assertThat(fetch().expiresAt()).isEqualTo(now().plus(Duration.ofHours(24)));
    }

    @Test
    void unreadableExpiresAtKeepsTheTokenTwelveHours() {
        answer(",\"expires_at\":\"tomorrow\"");

        assertThat(fetch().expiresAt()).isEqualTo(now().plus(Duration.ofHours(12)));
    }

    @Test
    void aTokenWithoutExpiryIsKeptTwelveHours() {
        answer("");

        TokenEndpoint.Issued issued = fetch();

        assertThat(issued.expiresAt()).isEqualTo(now().plus(Duration.ofHours(12)));
        assertThat(issued.refreshToken()).isNull();
    }

    @Test
    void aBlankRefreshTokenCountsAsNone() {
        answer(",\"refresh_token\":\" \"");

        assertThat(fetch().refreshToken()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"token_type\":\"bearer\"}", "{\"access_token\":\"\"}", "{\"access_token\":\"  \"}"})
    void anAnswerWithoutAnAccessTokenIsAnInvalidResponse(String body) {
        server.enqueue(json(200, body));

        assertThatThrownBy(this::fetch).isInstanceOfSatisfying(InvalidResponseException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(200);
            assertThat(e.getMessage()).isEqualTo("Token response of POST /oauth/token has no access_token");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"zq9 zq9", "zq9\\u007fzq9", "zq9\\u0080zq9", "zq9\\u0001zq9", "zq9\\tzq9"})
    void anAccessTokenThatCannotBeSentInAHeaderIsRefusedWithoutQuotingIt(String token) {
        server.enqueue(jsonBuilder(200, "{\"access_token\":\"" + token + "\",\"expires_in\":60}")
                .setHeader("x-trace-id", "trace-bad-token")
                .build());

        assertThatThrownBy(this::fetch).isInstanceOfSatisfying(AuthenticationException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(200);
            assertThat(e.method()).isEqualTo("POST");
            assertThat(e.path()).isEqualTo("/oauth/token");
            assertThat(e.traceId()).hasValue("trace-bad-token");
            assertThat(e.header("x-trace-id")).hasValue("trace-bad-token");
            assertThat(e.rawBody()).isEmpty();
            assertThat(e.errors())
                    .containsExactly(ApiError.of(
                            "invalid_token_response",
                            "access_token has characters not allowed in a header (CR, LF, space, non-ASCII)",
                            null,
                            null));
            assertThat(e.getMessage()).doesNotContain("zq9");
        });
    }

    @Test
    void anAccessTokenOfTheEdgesOfVisibleAsciiIsAccepted() {
        server.enqueue(json(200, "{\"access_token\":\"!~\",\"refresh_token\":\"~!\"}"));

        TokenEndpoint.Issued issued = fetch();

        assertThat(issued.accessToken()).isEqualTo("!~");
        assertThat(issued.refreshToken()).isEqualTo("~!");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zq8 zq8", "zq8\\u007fzq8", "zq8\\nzq8"})
    void aRefreshTokenThatCannotBeSentInAFormIsRefused(String refresh) {
        answer(",\"refresh_token\":\"" + refresh + "\"");

        assertThatThrownBy(this::fetch).isInstanceOfSatisfying(AuthenticationException.class, e -> {
            assertThat(e.errors().get(0).message())
                    .hasValue("refresh_token has characters not allowed in a form (CR, LF, space, non-ASCII)");
            assertThat(e.getMessage()).doesNotContain("zq8");
        });
    }

    @Test
    void sendsTheFormWithBasicAuthAndNoBearerToken() throws Exception {
        answer(",\"expires_in\":60");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", "r-1");

        fetch(form);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/oauth/token");
        assertThat(request.getHeaders().get("Authorization"))
                .isEqualTo("Basic Y2xpZW50LWlkLTE6Y2xpZW50LXNlY3JldC1zM2NyM3Q="); // client-id-1:client-secret-s3cr3t
        assertThat(request.getBody().utf8()).isEqualTo("grant_type=refresh_token&refresh_token=r-1");
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403})
    void aRefusedGrantOrClientIsAnAuthenticationException(int status) {
        server.enqueue(json(status, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid refresh token\"}"));

        assertThatThrownBy(this::fetch).isInstanceOfSatisfying(AuthenticationException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(status);
            assertThat(TokenEndpoint.isInvalidGrant(e)).isTrue();
        });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void otherErrorsOfTheTokenEndpointKeepTheirOwnType() {
        server.enqueue(json(404, "{}"));

        assertThatThrownBy(this::fetch).isExactlyInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyInvalidGrantIsARefusedGrant() {
        server.enqueue(json(400, "{\"error\":\"invalid_client\",\"error_description\":\"Unknown client\"}"));
        server.enqueue(json(401, "{}"));

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(this::fetch)
                    .isInstanceOfSatisfying(
                            AuthenticationException.class,
                            e -> assertThat(TokenEndpoint.isInvalidGrant(e)).isFalse());
        }
    }

    @Test
    void secretsTheServerEchoesAreRedactedFromTheError() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("refresh_token", "refresh-s3cr3t");
        form.put("registration_code", "registration-s3cr3t");
        form.put("code", "auth-code-s3cr3t");
        server.enqueue(json(
                400,
                "{\"error\":\"invalid_request\",\"error_description\":\"bad refresh-s3cr3t registration-s3cr3t"
                        + " auth-code-s3cr3t " + CLIENT_SECRET + "\"}"));

        assertThatThrownBy(() -> fetch(form)).isInstanceOfSatisfying(AuthenticationException.class, e -> {
            String shown = e.getMessage() + e.rawBody() + e.errors();
            assertThat(shown)
                    .contains("[REDACTED]")
                    .doesNotContain("refresh-s3cr3t")
                    .doesNotContain("registration-s3cr3t")
                    .doesNotContain("auth-code-s3cr3t")
                    .doesNotContain(CLIENT_SECRET);
        });
    }

    @Test
    void aTimeoutShorterThanTheWaitOfARetryEndsTheFetch() {
        server.enqueue(jsonBuilder(503, "{}").setHeader("Retry-After", "20").build());
        server.enqueue(json(200, "{\"access_token\":\"access-1\"}"));

        assertThatThrownBy(() -> TokenEndpoint.fetch(
                        transport(),
                        clock,
                        CLIENT_ID,
                        CLIENT_SECRET,
                        Map.of("grant_type", "client_credentials"),
                        Duration.ofSeconds(10)))
                .isInstanceOf(ServerException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void withoutATimeoutTheClientsDeadlineAllowsTheRetry() {
        server.enqueue(jsonBuilder(503, "{}").setHeader("Retry-After", "20").build());
        server.enqueue(json(200, "{\"access_token\":\"access-1\"}"));

        assertThat(fetch().accessToken()).isEqualTo("access-1");
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(20));
    }

    @Test
    void neitherTheIssuedTokenNorTheAnswerShowsATokenInToString() {
        TokenEndpoint.Issued issued = new TokenEndpoint.Issued("access-s3cr3t", "refresh-s3cr3t", now());
        assertThat(issued.toString()).isEqualTo("Issued([REDACTED], expiresAt=" + now() + ")");
        assertThat(new TokenEndpoint.TokenResponse("access-s3cr3t", "refresh-s3cr3t", 1L, null).toString())
                .isEqualTo("TokenResponse([REDACTED])");
    }

    @Test
    void theTokenEndpointIsRetriedUpToTheClientsMaximumAfterServerErrors() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(500, "{}"));
        }
        server.enqueue(json(200, "{\"access_token\":\"access-1\"}"));

        assertThatThrownBy(this::fetch).isExactlyInstanceOf(ServerException.class);
        // the POST is retried although it has no idempotency key: asking for a token has no side effect
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(sleeper.sleeps()).hasSize(2);
    }
}
