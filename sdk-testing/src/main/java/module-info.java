/**
 * Test kit of the Wise Cards SDK: an embedded, stateful simulator of the Wise card platform and a
 * JUnit 5 extension that starts it.
 */
module io.github.wisecards.testing {
    requires transitive io.github.wisecards.core;
    requires io.github.wisecards.cards;
    requires io.github.wisecards.kiosk;
    requires transitive org.junit.jupiter.api;
    requires mockwebserver3;
    requires okhttp3;
    requires com.fasterxml.jackson.databind;
    requires com.nimbusds.jose.jwt;
    requires org.slf4j;
    requires jdk.httpserver;

    exports io.github.wisecards.testing;

    uses io.github.wisecards.testing.WiseSimulator.ExchangeObserver;
}
