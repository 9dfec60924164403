package io.github.wisecards.examples;

import java.util.Optional;

/**
 * How the demo learns that the card is ready and how a kiosk production attempt ended: from
 * verified webhooks when they can reach the demo's receiver (the simulator), else by polling with
 * the SDK's waiters (the sandbox, whose webhooks cannot reach 127.0.0.1).
 */
interface ProductionSignals {
    /** Describes the source, for the narrative. */
    String description();

    /** Returns whether events come from verified webhooks. */
    boolean webhooks();

    /**
     * Waits until the order's card details exist and its kiosk production is {@code READY}.
     *
     * @return the card token
     */
    String awaitReady(long cardOrderId);

    /** Waits for the {@code IN_PROGRESS} signal of a production just started; empty when polling. */
    Optional<ProductionUpdate> awaitInProgress(String cardToken);

    /** Waits until a production attempt ends: {@code PRODUCED}, {@code PRODUCTION_ERROR} or a request error. */
    ProductionUpdate awaitProductionEnd(String cardToken);

    /**
     * Waits until the card order has {@code status}.
     *
     * @return where the news came from, for the narrative
     */
    String awaitOrderStatus(long cardOrderId, String status);
}
