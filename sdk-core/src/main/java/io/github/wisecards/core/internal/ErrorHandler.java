package io.github.wisecards.core.internal;

/**
 * Lets an endpoint read a non-2xx response its own way before the SDK's default mapping, for
 * example the kiosk's 422 that carries a production status.
 *
 * @param <T> the operation's result type
 */
@FunctionalInterface
public interface ErrorHandler<T> {

    /**
     * Handles an error response.
     *
     * @return a result that makes the call succeed, or null to apply the default mapping (which
     *     may retry)
     * @throws RuntimeException an SDK exception that ends the call without retry
     */
    T handle(ResponseContext response);
}
