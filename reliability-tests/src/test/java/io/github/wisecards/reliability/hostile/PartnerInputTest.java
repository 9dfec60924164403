package io.github.wisecards.reliability.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.Environment;
import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.core.errors.ValidationException;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs the partner controls: header names and values are checked when the options are built
 * (a {@link ValidationException} that never repeats the value), reserved headers are refused,
 * production needs https, and a password in a base URL is never printed.
 */
class PartnerInputTest {
    private static final String SECRET = "sk_live_partner_api_key_42";

    static Stream<String> hostileValues() {
        return Stream.of(
                SECRET + "\r\nX-Injected: 1",
                SECRET + "\n",
                SECRET + "\r",
                SECRET + "\u0000",
                SECRET + "\u00e9",
                SECRET + "\u001b[2J",
                SECRET + "\u2028");
    }

    @ParameterizedTest
    @MethodSource("hostileValues")
    void putHeaderRefusesAHostileValueAtBuildTimeWithoutEchoingIt(String value) {
        assertThatThrownBy(() -> RequestOptions.builder().putHeader("X-Api-Key", value))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("X-Api-Key")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
    }

    @ParameterizedTest
    @MethodSource("hostileValues")
    void putDefaultHeaderRefusesAHostileValueAtBuildTimeWithoutEchoingIt(String value) {
        assertThatThrownBy(() -> ClientOptions.builder().putDefaultHeader("X-Api-Key", value))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("X-Api-Key")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
    }

    @ParameterizedTest
    @MethodSource("hostileValues")
    void idempotencyKeyRefusesAHostileValueWithoutEchoingIt(String value) {
        assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey(value))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Host",
                "content-length",
                "Transfer-Encoding",
                "Authorization",
                "Connection",
                "Content-Type",
                "TE",
                "Upgrade",
                "Proxy-Authorization",
                "Accept-Encoding",
                "User-Agent",
                "X-Idempotence-Uuid",
                "X-External-Correlation-Id"
            })
    void reservedHeaderNamesAreRefusedPerCallAndByDefault(String name) {
        assertThatThrownBy(() -> RequestOptions.builder().putHeader(name, "chunked"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(name);
        assertThatThrownBy(() -> ClientOptions.builder().putDefaultHeader(name, "chunked"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "X Api", "X-Api:", "X-Api\r\nEvil", "X-\u00e9"})
    void invalidHeaderNamesAreRefused(String name) {
        assertThatThrownBy(() -> RequestOptions.builder().putHeader(name, "v")).isInstanceOf(ValidationException.class);
    }

    @Test
    void productionOverPlainHttpIsRefused() {
        assertThatThrownBy(() -> Environment.PRODUCTION.withApiBaseUrl("http://api.wise.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("https");
        assertThatThrownBy(() -> Environment.PRODUCTION.withCardDataBaseUrl("http://twcard.wise.com"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClientOptions.fromEnv(Map.of(
                        "WISE_ACCESS_TOKEN", Hostile.ACCESS_TOKEN,
                        "WISE_ENV", "production",
                        "WISE_API_BASE_URL", "http://proxy.internal:8080")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Environment.PRODUCTION
                        .withApiBaseUrl("https://proxy.internal")
                        .isProduction())
                .isTrue();
    }

    @Test
    void passwordInABaseUrlIsNeverPrinted() {
        String url = "https://partner:hunter2-password@proxy.internal:8443/wise";
        Environment env = Environment.SANDBOX.withApiBaseUrl(url);
        try (CardsClient cards = CardsClient.builder()
                .environment(env)
                .accessToken(Hostile.ACCESS_TOKEN)
                .build()) {
            assertThat(env.toString()).doesNotContain("hunter2").contains("https://proxy.internal:8443/wise");
            assertThat(cards.options().toString()).doesNotContain("hunter2").doesNotContain("partner:");
            assertThat(cards.toString()).doesNotContain("hunter2");
        }
        assertThatThrownBy(() -> Environment.custom("ftp://partner:hunter2@x", "https://x"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
    }
}
