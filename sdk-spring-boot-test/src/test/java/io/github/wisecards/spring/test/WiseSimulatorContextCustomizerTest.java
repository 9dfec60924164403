package io.github.wisecards.spring.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.testing.WiseSimulator;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;

/** The customizer on a plain application context: which credentials it keeps, and its lifecycle. */
class WiseSimulatorContextCustomizerTest {

    @Test
    void anApplicationWithOAuthClientPropertiesKeepsThemAndGetsNoAccessToken() {
        GenericApplicationContext context = customized(new MockEnvironment()
                .withProperty("wise.auth.client-id", "client-1")
                .withProperty("wise.auth.client-secret", "secret-1"));
        try (WiseSimulator simulator = simulator(context)) {
            assertThat(context.getEnvironment().getProperty("wise.auth.access-token"))
                    .isNull();
            assertThat(context.getEnvironment().getProperty("wise.auth.client-id"))
                    .isEqualTo("client-1");
            assertThat(context.getEnvironment().getProperty("wise.environment")).isEqualTo("custom");
            assertThat(context.getEnvironment().getProperty("wise.api-base-url"))
                    .isEqualTo(simulator.apiBaseUrl());
        }
    }

    @Test
    void anApplicationWithoutCredentialsGetsTheSimulatorsToken() {
        GenericApplicationContext context = customized(new MockEnvironment());
        try (WiseSimulator simulator = simulator(context)) {
            assertThat(context.getEnvironment().getProperty("wise.auth.access-token"))
                    .isEqualTo(WiseSimulatorContextCustomizer.SIMULATOR_TOKEN);
        }
    }

    @Test
    void anApplicationsOwnAccessTokenIsKeptEvenBesideAClient() {
        GenericApplicationContext context = customized(new MockEnvironment()
                .withProperty("wise.auth.access-token", "partner-token")
                .withProperty("wise.auth.client-id", "client-1")
                .withProperty("wise.auth.client-secret", "secret-1"));
        try (WiseSimulator simulator = simulator(context)) {
            assertThat(context.getEnvironment().getProperty("wise.auth.access-token"))
                    .isEqualTo("partner-token");
        }
    }

    @Test
    void theSimulatorStopsWhenItsContextCloses() {
        GenericApplicationContext context = customized(new MockEnvironment());
        context.refresh();
        URI api = URI.create(simulator(context).apiBaseUrl());
        assertThat(connects(api)).isTrue();

        context.close();

        assertThat(connects(api)).isFalse();
    }

    @Test
    void everyInstanceIsTheSameCustomizerForSpringsContextCache() {
        WiseSimulatorContextCustomizer a = new WiseSimulatorContextCustomizer();
        WiseSimulatorContextCustomizer b = new WiseSimulatorContextCustomizer();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(new Object());
        assertThat(a.hashCode()).isEqualTo(WiseSimulatorContextCustomizer.class.hashCode());
        assertThat(a).hasToString("WiseSimulatorContextCustomizer");
    }

    /** Customized but not refreshed: the tests that never refresh it close its simulator themselves. */
    private static GenericApplicationContext customized(MockEnvironment environment) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.setEnvironment(environment);
        new WiseSimulatorContextCustomizer().customizeContext(context, null);
        return context;
    }

    private static WiseSimulator simulator(GenericApplicationContext context) {
        return (WiseSimulator) context.getBeanFactory().getSingleton(WiseSimulatorContextCustomizer.BEAN_NAME);
    }

    private static boolean connects(URI uri) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 2_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
