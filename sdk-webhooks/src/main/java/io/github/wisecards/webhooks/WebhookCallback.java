package io.github.wisecards.webhooks;

import io.github.wisecards.webhooks.event.WebhookEvent;

/** Receives each verified webhook event, effectively once; see {@link WebhookHandler}. */
@FunctionalInterface
public interface WebhookCallback {
    /**
     * Processes an event. Throw to signal failure: the handler then releases the event's claim and
     * rethrows, so you can reply with a 5xx and Wise's redelivery is processed.
     *
     * @param event the verified event
     */
    void onEvent(WebhookEvent event);
}
