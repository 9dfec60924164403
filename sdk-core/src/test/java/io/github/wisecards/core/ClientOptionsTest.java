package io.github.wisecards.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.core.internal.HttpResources;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class ClientOptionsTest {
    @Test
    void defaultsMatchTheDocumentation() {
        ClientOptions o = ClientOptions.builder().accessToken("tok-123").build();

        assertThat(o.environment()).isEqualTo(Environment.SANDBOX);
        assertThat(o.maxRetries()).isEqualTo(2);
        assertThat(o.callTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(o.retryBaseDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(o.retryMaxDelay()).isEqualTo(Duration.ofSeconds(8));
        assertThat(o.maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(o.okHttpClient()).isEmpty();
        assertThat(o.appInfo()).isEmpty();
    }

    @Test
    void tokenProviderIsRequired() {
        assertThatThrownBy(() -> ClientOptions.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tokenProvider");
    }

    @Test
    void rejectsInvalidSettingsNamingTheField() {
        assertThatThrownBy(() -> ClientOptions.builder().maxRetries(-1)).hasMessageContaining("maxRetries");
        assertThatThrownBy(() -> ClientOptions.builder().callTimeout(Duration.ZERO))
                .hasMessageContaining("callTimeout");
        assertThatThrownBy(() -> ClientOptions.builder()
                        .accessToken("t")
                        .retryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1))
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("retryMaxDelay");
    }

    @Test
    void fromEnvReadsTokenEnvironmentAndBaseUrls() {
        ClientOptions o = ClientOptions.fromEnv(Map.of(
                        "WISE_ACCESS_TOKEN", "env-token-1",
                        "WISE_ENV", "production",
                        "WISE_CARD_DATA_BASE_URL", "https://cards-proxy.example.com/"))
                .build();

        assertThat(o.environment().isProduction()).isTrue();
        assertThat(o.environment().apiBaseUrl()).isEqualTo("https://api.wise.com");
        assertThat(o.environment().cardDataBaseUrl()).isEqualTo("https://cards-proxy.example.com");
        assertThat(o.tokenProvider().accessToken()).isEqualTo("env-token-1");
        assertThat(o.toString()).doesNotContain("env-token-1");
    }

    @Test
    void fromEnvDefaultsToSandboxAndOverridesTheApiHost() {
        ClientOptions o = ClientOptions.fromEnv(
                        Map.of("WISE_ACCESS_TOKEN", "env-token-1", "WISE_API_BASE_URL", "http://localhost:8080"))
                .build();

        assertThat(o.environment().isProduction()).isFalse();
        assertThat(o.environment().apiBaseUrl()).isEqualTo("http://localhost:8080");
        assertThat(o.environment().cardDataBaseUrl()).isEqualTo("https://twcard.wise-sandbox.com");
    }

    @Test
    void fromEnvRequiresTheTokenAndAKnownEnvironment() {
        assertThatThrownBy(() -> ClientOptions.fromEnv(Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WISE_ACCESS_TOKEN");
        assertThatThrownBy(() -> ClientOptions.fromEnv(Map.of("WISE_ACCESS_TOKEN", "t", "WISE_ENV", "staging")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("staging");
    }

    @Test
    void toBuilderKeepsEverySetting() throws Exception {
        OkHttpClient mine = new OkHttpClient.Builder().build();
        ClientOptions o = ClientOptions.builder()
                .environment(Environment.custom("https://api.example.test", "https://cards.example.test"))
                .accessToken("tok-123")
                .connectTimeout(Duration.ofSeconds(1))
                .readTimeout(Duration.ofSeconds(2))
                .writeTimeout(Duration.ofSeconds(3))
                .callTimeout(Duration.ofSeconds(4))
                .maxRetries(5)
                .retryBackoff(Duration.ofMillis(6), Duration.ofMillis(7))
                .maxRetryAfter(Duration.ofSeconds(8))
                .okHttpClient(mine)
                .appInfo("acme", "1.0")
                .putDefaultHeader("X-Partner", "acme")
                .clock(java.time.Clock.systemDefaultZone())
                .sleeper(d -> {})
                .random(new java.util.Random(9))
                .idempotencyKeyGenerator(() -> "00000000-0000-4000-8000-000000000009")
                .addRequestListener(attempt -> {})
                .logPersonalData(true)
                .build();
        ClientOptions copy = o.toBuilder().build();

        for (java.lang.reflect.Method getter : ClientOptions.class.getDeclaredMethods()) {
            if (Modifier.isPublic(getter.getModifiers())
                    && !Modifier.isStatic(getter.getModifiers())
                    && getter.getParameterCount() == 0
                    && !List.of("toBuilder", "toString").contains(getter.getName())) {
                assertThat(getter.invoke(copy)).as(getter.getName()).isEqualTo(getter.invoke(o));
            }
        }
        assertThat(copy.tokenProvider().accessToken()).isEqualTo("tok-123");
    }

    @Test
    void optionsHoldDataAndNoResources() {
        for (Field f : declaredFields(ClientOptions.class)) {
            assertThat(Modifier.isStatic(f.getModifiers()))
                    .as("static field %s", f.getName())
                    .isFalse();
            assertThat(Modifier.isFinal(f.getModifiers()))
                    .as("final field %s", f.getName())
                    .isTrue();
            assertThat(f.getType().getPackageName())
                    .as("type of %s", f.getName())
                    .doesNotStartWith("io.github.wisecards.core.internal");
            assertThat(f.getType()).isNotIn(ConnectionPool.class, Dispatcher.class);
        }
    }

    /**
     * The fields the source declares: without synthetic ones, nor those a coverage or mutation
     * tool (PIT, JaCoCo) adds when it instruments the class ({@code $}-prefixed).
     */
    private static List<Field> declaredFields(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields())
                .filter(f -> !f.isSynthetic() && !f.getName().startsWith("$"))
                .toList();
    }

    @Test
    void noStaticRegistryReachesOptions() {
        assertThat(declaredFields(HttpResources.class).stream()).noneMatch(f -> Modifier.isStatic(f.getModifiers()));
        assertThat(Arrays.stream(HttpResources.class.getDeclaredMethods()))
                .noneMatch(m -> Arrays.asList(m.getParameterTypes()).contains(ClientOptions.class));
    }

    @Test
    void optionsKeepThePartnersOkHttpClientAsGiven() {
        OkHttpClient mine = new OkHttpClient.Builder().build();
        ClientOptions first = ClientOptions.builder()
                .accessToken("tok-123")
                .okHttpClient(mine)
                .build();
        ClientOptions second = first.toBuilder().build();

        // no client derived from it, no connection made: options only hold the reference
        assertThat(first.okHttpClient()).containsSame(mine);
        assertThat(second.okHttpClient()).containsSame(mine);
        assertThat(mine.connectionPool().connectionCount()).isZero();
        assertThat(ClientOptions.builder().accessToken("tok-123").build().okHttpClient())
                .isEmpty();
    }

    @Test
    void toStringRevealsNoSecret() {
        ClientOptions o = ClientOptions.builder()
                .accessToken("secret-access-token-77")
                .putDefaultHeader("X-Api-Key", "secret-header-value-88")
                .build();

        assertThat(o.toString()).doesNotContain("secret-access-token-77").doesNotContain("secret-header-value-88");
    }
}
