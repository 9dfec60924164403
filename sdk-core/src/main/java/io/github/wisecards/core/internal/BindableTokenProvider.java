package io.github.wisecards.core.internal;

import io.github.wisecards.core.TokenProvider;

/**
 * A built-in token provider that fetches its tokens over HTTP. A client binds it to its own HTTP
 * stack when the client is built ({@link Transport#create}); options never bind anything.
 */
public interface BindableTokenProvider extends TokenProvider {

    /**
     * Returns a view of this provider that fetches tokens through {@code stack}. Every view of one
     * provider shares its tokens and its single refresh in flight, so clients bound to the same
     * provider never refresh twice for one expiry.
     *
     * @param stack the HTTP stack of the client being built
     * @return the provider the client uses
     */
    TokenProvider bind(HttpStack stack);
}
