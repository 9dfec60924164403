package io.github.wisecards.spring.test;

import io.github.wisecards.webhooks.event.CardOrderStatusChangeEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/** A partner's application: the starter, properties, and a listener of card order events. */
@SpringBootConfiguration
@EnableAutoConfiguration
class ScratchApp {
    @Bean
    OrderEvents orderEvents() {
        return new OrderEvents();
    }

    /** Records the card order events the application received. */
    static class OrderEvents {
        final List<CardOrderStatusChangeEvent> received = new CopyOnWriteArrayList<>();

        @EventListener
        void on(CardOrderStatusChangeEvent e) {
            received.add(e);
        }
    }
}
