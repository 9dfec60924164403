package io.github.wisecards.reliability.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.core.TokenProvider;
import io.github.wisecards.core.errors.AuthenticationException;
import io.github.wisecards.core.errors.InvalidResponseException;
import io.github.wisecards.core.testkit.MockServers;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values the server controls: a weak PIN encryption key is refused before the PIN is sent, the
 * token endpoint's lifetimes and token characters are bounded and typed, and decimals with an
 * absurd scale or precision are an invalid response.
 */
class ServerValueTest extends HostileServerBase {
    private static final String TOKEN_PATH = "/oauth/token";

    // item 9: the PIN encryption key

    @ParameterizedTest
    @ValueSource(ints = {512, 1024, 2047})
    void pinKeyUnder2048BitsIsRefusedAndThePinIsNeverSent(int bits) {
        server.enqueue(MockServers.json(200, Hostile.keyBody(bits)));
        server.enqueue(MockServers.json(200, "{\"cardOrderId\":\"142\"}"));
        cards = cardsBuilder().build();

        assertThatThrownBy(() -> cards.cardOrders().presetPin(142L, "4821".toCharArray()))
                .isInstanceOf(InvalidResponseException.class)
                .hasMessageContaining(bits + " bits")
                .hasMessageContaining("2048");
        assertThat(server.getRequestCount()).as("the key fetch only").isEqualTo(1);
    }

    @Test
    void weakPinKeyFailsTheAsyncPresetTypedWithNothingSent() {
        server.enqueue(MockServers.json(200, Hostile.keyBody(1024)));
        cards = cardsBuilder().build();

        assertThatThrownBy(() -> cards.cardOrders()
                        .async()
                        .presetPin(142L, "4821".toCharArray())
                        .join())
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOf(InvalidResponseException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    // item 10: the token endpoint

    private CardsClient refreshingClient() {
        return cardsBuilder()
                .tokenProvider(TokenProvider.refreshing("client-id", "client-secret", "refresh-token"))
                .maxRetries(0)
                .build();
    }

    private static String tokenBody(String accessToken, String expiresIn) {
        return "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"bearer\",\"expires_in\":" + expiresIn + "}";
    }

    private long tokenRequests() throws InterruptedException {
        long n = 0;
        int total = server.getRequestCount();
        for (int i = 0; i < total; i++) {
            RecordedRequest r = server.takeRequest();
            if (r.getTarget().equals(TOKEN_PATH)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void hugeExpiresInIsBoundedNotAnArithmeticExceptionOnEveryCall() throws Exception {
        server.enqueue(MockServers.json(200, tokenBody("good-token-1", String.valueOf(Long.MAX_VALUE))));
        for (int i = 0; i < 3; i++) {
            server.enqueue(MockServers.json(200, Hostile.CARD_ORDER));
        }
        cards = refreshingClient();

        for (int i = 0; i < 3; i++) {
            assertThat(cards.cardOrders().retrieve(Hostile.PROFILE_ID, 142L).id())
                    .isEqualTo(142L);
        }
        assertThat(tokenRequests()).as("one token fetch for three calls").isEqualTo(1);
    }

    @Test
    void hugeExpiresInIsCutToOneDay() throws Exception {
        server.enqueue(MockServers.json(200, tokenBody("good-token-1", "99999999999")));
        server.enqueue(MockServers.json(200, Hostile.CARD_ORDER));
        server.enqueue(MockServers.json(200, tokenBody("good-token-2", "3600")));
        server.enqueue(MockServers.json(200, Hostile.CARD_ORDER));
        cards = refreshingClient();

        cards.cardOrders().retrieve(Hostile.PROFILE_ID, 142L);
        clock.advance(Duration.ofHours(25));
        cards.cardOrders().retrieve(Hostile.PROFILE_ID, 142L);

        assertThat(tokenRequests()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "-9223372036854775808"})
    void expiresInOfZeroOrLessIsATypedAuthenticationError(String expiresIn) {
        server.enqueue(MockServers.json(200, tokenBody("good-token-1", expiresIn)));
        cards = refreshingClient();

        assertThatThrownBy(() -> cards.cardOrders().retrieve(Hostile.PROFILE_ID, 142L))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("expires_in")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("good-token-1"));
        assertThat(server.getRequestCount()).as("no API call with that token").isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"bad\\r\\ntoken-123", "bad\\ntoken-123", "t\\u00e9-token-123", "bad token-123", "bad\\u0000tok"})
    void accessTokenWithCrLfOrNonAsciiIsATypedAuthenticationError(String jsonEscapedToken) {
        server.enqueue(MockServers.json(200, tokenBody(jsonEscapedToken, "3600")));
        cards = refreshingClient();

        assertThatThrownBy(() -> cards.cardOrders().retrieve(Hostile.PROFILE_ID, 142L))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("access_token")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("token-123"));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void customTokenProviderReturningCrLfIsATypedErrorWithNothingSent() {
        cards = cardsBuilder().tokenProvider(() -> "evil\r\nX-Injected: 1").build();

        assertThatThrownBy(() -> cards.cardOrders().retrieve(Hostile.PROFILE_ID, 142L))
                .isInstanceOf(io.github.wisecards.core.errors.SdkException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("evil"));
        assertThat(server.getRequestCount()).isZero();
    }

    // item 11: decimals

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e-999999999", "1e101", "1e-101"})
    void decimalWithAnAbsurdScaleIsAnInvalidResponse(String lifetimeLimit) {
        server.enqueue(MockServers.json(
                200, Hostile.CARD_ORDER.replace("\"lifetimeLimit\":100", "\"lifetimeLimit\":" + lifetimeLimit)));
        cards = cardsBuilder().build();

        assertThatThrownBy(() -> cards.cardOrders().retrieve(Hostile.PROFILE_ID, 142L))
                .isInstanceOf(InvalidResponseException.class);
    }

    @Test
    void decimalWithTooManyDigitsIsAnInvalidResponse() {
        server.enqueue(MockServers.json(
                200, Hostile.CARD_ORDER.replace("\"lifetimeLimit\":100", "\"lifetimeLimit\":" + "9".repeat(101))));
        cards = cardsBuilder().build();

        assertThatThrownBy(() -> cards.cardOrders().retrieve(Hostile.PROFILE_ID, 142L))
                .isInstanceOf(InvalidResponseException.class);
    }

    @Test
    void ordinaryDecimalsAreKeptExactly() {
        server.enqueue(MockServers.json(
                200, Hostile.CARD_ORDER.replace("\"lifetimeLimit\":100", "\"lifetimeLimit\":12345678.901234")));
        cards = cardsBuilder().build();

        assertThat(cards.cardOrders().retrieve(Hostile.PROFILE_ID, 142L).lifetimeLimit())
                .hasValueSatisfying(v -> assertThat(v.toPlainString()).isEqualTo("12345678.901234"));
    }
}
