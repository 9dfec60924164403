package com.example.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.testing.WiseSimulator;
import org.junit.jupiter.api.Test;

class QuickstartTest {
    private static final long PROFILE_ID = 123456L;

    @Test
    void quickstartOrdersAKioskCardOnTheSimulator() {
        try (WiseSimulator simulator = WiseSimulator.builder().build().start()) {
            CardOrder order = Quickstart.orderKioskCard(simulator.clientOptions().build(), PROFILE_ID);

            assertThat(order.status().raw()).isEqualTo("PLACED");
            assertThat(simulator.cardOrderIds(PROFILE_ID)).containsExactly(order.id());
        }
    }
}
