package io.github.wisecards.spring;

import io.github.wisecards.webhooks.SeenKeyStore;
import io.github.wisecards.webhooks.WebhookHandler;
import io.github.wisecards.webhooks.WebhookVerifier;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configures receiving webhooks ({@code wise.webhooks.enabled}, default true): the {@link
 * WebhookVerifier} (the bundled key of {@code wise.webhooks.environment} plus {@code
 * wise.webhooks.public-keys}), the inbox ({@link SeenKeyStore}: a {@code JdbcSeenKeyStore} on the
 * context's {@code DataSource}, whose table is created only with {@code
 * wise.webhooks.inbox.initialize-schema=true}; an {@code InMemorySeenKeyStore} otherwise, with a
 * startup warning because it deduplicates within one instance only) and the {@link
 * WebhookHandler}, adjusted by {@link WiseWebhookHandlerCustomizer} beans. Every bean backs off
 * when the application defines one of the same type.
 */
@AutoConfiguration(
        after = WiseAutoConfiguration.class,
        afterName = {
            "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"
        })
@ConditionalOnProperty(prefix = "wise.webhooks", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(WiseProperties.class)
public class WiseWebhooksAutoConfiguration {
    /** Creates the auto-configuration; Spring calls it. */
    public WiseWebhooksAutoConfiguration() {}

    /**
     * The signature verifier.
     *
     * @param properties the {@code wise.*} properties
     * @return the verifier
     * @throws io.github.wisecards.core.errors.ValidationException naming an invalid property
     */
    @Bean
    @ConditionalOnMissingBean
    public WebhookVerifier wiseWebhookVerifier(WiseProperties properties) {
        return WebhookBeans.verifier(properties);
    }

    /**
     * The webhook inbox: JDBC when the context has a {@code DataSource} (or {@code
     * wise.webhooks.inbox.store=jdbc}), in memory otherwise.
     *
     * @param properties the {@code wise.*} properties
     * @param dataSource the context's data source, if any
     * @return the inbox
     * @throws io.github.wisecards.core.errors.ValidationException naming an invalid property
     */
    @Bean
    @ConditionalOnMissingBean
    public SeenKeyStore wiseWebhookInbox(WiseProperties properties, ObjectProvider<DataSource> dataSource) {
        return WebhookBeans.inbox(properties.getWebhooks().getInbox(), dataSource.getIfUnique());
    }

    /**
     * The webhook handler: verifies, deduplicates, then runs the callback.
     *
     * @param verifier the verifier
     * @param inbox the inbox
     * @param customizers the customizers, in order
     * @return the handler
     */
    @Bean
    @ConditionalOnMissingBean
    public WebhookHandler wiseWebhookHandler(
            WebhookVerifier verifier, SeenKeyStore inbox, ObjectProvider<WiseWebhookHandlerCustomizer> customizers) {
        WebhookHandler.Builder b = WebhookHandler.builder().verifier(verifier).seenKeyStore(inbox);
        customizers.orderedStream().forEach(c -> c.customize(b));
        return b.build();
    }
}
