/** Wise Cards SDK webhooks: signature verification, typed card events and exactly-once handling. */
module io.github.wisecards.webhooks {
    requires transitive io.github.wisecards.core;
    requires transitive io.github.wisecards.cards;
    requires transitive io.github.wisecards.kiosk;
    requires transitive java.sql;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports io.github.wisecards.webhooks;
    exports io.github.wisecards.webhooks.event;
}
