package io.github.wisecards.core.internal;

/** When an endpoint's failed attempts may be retried. */
public enum RetryMode {
    /** GET, PUT and DELETE always; POST only when it carries an idempotency key. */
    AUTO,
    /** Always: the operation has no side effect (address validation) or is safe to repeat. */
    ALWAYS
}
