/**
 * The Spring Boot starter of the Wise Cards SDK: {@code wise.*} properties ({@link
 * io.github.wisecards.spring.WiseProperties}), the auto-configured clients ({@link
 * io.github.wisecards.spring.WiseAutoConfiguration}), webhook verification and deduplication
 * ({@link io.github.wisecards.spring.WiseWebhooksAutoConfiguration}) with a Spring MVC endpoint that
 * publishes typed events ({@link io.github.wisecards.spring.WiseWebhookEndpoint}), and extension
 * points ({@link io.github.wisecards.spring.WiseClientOptionsCustomizer}, {@link
 * io.github.wisecards.spring.WiseWebhookHandlerCustomizer}).
 */
package io.github.wisecards.spring;
