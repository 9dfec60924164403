/**
 * Receiving Wise card webhooks: {@link io.github.wisecards.webhooks.WebhookVerifier} checks the
 * {@code X-Signature-SHA256} signature over the raw body and parses events, {@link
 * io.github.wisecards.webhooks.WebhookHandler} hands each event to your code at most once using
 * a {@link io.github.wisecards.webhooks.SeenKeyStore}, and {@link
 * io.github.wisecards.webhooks.OutOfOrderGuard} spots events that arrive after newer ones.
 */
package io.github.wisecards.webhooks;
