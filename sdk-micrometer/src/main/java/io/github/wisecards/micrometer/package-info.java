/**
 * Micrometer metrics and observations for the Wise Cards SDK.
 *
 * <p>{@link io.github.wisecards.micrometer.MicrometerRequestListener} records each call as a
 * Micrometer {@code Observation} named {@code wise.client.requests} (a timer through the registry's
 * meter handler, a span through Micrometer Tracing), each HTTP attempt as the timer {@code
 * wise.client.attempts}, and counts retries ({@code wise.client.retries}) and rate limits ({@code
 * wise.client.rate.limited}). {@link io.github.wisecards.micrometer.MicrometerWebhookListener}
 * records webhook deliveries. Tags are low-cardinality only: the operation's method and path
 * template, status, exception class, outcome; never an id, a token or a card token. Wise's trace id
 * and the correlation id are high-cardinality key values of the call's observation (span
 * attributes), never tags.
 */
package io.github.wisecards.micrometer;
