/**
 * Webhook events: the sealed {@link io.github.wisecards.webhooks.event.WebhookEvent} hierarchy
 * with a typed class per card event type, {@link
 * io.github.wisecards.webhooks.event.UnknownWebhookEvent} for everything else, and the {@link
 * io.github.wisecards.webhooks.event.WebhookEnvelope} every event carries.
 */
package io.github.wisecards.webhooks.event;
