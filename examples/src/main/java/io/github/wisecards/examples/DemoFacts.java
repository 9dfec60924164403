package io.github.wisecards.examples;

import java.util.ArrayList;
import java.util.List;

/** What the demo observed while it ran, collected for its {@link DemoResult}. */
final class DemoFacts {
    String mode = "simulator";
    long cardOrderId = -1;
    String maskedCardToken = "-";
    String orderStatus = "-";
    String productionStatus = "-";
    int createAttempts;
    int ordersForIdempotencyKey = -1;
    final List<String> productionErrors = new ArrayList<>();
    int webhooksProcessed;
    int duplicateWebhooks;
    int rejectedWebhooks;
}
