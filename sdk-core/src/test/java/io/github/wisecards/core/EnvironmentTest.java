package io.github.wisecards.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EnvironmentTest {
    @Test
    void productionAndSandboxHosts() {
        assertThat(Environment.PRODUCTION.apiBaseUrl()).isEqualTo("https://api.wise.com");
        assertThat(Environment.PRODUCTION.cardDataBaseUrl()).isEqualTo("https://twcard.wise.com");
        assertThat(Environment.PRODUCTION.isProduction()).isTrue();
        assertThat(Environment.SANDBOX.apiBaseUrl()).isEqualTo("https://api.wise-sandbox.com");
        assertThat(Environment.SANDBOX.cardDataBaseUrl()).isEqualTo("https://twcard.wise-sandbox.com");
        assertThat(Environment.SANDBOX.isProduction()).isFalse();
    }

    @Test
    void hostsCanBeOverriddenIndependently() {
        Environment api = Environment.PRODUCTION.withApiBaseUrl("https://proxy.example.com/wise/");
        assertThat(api.apiBaseUrl()).isEqualTo("https://proxy.example.com/wise");
        assertThat(api.cardDataBaseUrl()).isEqualTo("https://twcard.wise.com");
        assertThat(api.isProduction()).isTrue();

        Environment cardData = Environment.SANDBOX.withCardDataBaseUrl("http://localhost:9000");
        assertThat(cardData.apiBaseUrl()).isEqualTo("https://api.wise-sandbox.com");
        assertThat(cardData.cardDataBaseUrl()).isEqualTo("http://localhost:9000");

        Environment custom = Environment.custom("http://localhost:1", "http://localhost:2");
        assertThat(custom.isProduction()).isFalse();
        assertThat(custom.cardDataBaseUrl()).isEqualTo("http://localhost:2");
    }

    @Test
    void rejectsUrlsThatAreNotAbsoluteHttp() {
        assertThatThrownBy(() -> Environment.custom("ftp://example.com", "http://localhost"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("apiBaseUrl");
        assertThatThrownBy(() -> Environment.custom("http://localhost", "localhost:8080"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cardDataBaseUrl");
        assertThatThrownBy(() -> Environment.custom("not a url", "http://localhost"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("apiBaseUrl");
    }

    @Test
    void namedEnvironmentsAreCaseInsensitive() {
        assertThat(Environment.named(" Production ")).isSameAs(Environment.PRODUCTION);
        assertThat(Environment.named("SANDBOX")).isSameAs(Environment.SANDBOX);
        assertThatThrownBy(() -> Environment.named("qa")).hasMessageContaining("qa");
    }
}
