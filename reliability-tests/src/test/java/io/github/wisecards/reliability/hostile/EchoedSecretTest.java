package io.github.wisecards.reliability.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.wisecards.core.TokenProvider;
import io.github.wisecards.core.errors.ApiError;
import io.github.wisecards.core.errors.ApiException;
import io.github.wisecards.core.errors.AuthenticationException;
import io.github.wisecards.core.errors.NotFoundException;
import io.github.wisecards.core.errors.PermissionDeniedException;
import io.github.wisecards.core.testkit.LogCapture;
import io.github.wisecards.core.testkit.MockServers;
import org.junit.jupiter.api.Test;

/**
 * A server that echoes secrets in its error text: every value the SDK knows is secret (access
 * token, refresh token, client secret, card tokens it sent) and every UUID-shaped card token is
 * redacted before it reaches an exception (message, errors, raw body) or a log line (DEBUG and
 * TRACE).
 */
class EchoedSecretTest extends HostileServerBase {
    private static final String OTHER_CARD_TOKEN = "11111111-2222-4333-8444-555566667777";
    private static final String CLIENT_SECRET = "hostile-client-secret-9f8e7d";
    private static final String REFRESH_TOKEN = "hostile-refresh-token-a1b2c3";

    private static void assertNowhere(ApiException e, String logs, String... secrets) {
        for (String secret : secrets) {
            assertThat(e.getMessage()).doesNotContain(secret);
            assertThat(e.toString()).doesNotContain(secret);
            assertThat(e.rawBody()).doesNotContain(secret);
            for (ApiError error : e.errors()) {
                assertThat(error.toString()).doesNotContain(secret);
            }
            assertThat(logs).doesNotContain(secret);
        }
    }

    @Test
    void cardTokenEchoedInA404IsMaskedInTheExceptionAndTheLogs() {
        server.enqueue(MockServers.json(
                404,
                "{\"errors\":[{\"code\":\"card.not.found\",\"message\":\"Card " + Hostile.CARD_TOKEN
                        + " not found\",\"arguments\":[\"" + Hostile.CARD_TOKEN + "\"]}]}"));
        kiosk = kioskBuilder().build();

        NotFoundException e;
        String logs;
        try (LogCapture capture = LogCapture.start("io.github.wisecards")) {
            e = catchThrowableOfType(
                    NotFoundException.class,
                    () -> kiosk.cardProductions().retrieve(Hostile.PROFILE_ID, Hostile.CARD_TOKEN));
            logs = capture.text();
        }
        assertThat(e).isNotNull();
        assertNowhere(e, logs, Hostile.CARD_TOKEN);
        assertThat(e.getMessage()).contains("Card [REDACTED] not found");
        assertThat(logs).contains("Card [REDACTED] not found");
    }

    @Test
    void accessTokenAndOtherCardTokensEchoedInA403AreRedacted() {
        server.enqueue(MockServers.json(
                403,
                "{\"error\":\"forbidden\",\"error_description\":\"token " + Hostile.ACCESS_TOKEN + " may not read card "
                        + OTHER_CARD_TOKEN + "\"}"));
        cards = cardsBuilder().build();

        PermissionDeniedException e;
        String logs;
        try (LogCapture capture = LogCapture.start("io.github.wisecards")) {
            e = catchThrowableOfType(
                    PermissionDeniedException.class, () -> cards.cardOrders().retrieve(Hostile.PROFILE_ID, 142L));
            logs = capture.text();
        }
        assertThat(e).isNotNull();
        assertNowhere(e, logs, Hostile.ACCESS_TOKEN, OTHER_CARD_TOKEN);
        assertThat(e.getMessage()).contains("token [REDACTED] may not read card ****7777");
    }

    @Test
    void refreshTokenAndClientSecretEchoedByTheTokenEndpointAreRedacted() {
        server.enqueue(MockServers.json(
                400,
                "{\"error\":\"invalid_grant\",\"error_description\":\"refresh token " + REFRESH_TOKEN
                        + " is not valid for client secret " + CLIENT_SECRET + "\"}"));
        cards = cardsBuilder()
                .tokenProvider(TokenProvider.refreshing("client-id", CLIENT_SECRET, REFRESH_TOKEN))
                .build();

        AuthenticationException e;
        String logs;
        try (LogCapture capture = LogCapture.start("io.github.wisecards")) {
            e = catchThrowableOfType(
                    AuthenticationException.class, () -> cards.cardOrders().retrieve(Hostile.PROFILE_ID, 142L));
            logs = capture.text();
        }
        assertThat(e).isNotNull();
        assertNowhere(e, logs, REFRESH_TOKEN, CLIENT_SECRET);
    }
}
