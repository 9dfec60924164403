package io.github.wisecards.webhooks;

/**
 * Observes every delivery a {@link WebhookHandler} handles, for metrics: verified and processed,
 * duplicate, in progress elsewhere, rejected (with the reason) or failed, and how long it took.
 *
 * <p>Called once per {@code handle}/{@code handleInTransaction} call, on the thread that handled
 * it, after the outcome is known and before the handler returns or throws. Implementations must be
 * thread-safe and fast; an exception thrown by a listener is logged and ignored.
 *
 * <pre>{@code
 * WebhookHandler handler = WebhookHandler.builder()
 *     .verifier(verifier)
 *     .addListener(delivery -> log.info("webhook {} {}", delivery.eventType().orElse("-"),
 *             delivery.result()))
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface WebhookListener {
    /**
     * Reports one handled delivery.
     *
     * @param delivery what happened to it; never holds the body or the signature
     */
    void onDelivery(WebhookDelivery delivery);
}
