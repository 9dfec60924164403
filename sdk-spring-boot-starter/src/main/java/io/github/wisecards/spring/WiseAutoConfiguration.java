package io.github.wisecards.spring;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.TokenProvider;
import io.github.wisecards.core.tokens.UserTokenStore;
import io.github.wisecards.kiosk.KioskClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configures the SDK's clients from the {@code wise.*} properties: {@link ClientOptions},
 * {@link CardsClient} and {@link KioskClient}, each closed when the context closes.
 *
 * <p>Authentication comes from a {@link TokenProvider} bean when the application defines one,
 * otherwise from {@code wise.auth.*}. A refreshing user token ({@code client-id}, {@code
 * client-secret}, {@code refresh-token}) goes through {@link io.github.wisecards.core.tokens.UserTokens}
 * and a {@link UserTokenStore} bean when there is one (share a {@code JdbcUserTokenStore} between
 * instances: Wise may rotate the refresh token), in memory otherwise. {@link
 * WiseClientOptionsCustomizer} beans adjust the options last. Every bean backs off when the
 * application defines one of the same type.
 */
@AutoConfiguration
@EnableConfigurationProperties(WiseProperties.class)
public class WiseAutoConfiguration {
    /** Creates the auto-configuration; Spring calls it. */
    public WiseAutoConfiguration() {}

    /**
     * The client options, from the properties, then the customizers.
     *
     * @param properties the {@code wise.*} properties
     * @param tokenProvider the application's token provider, if any
     * @param userTokenStore the application's user token store, if any
     * @param customizers the customizers, in order
     * @return the options
     * @throws io.github.wisecards.core.errors.ValidationException naming every invalid property
     */
    @Bean
    @ConditionalOnMissingBean
    public ClientOptions wiseClientOptions(
            WiseProperties properties,
            ObjectProvider<TokenProvider> tokenProvider,
            ObjectProvider<UserTokenStore> userTokenStore,
            ObjectProvider<WiseClientOptionsCustomizer> customizers) {
        return WiseOptionsFactory.build(
                properties, tokenProvider.getIfUnique(), userTokenStore.getIfUnique(), customizers.orderedStream());
    }

    /**
     * The card orders client, closed with the context.
     *
     * @param options the client options
     * @return the client
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public CardsClient wiseCardsClient(ClientOptions options) {
        return CardsClient.create(options);
    }

    /**
     * The kiosk collection client, closed with the context.
     *
     * @param options the client options
     * @return the client
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public KioskClient wiseKioskClient(ClientOptions options) {
        return KioskClient.create(options);
    }
}
