package io.github.wisecards.spring.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.cards.model.CardOrderCreateParams;
import io.github.wisecards.cards.model.DeliveryOption;
import io.github.wisecards.testing.SentWebhook;
import io.github.wisecards.testing.WiseSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

@SpringBootTest(
        classes = ScratchApp.class,
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"wise.auth.access-token=partner-token", "spring.main.banner-mode=off"})
@AutoConfigureWiseSimulator
class AutoConfigureWiseSimulatorTest {
    static final long PROFILE_ID = 123456L;

    @Autowired
    CardsClient cards;

    @Autowired
    WiseSimulator simulator;

    @Autowired
    ScratchApp.OrderEvents events;

    @Test
    void cardOrderCreatedOnTheSimulatorArrivesAsAVerifiedSpringEvent() {
        CardOrder order = cards.cardOrders().create(PROFILE_ID, kioskOrder());

        assertThat(simulator.cardOrderIds(PROFILE_ID)).contains(order.id());
        assertThat(simulator.webhooks("cards#card-order-status-change"))
                .isNotEmpty()
                .allSatisfy(w -> assertThat(w.responseStatus()).isEqualTo(200));
        assertThat(events.received).anySatisfy(e -> assertThat(e.orderId()).contains(String.valueOf(order.id())));
    }

    @Test
    void laterStatusChangesAreDeliveredToTheApplicationsEndpoint() {
        CardOrder order = cards.cardOrders().create(PROFILE_ID, kioskOrder());
        simulator.advanceCardOrder(order.id(), "CANCELLED");

        assertThat(events.received).anySatisfy(e -> {
            assertThat(e.orderId()).contains(String.valueOf(order.id()));
            assertThat(e.orderStatus().raw()).isEqualTo("CANCELLED");
        });
        assertThat(simulator.webhooks())
                .extracting(SentWebhook::url)
                .allSatisfy(url ->
                        assertThat(url).hasValueSatisfying(u -> assertThat(u).endsWith("/wise/webhooks")));
    }

    static CardOrderCreateParams kioskOrder() {
        return CardOrderCreateParams.builder()
                .program("VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API")
                .cardHolderName("John Smith")
                .embossedName("JOHN SMITH")
                .phoneNumber("+441234567890")
                .address(Address.other("GB")
                        .firstLine("56 Shoreditch High St")
                        .city("London")
                        .postCode("E1 6JJ")
                        .build())
                .deliveryOption(DeliveryOption.KIOSK_COLLECTION)
                .build();
    }
}
