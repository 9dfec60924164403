/**
 * Card order models: card orders, card programs, addresses with country-aware builders,
 * requirements, create parameters and the open enums the API uses.
 */
package io.github.wisecards.cards.model;
