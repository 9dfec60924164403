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

    @Test
    void eachEnvironmentHasItsShortName() {
        assertThat(Environment.PRODUCTION.name()).isEqualTo("production");
        assertThat(Environment.SANDBOX.name()).isEqualTo("sandbox");
        assertThat(Environment.custom("http://localhost:1", "http://localhost:2")
                        .name())
                .isEqualTo("custom");
    }

    @Test
    void environmentsWithTheSameHostsAndProductionFlagAreEqual() {
        Environment a = Environment.custom("http://localhost:1/", "http://localhost:2");
        Environment b = Environment.custom("http://localhost:1", "http://localhost:2/");

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(Environment.custom("http://localhost:9", "http://localhost:2"));
        assertThat(a).isNotEqualTo(Environment.custom("http://localhost:1", "http://localhost:9"));
        assertThat(Environment.PRODUCTION)
                .isNotEqualTo(Environment.custom("https://api.wise.com", "https://twcard.wise.com"));
        assertThat(a).isNotEqualTo("http://localhost:1");
        assertThat(a.hashCode()).isNotEqualTo(Environment.SANDBOX.hashCode());
    }

    @Test
    void toStringNamesTheHostsButNeverAUserOrPassword() {
        assertThat(Environment.SANDBOX.toString())
                .isEqualTo("Environment{sandbox, api=https://api.wise-sandbox.com,"
                        + " cardData=https://twcard.wise-sandbox.com}");
        Environment proxied = Environment.custom(
                "https://user:s3cret@proxy.example.com:8443/wise?x=1", "https://u@cards.example.com");

        assertThat(proxied.toString())
                .isEqualTo("Environment{custom, api=https://proxy.example.com:8443/wise?x=1,"
                        + " cardData=https://cards.example.com}");
    }
}
