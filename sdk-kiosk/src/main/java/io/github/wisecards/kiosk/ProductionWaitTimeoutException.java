package io.github.wisecards.kiosk;

import io.github.wisecards.core.errors.SdkException;
import io.github.wisecards.kiosk.model.CardProductionStatus;
import java.time.Duration;
import java.util.Optional;

/**
 * A production waiter reached its timeout before the card reached the awaited state. The card's
 * production is not affected: keep listening for the webhook, or wait again.
 */
public class ProductionWaitTimeoutException extends SdkException {
    private static final long serialVersionUID = 1L;

    private final transient CardProductionStatus lastStatus;
    /** The wait timeout that ran out. */
    private final Duration timeout;

    /**
     * Creates the exception; used by the SDK.
     *
     * @param what what was awaited and for which card (token masked)
     * @param timeout the waiter's timeout
     * @param lastStatus the last status observed, or null if none was
     */
    public ProductionWaitTimeoutException(String what, Duration timeout, CardProductionStatus lastStatus) {
        super("Timed out after " + timeout + " waiting for " + what + "; last observed status: "
                + (lastStatus == null ? "none" : lastStatus.status().raw()));
        this.timeout = timeout;
        this.lastStatus = lastStatus;
    }

    /** {@return the last status observed before the timeout, if any poll succeeded} */
    public Optional<CardProductionStatus> lastStatus() {
        return Optional.ofNullable(lastStatus);
    }

    /** {@return the waiter's timeout} */
    public Duration timeout() {
        return timeout;
    }
}
