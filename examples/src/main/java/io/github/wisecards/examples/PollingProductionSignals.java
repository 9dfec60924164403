package io.github.wisecards.examples;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.core.Sleeper;
import io.github.wisecards.kiosk.KioskClient;
import io.github.wisecards.kiosk.WaitOptions;
import io.github.wisecards.kiosk.model.CardProductionStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Production signals by polling, for when no webhook can reach the demo (the sandbox): the card
 * order until its card token exists, then the SDK's {@code awaitReady} and {@code awaitProduction}
 * waiters.
 */
final class PollingProductionSignals implements ProductionSignals {
    private final CardsClient cards;
    private final KioskClient kiosk;
    private final long profileId;
    private final Narrator narrator;
    private final WaitOptions wait;

    PollingProductionSignals(
            CardsClient cards, KioskClient kiosk, long profileId, Narrator narrator, Duration timeout) {
        this.cards = cards;
        this.kiosk = kiosk;
        this.profileId = profileId;
        this.narrator = narrator;
        this.wait = WaitOptions.builder()
                .timeout(timeout)
                .initialInterval(Duration.ofSeconds(2))
                .maxInterval(Duration.ofSeconds(15))
                .onStatusChange(s -> narrator.say(
                        "polled: kiosk production is %s", s.status().raw()))
                .build();
    }

    @Override
    public String description() {
        return "polling with the SDK's waiters";
    }

    @Override
    public boolean webhooks() {
        return false;
    }

    @Override
    public String awaitReady(long cardOrderId) {
        String cardToken = awaitCardToken(cardOrderId);
        narrator.say("polled: card order %d has card %s", cardOrderId, Narrator.mask(cardToken));
        CardProductionStatus ready = kiosk.cardProductions().awaitReady(profileId, cardToken, wait);
        narrator.say("awaitReady: kiosk production is %s", ready.status().raw());
        return cardToken;
    }

    @Override
    public Optional<ProductionUpdate> awaitInProgress(String cardToken) {
        return Optional.empty();
    }

    @Override
    public ProductionUpdate awaitProductionEnd(String cardToken) {
        return ProductionUpdate.of(kiosk.cardProductions().awaitProduction(profileId, cardToken, wait));
    }

    @Override
    public String awaitOrderStatus(long cardOrderId, String status) {
        pollOrder(cardOrderId, o -> o.status().raw().equals(status), "status " + status);
        return "polled";
    }

    /** Card details are created asynchronously once the requirements are fulfilled. */
    private String awaitCardToken(long cardOrderId) {
        return pollOrder(cardOrderId, o -> o.cardToken().isPresent(), "card details")
                .cardToken()
                .orElseThrow();
    }

    private CardOrder pollOrder(long cardOrderId, Predicate<CardOrder> done, String what) {
        Clock clock = cards.options().clock();
        Sleeper sleeper = cards.options().sleeper();
        Instant deadline = clock.instant().plus(wait.timeout());
        Duration interval = wait.initialInterval();
        while (true) {
            CardOrder order = cards.cardOrders().retrieve(profileId, cardOrderId);
            if (done.test(order)) {
                return order;
            }
            if (order.status().isFinal() || clock.instant().plus(interval).isAfter(deadline)) {
                throw new DemoFailure("card order " + cardOrderId + " did not reach " + what + " (status "
                        + order.status().raw() + ", outstanding requirements: "
                        + cards.cardOrders()
                                .requirements(profileId, cardOrderId)
                                .outstanding() + ")");
            }
            try {
                sleeper.sleep(interval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoFailure("interrupted while waiting for card order " + cardOrderId);
            }
            interval = interval.multipliedBy(2).compareTo(wait.maxInterval()) > 0
                    ? wait.maxInterval()
                    : interval.multipliedBy(2);
        }
    }
}
