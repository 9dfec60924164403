/** Wise Cards SDK metrics and observations through Micrometer: calls, attempts and webhooks. */
module io.github.wisecards.micrometer {
    requires transitive io.github.wisecards.core;
    requires transitive io.github.wisecards.webhooks;
    requires transitive micrometer.core;
    requires transitive micrometer.observation;
    requires transitive micrometer.commons;

    exports io.github.wisecards.micrometer;
}
