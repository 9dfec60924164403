/** Core of the Wise Cards SDK: configuration, auth, transport, errors, retries, pagination. */
module io.github.wisecards.core {
    requires transitive okhttp3;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.slf4j;
    requires transitive java.sql; // JdbcUserTokenStore.builder(DataSource)

    exports io.github.wisecards.core;
    exports io.github.wisecards.core.errors;
    exports io.github.wisecards.core.tokens;
    exports io.github.wisecards.core.internal to
            io.github.wisecards.cards,
            io.github.wisecards.kiosk,
            io.github.wisecards.webhooks,
            io.github.wisecards.testing;
}
