/** Kiosk card production for the Wise Cards SDK: produce, status, waiters and sandbox simulation. */
module io.github.wisecards.kiosk {
    requires transitive io.github.wisecards.core;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports io.github.wisecards.kiosk;
    exports io.github.wisecards.kiosk.model;
}
