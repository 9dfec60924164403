package io.github.wisecards.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.FakeClock;
import io.github.wisecards.testing.WiseSimulator;
import java.lang.reflect.Method;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class WiseHealthTest {
    private static final String KEY_PATH = "/twcard-data/v1/clientSideEncryption/fetchEncryptingKey";
    private static final String BOOT4_INDICATOR = "org.springframework.boot.health.contributor.HealthIndicator";
    private static final String BOOT3_INDICATOR = "org.springframework.boot.actuate.health.HealthIndicator";

    private final FakeClock clock = new FakeClock();

    @Test
    void upWhenTheApiHostAnswersAndAnApplicationTokenIsObtainable() {
        try (WiseSimulator simulator = WiseSimulator.builder()
                        .oauthClient("client-1", "secret-1", "refresh-1")
                        .build()
                        .start();
                CardsClient cards = CardsClient.create(ClientOptions.builder()
                        .environment(simulator.environment())
                        .tokenProvider(io.github.wisecards.core.TokenProvider.clientCredentials("client-1", "secret-1"))
                        .build())) {
            WiseHealthCheck.Result result = check(cards).check();

            assertThat(result.details())
                    .containsEntry("environment", "custom")
                    .containsEntry(
                            "apiHost",
                            java.net.URI.create(simulator.apiBaseUrl()).getHost())
                    .containsEntry("apiHostReachable", true)
                    .containsEntry("token", "obtained");
            assertThat(result.up()).isTrue();
            assertThat(simulator.requests("POST", "/oauth/token")).hasSize(1);
        }
    }

    @Test
    void downWhenTheTokenIsRefusedWithoutShowingTheToken() {
        try (WiseSimulator simulator = WiseSimulator.started();
                CardsClient cards = CardsClient.create(ClientOptions.builder()
                        .environment(simulator.environment())
                        .accessToken("revoked-token-value")
                        .build())) {
            WiseHealthCheck.Result result = check(cards).check();

            assertThat(result.up()).isFalse();
            assertThat(result.details()).containsEntry("token", "refused");
            assertThat(result.details().toString()).doesNotContain("revoked-token-value");
        }
    }

    @Test
    void downWhenTheApiHostIsUnreachable() {
        WiseSimulator simulator = WiseSimulator.started();
        io.github.wisecards.core.Environment stopped = simulator.environment();
        simulator.close();
        try (CardsClient cards = CardsClient.create(
                ClientOptions.builder().environment(stopped).accessToken("t").build())) {
            WiseHealthCheck.Result result = check(cards).check();

            assertThat(result.up()).isFalse();
            assertThat(result.details()).containsEntry("apiHostReachable", false);
        }
    }

    @Test
    void resultIsReusedUntilTheCacheTtlPasses() {
        try (WiseSimulator simulator = WiseSimulator.started();
                CardsClient cards = CardsClient.create(simulator.clientOptions().build())) {
            WiseHealthCheck check = check(cards);

            WiseHealthCheck.Result first = check.check();
            clock.advance(Duration.ofSeconds(29));
            assertThat(check.check()).isSameAs(first);
            assertThat(simulator.requests("GET", KEY_PATH)).hasSize(1);

            clock.advance(Duration.ofSeconds(1));
            assertThat(check.check().up()).isTrue();
            assertThat(simulator.requests("GET", KEY_PATH)).hasSize(2);
        }
    }

    @Test
    void indicatorOfTheRunningBootVersionReportsUp() throws Exception {
        String indicatorType = present(BOOT4_INDICATOR) ? BOOT4_INDICATOR : BOOT3_INDICATOR;
        try (WiseSimulator simulator = WiseSimulator.started()) {
            runner(simulator).run(context -> {
                Object indicator = context.getBean("wiseHealthIndicator");
                assertThat(Class.forName(indicatorType)).isInstanceOf(Class.class);
                assertThat(Class.forName(indicatorType).isInstance(indicator)).isTrue();
                Object health = Class.forName(indicatorType).getMethod("health").invoke(indicator);
                Method status = health.getClass().getMethod("getStatus");
                Object code =
                        status.invoke(health).getClass().getMethod("getCode").invoke(status.invoke(health));
                assertThat(code).isEqualTo("UP");
            });
        }
    }

    @Test
    void managementHealthWiseEnabledFalseRemovesTheIndicator() {
        try (WiseSimulator simulator = WiseSimulator.started()) {
            runner(simulator)
                    .withPropertyValues("management.health.wise.enabled=false")
                    .run(context -> assertThat(context).doesNotHaveBean("wiseHealthIndicator"));
        }
    }

    @Test
    void negativeCacheTtlFailsNamingTheProperty() {
        try (WiseSimulator simulator = WiseSimulator.started()) {
            runner(simulator)
                    .withPropertyValues("wise.health.cache-ttl=-1s")
                    .run(context -> assertThat(context)
                            .getFailure()
                            .rootCause()
                            .hasMessageContaining("wise.health.cache-ttl: must be zero or more"));
        }
    }

    @Test
    void zeroTimeoutFailsNamingTheProperty() {
        try (WiseSimulator simulator = WiseSimulator.started()) {
            runner(simulator)
                    .withPropertyValues("wise.health.timeout=0s")
                    .run(context -> assertThat(context)
                            .getFailure()
                            .rootCause()
                            .hasMessageContaining("wise.health.timeout: must be positive"));
        }
    }

    private WiseHealthCheck check(CardsClient cards) {
        return new WiseHealthCheck(cards, Duration.ofSeconds(2), Duration.ofSeconds(30), clock);
    }

    private static ApplicationContextRunner runner(WiseSimulator simulator) {
        return new ApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(WiseAutoConfiguration.class, WiseHealthAutoConfiguration.class))
                .withPropertyValues(
                        "wise.environment=custom",
                        "wise.api-base-url=" + simulator.apiBaseUrl(),
                        "wise.card-data-base-url=" + simulator.cardDataBaseUrl(),
                        "wise.auth.access-token=sim-access-token");
    }

    private static boolean present(String className) {
        try {
            Class.forName(className);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
