/**
 * Kiosk card collection: {@code KioskClient} and its card production service, which sends a card
 * to a kiosk machine, reads its production status, waits for it, and simulates production in the
 * sandbox.
 *
 * <p>Webhooks ({@code cards#card-production-status-change}) are the primary signal of production
 * progress; the waiters poll as a fallback.
 */
package io.github.wisecards.kiosk;
