package io.github.wisecards.core.internal.auth;

import io.github.wisecards.core.TokenProvider;
import io.github.wisecards.core.internal.BindableTokenProvider;
import io.github.wisecards.core.internal.HttpStack;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Tokens from {@code POST /oauth/token}: a user token refreshed with a refresh token, or an
 * application token from client credentials.
 *
 * <p>Refreshes on the calling thread when the token is within {@code refreshAhead} of expiry;
 * concurrent callers wait for the one refresh in flight (single flight) instead of starting
 * their own. Wise's refresh tokens stay valid until their own expiry, so a refresh whose answer
 * was lost can be retried; when Wise returns a new refresh token it replaces the old one.
 *
 * <p>The tokens live in this instance, not in a client: every client bound to it ({@link
 * #bind(HttpStack)}, done when the client is built) shares them and the single refresh in flight,
 * and each refresh goes through the HTTP stack of the client whose call needed it.
 */
public final class OAuthTokenProvider implements BindableTokenProvider {
    private final String grantType;
    private final String clientId;
    private final String clientSecret;
    private final Duration refreshAhead;
    private final Object lock = new Object();

    private volatile String refreshToken;
    private volatile Current current;
    private final java.util.concurrent.atomic.AtomicLong refreshCount = new java.util.concurrent.atomic.AtomicLong();

    private OAuthTokenProvider(
            String grantType, String clientId, String clientSecret, String refreshToken, Duration refreshAhead) {
        this.grantType = grantType;
        this.clientId = nonBlank(clientId, "clientId");
        this.clientSecret = nonBlank(clientSecret, "clientSecret");
        this.refreshToken = refreshToken;
        this.refreshAhead = Objects.requireNonNull(refreshAhead, "refreshAhead");
        if (refreshAhead.isNegative()) {
            throw new IllegalArgumentException("refreshAhead: must not be negative");
        }
    }

    /** Returns an unbound refresh-token provider. */
    public static OAuthTokenProvider refreshToken(
            String clientId, String clientSecret, String refreshToken, Duration refreshAhead) {
        return new OAuthTokenProvider(
                "refresh_token", clientId, clientSecret, nonBlank(refreshToken, "refreshToken"), refreshAhead);
    }

    /** Returns an unbound client-credentials provider. */
    public static OAuthTokenProvider clientCredentials(String clientId, String clientSecret, Duration refreshAhead) {
        return new OAuthTokenProvider("client_credentials", clientId, clientSecret, null, refreshAhead);
    }

    @Override
    public TokenProvider bind(HttpStack stack) {
        return new Bound(this, Objects.requireNonNull(stack, "stack"));
    }

    /**
     * Refuses: the provider fetches tokens over a client's HTTP stack, so it is used through a
     * client built with it.
     *
     * @throws IllegalStateException always
     */
    @Override
    public String accessToken() {
        throw new IllegalStateException("this token provider is used through a client built with it, not directly");
    }

    private String accessToken(HttpStack stack) {
        Clock clock = stack.clock();
        Current c = current;
        if (c != null && fresh(c, clock)) {
            return c.token;
        }
        synchronized (lock) {
            c = current;
            if (c != null && fresh(c, clock)) {
                return c.token;
            }
            Current next = fetch(stack, clock);
            current = next;
            return next.token;
        }
    }

    @Override
    public boolean invalidate(String rejectedToken) {
        synchronized (lock) {
            Current c = current;
            if (c != null && c.token.equals(rejectedToken)) {
                current = null;
            }
        }
        return true;
    }

    /** Returns how many tokens this provider has fetched; for tests and metrics. */
    public long refreshCount() {
        return refreshCount.get();
    }

    private boolean fresh(Current c, Clock clock) {
        return clock.instant().isBefore(c.expiresAt.minus(refreshAhead));
    }

    private Current fetch(HttpStack stack, Clock clock) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", grantType);
        if (refreshToken != null) {
            form.put("refresh_token", refreshToken);
        }
        TokenEndpoint.Issued issued = TokenEndpoint.fetch(stack, clock, clientId, clientSecret, form, null);
        refreshCount.incrementAndGet();
        if (issued.refreshToken() != null) {
            refreshToken = issued.refreshToken();
        }
        return new Current(issued.accessToken(), issued.expiresAt());
    }

    private static String nonBlank(String s, String field) {
        Objects.requireNonNull(s, field);
        if (s.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
        return s;
    }

    @Override
    public String toString() {
        return "TokenProvider." + ("refresh_token".equals(grantType) ? "refreshing" : "clientCredentials")
                + "(clientId=" + clientId + ", clientSecret=[REDACTED]"
                + (refreshToken == null ? "" : ", refreshToken=[REDACTED]") + ")";
    }

    /** This provider as one client uses it: its tokens, fetched over that client's HTTP stack. */
    private record Bound(OAuthTokenProvider provider, HttpStack stack) implements TokenProvider {
        @Override
        public String accessToken() {
            return provider.accessToken(stack);
        }

        @Override
        public boolean invalidate(String rejectedToken) {
            provider.invalidate(rejectedToken);
            return true; // a fresh token is always worth one retry
        }

        @Override
        public String toString() {
            return provider.toString();
        }
    }

    private record Current(String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "Token([REDACTED], expiresAt=" + expiresAt + ")";
        }
    }
}
