/** Wise Cards SDK: card order endpoints, address builders and the JWE PIN preset. */
module io.github.wisecards.cards {
    requires transitive io.github.wisecards.core;
    requires com.nimbusds.jose.jwt;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports io.github.wisecards.cards;
    exports io.github.wisecards.cards.model;
    exports io.github.wisecards.cards.internal to
            io.github.wisecards.testing;
}
