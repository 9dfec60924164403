package io.github.wisecards.core.internal.auth;

import io.github.wisecards.core.TokenProvider;
import java.util.Objects;

/** Always supplies the same token. */
public final class StaticTokenProvider implements TokenProvider {
    private final String token;

    /**
     * Creates the provider.
     *
     * @throws IllegalArgumentException if the token is blank or has whitespace inside
     */
    public StaticTokenProvider(String token) {
        Objects.requireNonNull(token, "accessToken");
        String t = token.trim();
        if (t.isEmpty() || t.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f)) {
            throw new IllegalArgumentException("accessToken: must be non-blank printable ASCII without spaces");
        }
        this.token = t;
    }

    @Override
    public String accessToken() {
        return token;
    }

    @Override
    public String toString() {
        return "TokenProvider.staticToken([REDACTED])";
    }
}
