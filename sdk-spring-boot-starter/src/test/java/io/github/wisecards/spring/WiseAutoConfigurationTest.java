package io.github.wisecards.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.Environment;
import io.github.wisecards.core.RequestListener;
import io.github.wisecards.core.TokenProvider;
import io.github.wisecards.core.errors.ValidationException;
import io.github.wisecards.core.tokens.UserTokenStore;
import io.github.wisecards.kiosk.KioskClient;
import io.github.wisecards.testing.WiseSimulator;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class WiseAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WiseAutoConfiguration.class, WiseWebhooksAutoConfiguration.class));

    @Test
    void optionsComeFromTheProperties() {
        runner.withPropertyValues(
                        "wise.environment=custom",
                        "wise.api-base-url=http://127.0.0.1:8081",
                        "wise.card-data-base-url=http://127.0.0.1:8082",
                        "wise.auth.access-token=test-token",
                        "wise.timeouts.connect=2s",
                        "wise.timeouts.read=3s",
                        "wise.timeouts.write=4s",
                        "wise.timeouts.call=20s",
                        "wise.retries.max-retries=5",
                        "wise.retries.base-delay=100ms",
                        "wise.retries.max-delay=2s",
                        "wise.retries.max-retry-after=30s",
                        "wise.app.name=partner-app",
                        "wise.app.version=1.2.3",
                        "wise.default-headers.X-Partner-Region=eu")
                .run(context -> {
                    ClientOptions o = context.getBean(ClientOptions.class);
                    assertThat(o.environment())
                            .isEqualTo(Environment.custom("http://127.0.0.1:8081", "http://127.0.0.1:8082"));
                    assertThat(o.tokenProvider().accessToken()).isEqualTo("test-token");
                    assertThat(o.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(o.readTimeout()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(o.writeTimeout()).isEqualTo(Duration.ofSeconds(4));
                    assertThat(o.callTimeout()).isEqualTo(Duration.ofSeconds(20));
                    assertThat(o.maxRetries()).isEqualTo(5);
                    assertThat(o.retryBaseDelay()).isEqualTo(Duration.ofMillis(100));
                    assertThat(o.retryMaxDelay()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(o.maxRetryAfter()).isEqualTo(Duration.ofSeconds(30));
                    assertThat(o.appInfo()).contains("partner-app/1.2.3");
                    assertThat(o.defaultHeaders()).containsEntry("X-Partner-Region", "eu");
                    assertThat(context.getBean(CardsClient.class).options()).isSameAs(o);
                    assertThat(context.getBean(KioskClient.class)).isNotNull();
                });
    }

    @Test
    void environmentDefaultsToSandboxAndProductionIsNamed() {
        runner.withPropertyValues("wise.auth.access-token=t")
                .run(context -> assertThat(context.getBean(ClientOptions.class).environment())
                        .isEqualTo(Environment.SANDBOX));
        runner.withPropertyValues("wise.auth.access-token=t", "wise.environment=PRODUCTION")
                .run(context -> assertThat(context.getBean(ClientOptions.class).environment())
                        .isEqualTo(Environment.PRODUCTION));
    }

    @Test
    void refreshTokenPropertiesAuthorizeCallsThroughUserTokens() {
        try (WiseSimulator simulator = WiseSimulator.builder()
                .oauthClient("client-1", "secret-1", "refresh-1")
                .build()
                .start()) {
            runner.withPropertyValues(
                            "wise.environment=custom",
                            "wise.api-base-url=" + simulator.apiBaseUrl(),
                            "wise.card-data-base-url=" + simulator.cardDataBaseUrl(),
                            "wise.auth.client-id=client-1",
                            "wise.auth.client-secret=secret-1",
                            "wise.auth.refresh-token=refresh-1")
                    .run(context -> {
                        CardOrder order = context.getBean(CardsClient.class)
                                .cardOrders()
                                .create(TestBodies.PROFILE_ID, TestBodies.kioskOrder());
                        assertThat(simulator.cardOrderIds(TestBodies.PROFILE_ID))
                                .containsExactly(order.id());
                        assertThat(simulator.requests("POST", "/oauth/token")).hasSize(1);
                    });
        }
    }

    @Test
    void refreshingUserTokensUseTheApplicationsUserTokenStore() {
        UserTokenStore store = UserTokenStore.inMemory();
        try (WiseSimulator simulator = WiseSimulator.builder()
                .oauthClient("client-1", "secret-1", "refresh-1")
                .build()
                .start()) {
            runner.withBean(UserTokenStore.class, () -> store)
                    .withPropertyValues(
                            "wise.environment=custom",
                            "wise.api-base-url=" + simulator.apiBaseUrl(),
                            "wise.card-data-base-url=" + simulator.cardDataBaseUrl(),
                            "wise.auth.client-id=client-1",
                            "wise.auth.client-secret=secret-1",
                            "wise.auth.refresh-token=refresh-1",
                            "wise.auth.user=partner-owner")
                    .run(context -> {
                        context.getBean(CardsClient.class)
                                .cardOrders()
                                .create(TestBodies.PROFILE_ID, TestBodies.kioskOrder());
                        assertThat(store.read("partner-owner")).isPresent();
                    });
        }
    }

    @Test
    void clientIdAndSecretWithoutRefreshTokenUseClientCredentials() {
        runner.withPropertyValues("wise.auth.client-id=client-1", "wise.auth.client-secret=secret-1")
                .run(context -> assertThat(context.getBean(ClientOptions.class)
                                .tokenProvider()
                                .toString())
                        .doesNotContain("secret-1")
                        .isNotEmpty());
    }

    @Test
    void tokenProviderBeanWinsOverTheProperties() {
        TokenProvider mine = TokenProvider.staticToken("from-bean");
        runner.withBean(TokenProvider.class, () -> mine)
                .withPropertyValues("wise.auth.access-token=from-properties")
                .run(context -> assertThat(context.getBean(ClientOptions.class).tokenProvider())
                        .isSameAs(mine));
    }

    @Test
    void missingCredentialsFailTheStartupNamingTheProperties() {
        runner.run(context -> assertThat(context)
                .getFailure()
                .rootCause()
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("wise.auth.access-token")
                .hasMessageContaining("wise.auth.client-id")
                .hasMessageContaining("TokenProvider bean"));
    }

    @Test
    void clientIdWithoutSecretFailsNamingWiseAuthClientSecret() {
        runner.withPropertyValues("wise.auth.client-id=client-1", "wise.auth.refresh-token=refresh-secret-value")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(ValidationException.class)
                        .hasMessageContaining("wise.auth.client-secret: must be set with wise.auth.client-id")
                        .hasMessageNotContaining("refresh-secret-value"));
    }

    @Test
    void accessTokenAndOAuthPropertiesTogetherFailWithoutEchoingEitherSecret() {
        runner.withPropertyValues(
                        "wise.auth.access-token=access-secret-value",
                        "wise.auth.client-id=client-1",
                        "wise.auth.client-secret=client-secret-value")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(ValidationException.class)
                        .hasMessageContaining("wise.auth.access-token: set either")
                        .hasMessageNotContaining("access-secret-value")
                        .hasMessageNotContaining("client-secret-value"));
    }

    @Test
    void customEnvironmentNeedsBothBaseUrls() {
        runner.withPropertyValues("wise.auth.access-token=t", "wise.environment=custom")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("wise.api-base-url: must be set when wise.environment=custom")
                        .hasMessageContaining("wise.card-data-base-url: must be set when wise.environment=custom"));
    }

    @Test
    void malformedValuesAreAllReportedAtOnceNamingEachProperty() {
        runner.withPropertyValues(
                        "wise.auth.access-token=t",
                        "wise.api-base-url=not a url",
                        "wise.timeouts.read=0s",
                        "wise.retries.max-retries=-1",
                        "wise.retries.base-delay=5s",
                        "wise.retries.max-delay=1s",
                        "wise.app.version=1.0")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(ValidationException.class)
                        .hasMessageContaining("wise.api-base-url: must be an absolute http or https URL")
                        .hasMessageContaining("wise.timeouts.read: must be positive")
                        .hasMessageContaining("wise.retries.max-retries: must be 0 or more")
                        .hasMessageContaining("wise.retries.max-delay: must be at least wise.retries.base-delay")
                        .hasMessageContaining("wise.app.name: must be set when wise.app.version is set"));
    }

    @Test
    void customizersAdjustTheOptionsAfterTheProperties() {
        RequestListener listener = attempt -> {};
        runner.withPropertyValues("wise.auth.access-token=t", "wise.retries.max-retries=5")
                .withBean(
                        WiseClientOptionsCustomizer.class,
                        () -> b -> b.addRequestListener(listener).maxRetries(1))
                .run(context -> {
                    ClientOptions o = context.getBean(ClientOptions.class);
                    assertThat(o.requestListeners()).contains(listener);
                    assertThat(o.maxRetries()).isEqualTo(1);
                });
    }

    @Test
    void clientsAreClosedWhenTheContextCloses() {
        AtomicInteger checked = new AtomicInteger();
        CardsClient[] cards = new CardsClient[1];
        runner.withPropertyValues("wise.auth.access-token=t").run(context -> {
            cards[0] = context.getBean(CardsClient.class);
            cards[0].withOptions(o -> {}).close(); // open: deriving works
            checked.incrementAndGet();
        });
        assertThat(checked).hasValue(1);
        assertThatThrownBy(() -> cards[0].withOptions(o -> {})).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void eachClientBeanBacksOffWhenTheApplicationDefinesOne() {
        runner.withPropertyValues("wise.auth.access-token=t")
                .withUserConfiguration(OwnClients.class)
                .run(context -> {
                    assertThat(context.getBean(ClientOptions.class)).isSameAs(OwnClients.OPTIONS);
                    assertThat(context.getBeansOfType(CardsClient.class)).containsOnlyKeys("myCards");
                    assertThat(context.getBeansOfType(KioskClient.class)).containsOnlyKeys("myKiosk");
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnClients {
        static final ClientOptions OPTIONS =
                ClientOptions.builder().accessToken("mine").build();

        @Bean
        ClientOptions myOptions() {
            return OPTIONS;
        }

        @Bean(destroyMethod = "close")
        CardsClient myCards() {
            return CardsClient.create(OPTIONS);
        }

        @Bean(destroyMethod = "close")
        KioskClient myKiosk() {
            return KioskClient.create(OPTIONS);
        }
    }
}
