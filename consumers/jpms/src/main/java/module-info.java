/** A partner's application module using the Wise Cards SDK on the module path. */
module com.example.partner.cards {
    requires io.github.wisecards.cards;
    requires io.github.wisecards.kiosk;
    requires io.github.wisecards.webhooks;

    exports com.example.partner.cards;
}
