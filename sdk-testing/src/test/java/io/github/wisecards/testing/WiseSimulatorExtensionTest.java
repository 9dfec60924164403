package io.github.wisecards.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.core.ClientOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A static registration: one simulator for the class, reset before each test. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WiseSimulatorExtensionTest {
    @RegisterExtension
    static final WiseSimulatorExtension wise = new WiseSimulatorExtension(b -> b.firstCardOrderId(5000));

    private static String firstUrl;

    @BeforeAll
    static void rememberTheServer(WiseSimulator simulator) {
        firstUrl = simulator.apiBaseUrl();
    }

    @Test
    @Order(1)
    void injectsTheSimulatorAndOptionsConfiguredForIt(WiseSimulator simulator, ClientOptions options) {
        assertThat(options.environment()).isEqualTo(simulator.environment());
        assertThat(options.tokenProvider().accessToken()).isEqualTo(simulator.accessToken());
        assertThat(wise.simulator()).isSameAs(simulator);
        assertThat(new SimHttp(simulator).createdOrderId(SimHttp.virtualOrder()))
                .isEqualTo(5000L);
    }

    @Test
    @Order(2)
    void sharesTheServerAcrossTestsButResetsItsState(WiseSimulator simulator, ClientOptions.OptionsBuilder builder) {
        assertThat(simulator.apiBaseUrl()).isEqualTo(firstUrl);
        assertThat(simulator.cardOrderIds(SimHttp.PROFILE)).isEmpty();
        assertThat(new SimHttp(simulator).createdOrderId(SimHttp.virtualOrder()))
                .isEqualTo(5000L);
        assertThat(builder.appInfo("partner-tests", "1.0").build().environment())
                .isEqualTo(simulator.environment());
    }
}
