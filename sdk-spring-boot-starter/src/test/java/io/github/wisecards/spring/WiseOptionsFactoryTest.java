package io.github.wisecards.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.TokenProvider;
import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.errors.ValidationException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The properties-to-options rules, without a Spring context: each rule at its edge. */
@ExtendWith(OutputCaptureExtension.class)
class WiseOptionsFactoryTest {
    private static final String IGNORED = "A TokenProvider bean is defined: the wise.auth.* credentials are ignored";

    private static final Map<String, BiConsumer<WiseProperties, Duration>> DURATIONS = Map.of(
            "wise.timeouts.connect", (p, d) -> p.getTimeouts().setConnect(d),
            "wise.timeouts.read", (p, d) -> p.getTimeouts().setRead(d),
            "wise.timeouts.write", (p, d) -> p.getTimeouts().setWrite(d),
            "wise.timeouts.call", (p, d) -> p.getTimeouts().setCall(d),
            "wise.retries.base-delay", (p, d) -> p.getRetries().setBaseDelay(d),
            "wise.retries.max-delay", (p, d) -> p.getRetries().setMaxDelay(d),
            "wise.retries.max-retry-after", (p, d) -> p.getRetries().setMaxRetryAfter(d));

    private static final Map<String, Function<ClientOptions, Duration>> APPLIED = Map.of(
            "wise.timeouts.connect", ClientOptions::connectTimeout,
            "wise.timeouts.read", ClientOptions::readTimeout,
            "wise.timeouts.write", ClientOptions::writeTimeout,
            "wise.timeouts.call", ClientOptions::callTimeout,
            "wise.retries.base-delay", ClientOptions::retryBaseDelay,
            "wise.retries.max-delay", ClientOptions::retryMaxDelay,
            "wise.retries.max-retry-after", ClientOptions::maxRetryAfter);

