package io.github.wisecards.examples;

import java.util.List;
import java.util.Optional;

/**
 * What a run of {@link KioskFlowDemo} achieved.
 *
 * @param success whether every step did what it should
 * @param mode {@code simulator} or {@code sandbox}
 * @param failure what went wrong, when not successful
 * @param cardOrderId the card order's ID, or -1 if none was created
 * @param orderStatus the card order's last retrieved status, for example {@code PRODUCED}
 * @param productionStatus the last kiosk production status, for example {@code PRODUCED}
 * @param createAttempts the HTTP attempts the SDK needed for the first create
 * @param ordersForIdempotencyKey the orders the simulator created for the create's idempotency
 *     key, or -1 against the sandbox (not observable)
 * @param productionErrors the production error codes met on the way, in order
 * @param webhooksProcessed verified webhook events handed to the demo (0 against the sandbox)
 * @param duplicateWebhooks verified deliveries acknowledged as duplicates
 * @param rejectedWebhooks deliveries rejected by the verifier
 * @param summary the one-line summary the demo printed last
 */
public record DemoResult(
        boolean success,
        String mode,
        Optional<String> failure,
        long cardOrderId,
        String orderStatus,
        String productionStatus,
        int createAttempts,
        int ordersForIdempotencyKey,
        List<String> productionErrors,
        int webhooksProcessed,
        int duplicateWebhooks,
        int rejectedWebhooks,
        String summary) {

    /** Copies the list. */
    public DemoResult {
        productionErrors = List.copyOf(productionErrors);
    }

    /** Returns the process exit code: 0 on success, 1 otherwise. */
    public int exitCode() {
        return success ? 0 : 1;
    }

    static DemoResult of(DemoFacts f, Optional<String> failure, String summary) {
        return new DemoResult(
                failure.isEmpty(),
                f.mode,
                failure,
                f.cardOrderId,
                f.orderStatus,
                f.productionStatus,
                f.createAttempts,
                f.ordersForIdempotencyKey,
                f.productionErrors,
                f.webhooksProcessed,
                f.duplicateWebhooks,
                f.rejectedWebhooks,
                summary);
    }
}
