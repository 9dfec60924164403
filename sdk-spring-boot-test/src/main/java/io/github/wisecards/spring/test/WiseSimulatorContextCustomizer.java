package io.github.wisecards.spring.test;

import io.github.wisecards.testing.WiseSimulator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts a simulator for one application context, points {@code wise.*} at it, and registers the
 * application's webhook endpoint with it once the web server is up.
 */
final class WiseSimulatorContextCustomizer implements ContextCustomizer {
    private static final Logger LOG = LoggerFactory.getLogger(WiseSimulatorContextCustomizer.class);
    static final String BEAN_NAME = "wiseSimulator";
    static final String PROPERTY_SOURCE = "wiseSimulator";
    static final String SIMULATOR_TOKEN = "wise-simulator-access-token";

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
        ConfigurableEnvironment env = context.getEnvironment();
        Map<String, Object> properties = new LinkedHashMap<>();
        WiseSimulator.Builder builder = WiseSimulator.builder();
        String accessToken = property(env, "wise.auth.access-token");
        String clientId = property(env, "wise.auth.client-id");
        String clientSecret = property(env, "wise.auth.client-secret");
        String refreshToken = property(env, "wise.auth.refresh-token");
        if (clientId != null && clientSecret != null && accessToken == null) {
            builder.oauthClient(
                    clientId, clientSecret, refreshToken != null ? refreshToken : "simulator-refresh-token");
        } else {
            // The application's token, or one for an application whose test sets no credentials.
            builder.accessToken(accessToken != null ? accessToken : SIMULATOR_TOKEN);
            if (accessToken == null) {
                properties.put("wise.auth.access-token", SIMULATOR_TOKEN);
            }
        }
        WiseSimulator simulator = builder.build().start();
        properties.put("wise.environment", "custom");
        properties.put("wise.api-base-url", simulator.apiBaseUrl());
        properties.put("wise.card-data-base-url", simulator.cardDataBaseUrl());
        properties.put("wise.webhooks.public-keys[0]", simulator.webhookPublicKeyPem());
        env.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
        context.getBeanFactory().registerSingleton(BEAN_NAME, simulator);
        context.addApplicationListener((ApplicationListener<ContextRefreshedEvent>) event -> {
            if (event.getApplicationContext() == context) {
                registerWebhookUrl(simulator, env);
            }
        });
        context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> {
            if (event.getApplicationContext() == context) {
                simulator.close();
            }
        });
    }

    /** Once the web server listens: its port is {@code local.server.port} on Boot 3 and 4. */
    private static void registerWebhookUrl(WiseSimulator simulator, ConfigurableEnvironment env) {
        String port = env.getProperty("local.server.port");
        if (port == null || port.equals("0")) {
            LOG.info("No web server port: the Wise simulator records its webhooks without delivering them");
            return;
        }
        String contextPath = env.getProperty("server.servlet.context-path", "");
        String path = env.getProperty("wise.webhooks.path", "/wise/webhooks");
        simulator.registerWebhookUrl("http://127.0.0.1:" + port + trimSlash(contextPath) + path);
    }

    private static String trimSlash(String contextPath) {
        return contextPath.endsWith("/") ? contextPath.substring(0, contextPath.length() - 1) : contextPath;
    }

    private static String property(ConfigurableEnvironment env, String name) {
        String value = env.getProperty(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WiseSimulatorContextCustomizer;
    }

    @Override
    public int hashCode() {
        return WiseSimulatorContextCustomizer.class.hashCode();
    }

    @Override
    public String toString() {
        return "WiseSimulatorContextCustomizer";
    }
}
