/**
 * Wise Cards SDK for card orders: {@code CardsClient} and its {@code CardOrderService}, local
 * validation of create parameters and addresses, and the JWE PIN preset.
 */
package io.github.wisecards.cards;