    static Stream<String> durationProperties() {
        return DURATIONS.keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("durationProperties")
    void everyDurationPropertyRejectsZeroAndNegativeNamingItselfAndAppliesAPositiveValue(String property) {
        for (Duration bad : List.of(Duration.ZERO, Duration.ofMillis(-1))) {
            WiseProperties p = withToken();
            DURATIONS.get(property).accept(p, bad);
            assertThat(violations(p)).containsExactly(FieldViolation.of(property, "must be positive"));
        }
        WiseProperties p = withToken();
        DURATIONS.get(property).accept(p, Duration.ofSeconds(1));
        assertThat(APPLIED.get(property).apply(build(p))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void maxRetriesMayBeZeroButNotNegative() {
        WiseProperties zero = withToken();
        zero.getRetries().setMaxRetries(0);
        assertThat(build(zero).maxRetries()).isZero();

        WiseProperties negative = withToken();
        negative.getRetries().setMaxRetries(-1);
        assertThat(violations(negative))
                .containsExactly(FieldViolation.of("wise.retries.max-retries", "must be 0 or more"));
    }

    @Test
    void baseDelayMayEqualMaxDelayButNotExceedIt() {
        WiseProperties equal = withToken();
        equal.getRetries().setBaseDelay(Duration.ofSeconds(1));
        equal.getRetries().setMaxDelay(Duration.ofSeconds(1));
        ClientOptions o = build(equal);
        assertThat(o.retryBaseDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(o.retryMaxDelay()).isEqualTo(Duration.ofSeconds(1));

        WiseProperties above = withToken();
        above.getRetries().setBaseDelay(Duration.ofMillis(1001));
        above.getRetries().setMaxDelay(Duration.ofSeconds(1));
        assertThat(violations(above))
                .containsExactly(
                        FieldViolation.of("wise.retries.max-delay", "must be at least wise.retries.base-delay"));
    }

    @Test
    void aLoneBackoffBoundIsCheckedAgainstTheSdkDefaultOfTheOtherNamingItself() {
        WiseProperties maxBelowDefaultBase = withToken();
        maxBelowDefaultBase.getRetries().setMaxDelay(Duration.ofMillis(100));
        assertThat(violations(maxBelowDefaultBase))
                .containsExactly(FieldViolation.of(
                        "wise.retries.max-delay", "must be at least the default wise.retries.base-delay, PT0.5S"));

        WiseProperties baseAboveDefaultMax = withToken();
        baseAboveDefaultMax.getRetries().setBaseDelay(Duration.ofMillis(8001));
        assertThat(violations(baseAboveDefaultMax))
                .containsExactly(FieldViolation.of(
                        "wise.retries.base-delay", "must be at most the default wise.retries.max-delay, PT8S"));

        WiseProperties baseAtDefaultMax = withToken();
        baseAtDefaultMax.getRetries().setBaseDelay(Duration.ofSeconds(8));
        assertThat(build(baseAtDefaultMax).retryBaseDelay()).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void settingOneBackoffBoundKeepsTheSdkDefaultOfTheOther() {
        ClientOptions defaults = build(withToken());

        WiseProperties baseOnly = withToken();
        baseOnly.getRetries().setBaseDelay(Duration.ofMillis(200));
        ClientOptions a = build(baseOnly);
        assertThat(a.retryBaseDelay()).isEqualTo(Duration.ofMillis(200));
        assertThat(a.retryMaxDelay()).isEqualTo(defaults.retryMaxDelay());

        WiseProperties maxOnly = withToken();
        maxOnly.getRetries().setMaxDelay(Duration.ofSeconds(30));
        ClientOptions b = build(maxOnly);
        assertThat(b.retryBaseDelay()).isEqualTo(defaults.retryBaseDelay());
        assertThat(b.retryMaxDelay()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void customWithBothUrlsIsTheCustomEnvironmentWhileSandboxWithBothIsSandboxWithOverrides() {
        WiseProperties custom = withToken();
        custom.setEnvironment(WiseProperties.EnvironmentName.CUSTOM);
        custom.setApiBaseUrl("http://127.0.0.1:8081");
        custom.setCardDataBaseUrl("http://127.0.0.1:8082");
        assertThat(build(custom).environment().name()).isEqualTo("custom");

        WiseProperties sandbox = withToken();
        sandbox.setApiBaseUrl("http://127.0.0.1:8081");
        sandbox.setCardDataBaseUrl("http://127.0.0.1:8082");
        assertThat(build(sandbox).environment().name()).isEqualTo("sandbox+custom-api+custom-card-data");
    }

    @Test
    void aRefreshTokenNeedsAUserWhileClientCredentialsDoNot() {
        WiseProperties userToken = new WiseProperties();
        userToken.getAuth().setClientId("client-1");
        userToken.getAuth().setClientSecret("secret-1");
        userToken.getAuth().setRefreshToken("refresh-1");
        userToken.getAuth().setUser(" ");
        assertThat(violations(userToken)).containsExactly(FieldViolation.of("wise.auth.user", "must not be blank"));

        WiseProperties clientCredentials = new WiseProperties();
        clientCredentials.getAuth().setClientId("client-1");
        clientCredentials.getAuth().setClientSecret("secret-1");
        clientCredentials.getAuth().setUser(null);
        assertThatCode(() -> build(clientCredentials)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"access-token", "client-id", "client-secret", "refresh-token"})
    void aTokenProviderBeanWinsAndAnyCredentialPropertyBesideItIsReportedAsIgnored(
            String property, CapturedOutput output) {
        TokenProvider bean = TokenProvider.staticToken("from-the-bean");
        WiseProperties p = new WiseProperties();
        switch (property) {
            case "access-token" -> p.getAuth().setAccessToken("ignored-1");
            case "client-id" -> p.getAuth().setClientId("ignored-2");
            case "client-secret" -> p.getAuth().setClientSecret("ignored-3");
            default -> p.getAuth().setRefreshToken("ignored-4");
        }
        ClientOptions o = WiseOptionsFactory.build(p, bean, null, Stream.empty());
        assertThat(o.tokenProvider()).isSameAs(bean);
        assertThat(output).contains(IGNORED).doesNotContain("ignored-");
    }

    @Test
    void aTokenProviderBeanAloneIsUsedWithoutAWarning(CapturedOutput output) {
        TokenProvider bean = TokenProvider.staticToken("from-the-bean");
        ClientOptions o = WiseOptionsFactory.build(new WiseProperties(), bean, null, Stream.empty());
        assertThat(o.tokenProvider()).isSameAs(bean);
        assertThat(output).doesNotContain(IGNORED);
    }

    @Test
    void authToStringNamesWhichSecretsAreSetNeverTheirValues() {
        WiseProperties.Auth auth = new WiseProperties.Auth();
        assertThat(auth)
                .hasToString(
                        "Auth{accessToken=null, clientId=null, clientSecret=null, refreshToken=null, user=default}");
        auth.setAccessToken("access-secret-1");
        auth.setClientId("client-1");
        auth.setClientSecret("client-secret-1");
        auth.setRefreshToken("refresh-secret-1");
        assertThat(auth)
                .hasToString("Auth{accessToken=<set>, clientId=client-1, clientSecret=<set>, refreshToken=<set>,"
                        + " user=default}");
    }

    private static WiseProperties withToken() {
        WiseProperties p = new WiseProperties();
        p.getAuth().setAccessToken("test-token");
        return p;
    }

    private static ClientOptions build(WiseProperties p) {
        return WiseOptionsFactory.build(p, null, null, Stream.empty());
    }

    private static List<FieldViolation> violations(WiseProperties p) {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> build(p));
        assertThat(e).as("a ValidationException").isNotNull();
        return e.violations();
    }
}
