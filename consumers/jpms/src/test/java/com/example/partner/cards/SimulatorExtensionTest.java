package com.example.partner.cards;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.testing.WiseSimulator;
import io.github.wisecards.testing.WiseSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's two-line partner test, run from inside a named module. */
class SimulatorExtensionTest {
    private static final long PROFILE_ID = 123456L;

    @RegisterExtension
    static final WiseSimulatorExtension wise = new WiseSimulatorExtension();

    @Test
    void extensionResolvesTheSimulatorAndOptionsInsideANamedModule(WiseSimulator simulator, ClientOptions options) {
        CardOrder order = Quickstart.orderKioskCard(options, PROFILE_ID);

        assertThat(Quickstart.class.getModule().getName()).isEqualTo("com.example.partner.cards");
        assertThat(simulator.cardOrderStatus(order.id())).isEqualTo("PLACED");
    }
}
