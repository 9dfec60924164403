package io.github.wisecards.spring;

import io.github.wisecards.webhooks.WebhookHandler;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Auto-configures the webhook endpoint in a servlet web application (Spring MVC): a {@link
 * RouterFunction} that routes {@code POST wise.webhooks.path} (default {@code /wise/webhooks}) to
 * the {@link WiseWebhookEndpoint}. Reactive (WebFlux) applications get no endpoint: call the
 * {@link WebhookHandler} bean from your own handler. With Spring Security, permit the path and
 * exempt it from CSRF: the signature authenticates Wise.
 */
@AutoConfiguration(after = WiseWebhooksAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(RouterFunction.class)
@ConditionalOnBean(WebhookHandler.class)
@ConditionalOnProperty(prefix = "wise.webhooks", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(WiseProperties.class)
public class WiseWebhookEndpointAutoConfiguration {
    /** Creates the auto-configuration; Spring calls it. */
    public WiseWebhookEndpointAutoConfiguration() {}

    /**
     * The endpoint.
     *
     * @param handler the webhook handler
     * @param publisher publishes the events
     * @return the endpoint
     */
    @Bean
    @ConditionalOnMissingBean
    public WiseWebhookEndpoint wiseWebhookEndpoint(WebhookHandler handler, ApplicationEventPublisher publisher) {
        return new WiseWebhookEndpoint(handler, publisher);
    }

    /**
     * The route of {@code POST wise.webhooks.path} to the endpoint.
     *
     * @param endpoint the endpoint
     * @param properties the {@code wise.*} properties
     * @return the route
     */
    @Bean
    @ConditionalOnMissingBean(name = "wiseWebhookRoute")
    public RouterFunction<ServerResponse> wiseWebhookRoute(WiseWebhookEndpoint endpoint, WiseProperties properties) {
        return RouterFunctions.route()
                .POST(properties.getWebhooks().getPath(), endpoint)
                .build();
    }
}
