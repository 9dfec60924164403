package io.github.wisecards.examples.boot;

import io.github.wisecards.webhooks.event.CardOrderStatusChangeEvent;
import io.github.wisecards.webhooks.event.CardProductionStatusChangeEvent;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Receives the card webhooks, verified and deduplicated by the starter's endpoint, as Spring
 * events. A real backend would update its own records here (quickly: Wise waits 5 s for the
 * answer); this one keeps them in memory to show them.
 */
@Component
public class CardEvents {
    private final List<CardOrderStatusChangeEvent> orders = new CopyOnWriteArrayList<>();
    private final List<CardProductionStatusChangeEvent> productions = new CopyOnWriteArrayList<>();

    @EventListener
    void on(CardOrderStatusChangeEvent event) {
        orders.add(event);
    }

    @EventListener
    void on(CardProductionStatusChangeEvent event) {
        productions.add(event);
    }

    /**
     * Returns the statuses a card order went through, in the order received.
     *
     * @param cardOrderId the order
     * @return its statuses, as Wise sent them
     */
    public List<String> orderStatuses(long cardOrderId) {
        return orders.stream()
                .filter(e -> e.orderId().equals(Optional.of(Long.toString(cardOrderId))))
                .map(e -> e.orderStatus().raw())
                .collect(Collectors.toList());
    }

    /**
     * Returns the card token of an order, once its card details exist.
     *
     * @param cardOrderId the order
     * @return the card token, from the order's webhooks
     */
    public Optional<String> cardToken(long cardOrderId) {
        return orders.stream()
                .filter(e -> e.orderId().equals(Optional.of(Long.toString(cardOrderId))))
                .map(e -> e.resource().cardToken())
                .flatMap(Optional::stream)
                .findFirst();
    }

    /**
     * Returns the kiosk production statuses of a card, in the order received.
     *
     * @param cardToken the card
     * @return its production statuses, as Wise sent them
     */
    public List<String> productionStatuses(String cardToken) {
        return productions.stream()
                .filter(e -> e.resource().cardToken().equals(Optional.of(cardToken)))
                .map(e -> e.status().raw())
                .collect(Collectors.toList());
    }
}
