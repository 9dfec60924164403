package io.github.wisecards.benchmarks.coldstart;

import io.github.wisecards.benchmarks.fixture.Fixtures;
import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.cards.model.CardOrder;

/**
 * Case 7, SDK side: a new JVM that builds a default {@code CardsClient}, retrieves one card order
 * and exits. Timed as a whole process by {@code run.sh}.
 */
public final class SdkColdStart {
    private SdkColdStart() {}

    /** Entry point: {@code SdkColdStart <base-url>}. */
    public static void main(String[] args) {
        try (CardsClient cards = CardsClient.builder()
                .apiBaseUrl(args[0])
                .accessToken(Fixtures.ACCESS_TOKEN)
                .build()) {
            CardOrder order = cards.cardOrders().retrieve(Fixtures.PROFILE_ID, Fixtures.CARD_ORDER_ID);
            if (order.id() != Fixtures.CARD_ORDER_ID) {
                throw new IllegalStateException("unexpected card order " + order.id());
            }
        }
    }
}
