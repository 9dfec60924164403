package io.github.wisecards.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.core.ClientOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A declarative registration: {@code @ExtendWith} alone gives a running simulator and options. */
@ExtendWith(WiseSimulatorExtension.class)
class WiseSimulatorExtensionExtendWithTest {

    @Test
    void resolvesTheSimulatorAndOptions(WiseSimulator simulator, ClientOptions options) {
        assertThat(options.environment().apiBaseUrl()).isEqualTo(simulator.apiBaseUrl());
        assertThat(new SimHttp(simulator).get(SimHttp.ORDERS).code()).isEqualTo(200);
    }
}
