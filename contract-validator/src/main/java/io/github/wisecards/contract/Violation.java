package io.github.wisecards.contract;

import java.util.Objects;

/**
 * One way an HTTP exchange breaks the contract.
 *
 * @param operationId the contract's operation, for example {@code cardOrderCreate}, or {@code
 *     (none)} when no operation matches
 * @param pointer where: a JSON pointer into the message, rooted at its part, for example {@code
 *     /request/header/X-idempotence-uuid}, {@code /request/body/address/country} or {@code
 *     /response/body/cardOrders/0/status}
 * @param rule the contract rule that failed, for example {@code format}, {@code required}, {@code
 *     enum}, {@code type}
 * @param detail what was wrong, for people
 */
public record Violation(String operationId, String pointer, String rule, String detail) {
    /** Checks that every part is present. */
    public Violation {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return operationId + " " + pointer + " [" + rule + "] " + detail;
    }
}
