package io.github.wisecards.spring.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.testing.WiseSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

@SpringBootTest(
        classes = ScratchApp.class,
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "wise.auth.client-id=partner-client",
            "wise.auth.client-secret=partner-secret",
            "wise.auth.refresh-token=partner-refresh",
            "wise.webhooks.path=/hooks/wise",
            "spring.main.banner-mode=off"
        })
@AutoConfigureWiseSimulator
class AutoConfigureWiseSimulatorOAuthTest {
    @Autowired
    CardsClient cards;

    @Autowired
    WiseSimulator simulator;

    @Autowired
    ScratchApp.OrderEvents events;

    @Test
    void applicationsOAuthCredentialsAndWebhookPathAreUsedAgainstTheSimulator() {
        CardOrder order = cards.cardOrders()
                .create(AutoConfigureWiseSimulatorTest.PROFILE_ID, AutoConfigureWiseSimulatorTest.kioskOrder());

        assertThat(simulator.requests("POST", "/oauth/token")).hasSize(1);
        assertThat(events.received).anySatisfy(e -> assertThat(e.orderId()).contains(String.valueOf(order.id())));
        assertThat(simulator.webhooks())
                .allSatisfy(w -> assertThat(w.url())
                        .hasValueSatisfying(u -> assertThat(u).endsWith("/hooks/wise")));
    }
}
