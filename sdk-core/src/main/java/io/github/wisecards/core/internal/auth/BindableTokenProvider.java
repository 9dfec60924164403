package io.github.wisecards.core.internal.auth;

import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.TokenProvider;
import io.github.wisecards.core.internal.Transport;

/** A built-in provider that needs the client's HTTP stack; bound when options are built. */
public interface BindableTokenProvider extends TokenProvider {

    /**
     * Returns a provider that fetches tokens through {@code transport} in the options' environment.
     */
    TokenProvider bind(ClientOptions options, Transport transport);
}
