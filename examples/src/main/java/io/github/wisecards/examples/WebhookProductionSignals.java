package io.github.wisecards.examples;

import io.github.wisecards.kiosk.model.ProductionStatus;
import io.github.wisecards.webhooks.WebhookCallback;
import io.github.wisecards.webhooks.event.CardOrderStatusChangeEvent;
import io.github.wisecards.webhooks.event.CardProductionStatusChangeEvent;
import io.github.wisecards.webhooks.event.WebhookEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Production signals from verified webhooks: the receiver's callback records each event (fast, so
 * the receiver answers 200 at once) and the demo's thread waits for the one it needs. Each event
 * is used once, so a second production attempt never matches the first attempt's events.
 */
final class WebhookProductionSignals implements ProductionSignals, WebhookCallback {
    private final Narrator narrator;
    private final Duration timeout;
    private final List<WebhookEvent> events = new ArrayList<>();
    private final List<Boolean> used = new ArrayList<>();

    WebhookProductionSignals(Narrator narrator, Duration timeout) {
        this.narrator = narrator;
        this.timeout = timeout;
    }

    @Override
    public synchronized void onEvent(WebhookEvent event) {
        events.add(event);
        used.add(false);
        notifyAll();
    }

    /** Returns how many distinct events were received. */
    synchronized int received() {
        return events.size();
    }

    @Override
    public String description() {
        return "verified webhooks";
    }

    @Override
    public boolean webhooks() {
        return true;
    }

    @Override
    public String awaitReady(long cardOrderId) {
        CardOrderStatusChangeEvent created = await(
                CardOrderStatusChangeEvent.class,
                e -> e.orderId().equals(Optional.of(String.valueOf(cardOrderId)))
                        && e.orderStatus().raw().equals("CARD_DETAILS_CREATED"),
                "card order " + cardOrderId + " CARD_DETAILS_CREATED");
        String cardToken = created.resource()
                .cardToken()
                .orElseThrow(() -> new DemoFailure("the CARD_DETAILS_CREATED webhook carries no card token"));
        narrator.say(
                "webhook: card order %d is CARD_DETAILS_CREATED, card %s (verified, delivery %s)",
                cardOrderId,
                Narrator.mask(cardToken),
                created.envelope().deliveryId().orElse("<none>"));
        ProductionUpdate ready = production(cardToken, s -> s.equals(ProductionStatus.READY), "READY");
        narrator.say("webhook: kiosk production is %s (%s)", ready.status().raw(), ready.source());
        return cardToken;
    }

    @Override
    public Optional<ProductionUpdate> awaitInProgress(String cardToken) {
        ProductionUpdate update = production(cardToken, s -> s.equals(ProductionStatus.IN_PROGRESS), "IN_PROGRESS");
        narrator.say("webhook: kiosk production is %s (%s)", update.status().raw(), update.source());
        return Optional.of(update);
    }

    @Override
    public ProductionUpdate awaitProductionEnd(String cardToken) {
        return production(
                cardToken,
                s -> s.equals(ProductionStatus.PRODUCED)
                        || s.equals(ProductionStatus.PRODUCTION_ERROR)
                        || s.equals(ProductionStatus.REQUEST_ERROR),
                "PRODUCED, PRODUCTION_ERROR or REQUEST_ERROR");
    }

    @Override
    public String awaitOrderStatus(long cardOrderId, String status) {
        CardOrderStatusChangeEvent event = await(
                CardOrderStatusChangeEvent.class,
                e -> e.orderId().equals(Optional.of(String.valueOf(cardOrderId)))
                        && e.orderStatus().raw().equals(status),
                "card order " + cardOrderId + " " + status);
        return "verified webhook, delivery " + event.envelope().deliveryId().orElse("<none>");
    }

    private ProductionUpdate production(String cardToken, Predicate<ProductionStatus> status, String what) {
        CardProductionStatusChangeEvent event = await(
                CardProductionStatusChangeEvent.class,
                e -> e.resource().cardToken().equals(Optional.of(cardToken)) && status.test(e.status()),
                "kiosk production " + what);
        return ProductionUpdate.of(event);
    }

    private synchronized <T extends WebhookEvent> T await(Class<T> type, Predicate<T> matches, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (int i = 0; i < events.size(); i++) {
                WebhookEvent event = events.get(i);
                if (!used.get(i) && type.isInstance(event) && matches.test(type.cast(event))) {
                    used.set(i, true);
                    return type.cast(event);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new DemoFailure("no webhook for " + what + " within " + timeout.toSeconds() + " s");
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoFailure("interrupted while waiting for a webhook for " + what);
            }
        }
    }
}
