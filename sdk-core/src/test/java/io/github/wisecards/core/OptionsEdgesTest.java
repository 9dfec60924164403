package io.github.wisecards.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.core.errors.ValidationException;
import java.time.Duration;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The edges of {@link ClientOptions} and {@link RequestOptions}. */
class OptionsEdgesTest {
    private static ClientOptions.OptionsBuilder builder() {
        return ClientOptions.builder().accessToken("token-1");
    }

    @Test
    void everySetterOfTheClientBuilderReturnsTheBuilder() {
        ClientOptions.OptionsBuilder b = builder();
        ClientOptions options = b.build();

        assertThat(b.apiBaseUrl("https://proxy.example.com")).isSameAs(b);
        assertThat(b.cardDataBaseUrl("https://cards.example.com")).isSameAs(b);
        assertThat(b.applyEnv(Map.of("WISE_ACCESS_TOKEN", "token-2"))).isSameAs(b);
        assertThat(b.from(options)).isSameAs(b);
    }

    @Test
    void aRetryCapEqualToTheBaseIsAllowed() {
        assertThatCode(() -> builder()
                        .retryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1))
                        .build())
                .doesNotThrowAnyException();
    }

    @Test
    void defaultHeadersAreCheckedNameAndValue() {
        assertThatThrownBy(() -> builder().putDefaultHeader("X-Partner", "a\r\nb"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("headers.X-Partner");
    }

    @Test
    void appInfoAcceptsTheEdgesOfVisibleAscii() {
        assertThatCode(() -> builder().appInfo("!", "~")).doesNotThrowAnyException();
        assertThatThrownBy(() -> builder().appInfo("my\u007fapp", "1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clientOptionsShowTheirSettingsButNoToken() {
        ClientOptions own = builder().build();
        ClientOptions custom = builder()
                .environment(Environment.custom("http://localhost:1", "http://localhost:2"))
                .okHttpClient(new OkHttpClient())
                .logPersonalData(true)
                .putDefaultHeader("X-Partner", "p")
                .build();

        assertThat(own.toString())
                .startsWith("ClientOptions{environment=Environment{sandbox, ")
                .contains("tokenProvider=TokenProvider.staticToken([REDACTED])")
                .contains(", okHttpClient=own, ")
                .endsWith(", defaultHeaders=[]}")
                .doesNotContain("token-1");
        assertThat(custom.toString())
                .contains(", okHttpClient=custom, ")
                .endsWith(", defaultHeaders=[X-Partner], logPersonalData=true}");
    }

    @Test
    void requestOptionsAllowZeroRetries() {
        assertThat(RequestOptions.builder().maxRetries(0).build().maxRetries()).hasValue(0);
    }

    @Test
    void toBuilderKeepsEverySettingHeadersIncluded() {
        RequestOptions o = RequestOptions.builder()
                .timeout(Duration.ofSeconds(5))
                .maxRetries(1)
                .idempotencyKey("00000000-0000-4000-8000-000000000001")
                .correlationId("00000000-0000-4000-8000-000000000002")
                .putHeader("X-Partner", "p")
                .user("alice")
                .build();

        RequestOptions copy = o.toBuilder().build();

        assertThat(copy).isEqualTo(o).hasSameHashCodeAs(o);
        assertThat(copy.headers()).containsEntry("X-Partner", "p");
        assertThat(o.hashCode()).isNotEqualTo(RequestOptions.none().hashCode());
    }

    @Test
    void fromEnvWithoutArgumentsReadsTheProcessEnvironment() {
        String token = System.getenv("WISE_ACCESS_TOKEN");
        if (token == null || token.isBlank()) {
            assertThatThrownBy(ClientOptions::fromEnv)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("WISE_ACCESS_TOKEN is not set");
        } else {
            assertThat(ClientOptions.fromEnv()).isNotNull();
        }
    }
}
