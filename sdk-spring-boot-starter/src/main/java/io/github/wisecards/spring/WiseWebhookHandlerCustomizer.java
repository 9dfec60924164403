package io.github.wisecards.spring;

import io.github.wisecards.webhooks.WebhookHandler;

/**
 * Customizes the auto-configured {@link WebhookHandler} after the verifier and the inbox were set:
 * define beans of this type to change the reply budget or add what the builder offers (for
 * example webhook metrics). Customizers run in {@link org.springframework.core.Ordered} order.
 */
@FunctionalInterface
public interface WiseWebhookHandlerCustomizer {
    /**
     * Customizes the handler's builder.
     *
     * @param builder the builder holding the auto-configured verifier and inbox
     */
    void customize(WebhookHandler.Builder builder);
}
