package io.github.wisecards.core.internal.auth;

import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.TokenProvider;
import io.github.wisecards.core.internal.Transport;
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
 */
public final class OAuthTokenProvider implements BindableTokenProvider {
    private final String grantType;
    private final String clientId;
    private final String clientSecret;
    private final Duration refreshAhead;
    private final Transport transport;
    private final Clock clock;
    private final Object lock = new Object();

    private volatile String refreshToken;
    private volatile Current current;
    private final java.util.concurrent.atomic.AtomicLong refreshCount = new java.util.concurrent.atomic.AtomicLong();

    private OAuthTokenProvider(
            String grantType,
            String clientId,
            String clientSecret,
            String refreshToken,
            Duration refreshAhead,
            Transport transport,
            Clock clock) {
        this.grantType = grantType;
        this.clientId = nonBlank(clientId, "clientId");
        this.clientSecret = nonBlank(clientSecret, "clientSecret");
        this.refreshToken = refreshToken;
        this.refreshAhead = Objects.requireNonNull(refreshAhead, "refreshAhead");
        if (refreshAhead.isNegative()) {
            throw new IllegalArgumentException("refreshAhead: must not be negative");
        }
        this.transport = transport;
        this.clock = clock;
    }

    /** Returns an unbound refresh-token provider. */
    public static OAuthTokenProvider refreshToken(
            String clientId, String clientSecret, String refreshToken, Duration refreshAhead) {
        return new OAuthTokenProvider(
                "refresh_token",
                clientId,
                clientSecret,
                nonBlank(refreshToken, "refreshToken"),
                refreshAhead,
                null,
                null);
    }

    /** Returns an unbound client-credentials provider. */
    public static OAuthTokenProvider clientCredentials(String clientId, String clientSecret, Duration refreshAhead) {
        return new OAuthTokenProvider("client_credentials", clientId, clientSecret, null, refreshAhead, null, null);
    }

    @Override
    public TokenProvider bind(ClientOptions options, Transport transport) {
        if (this.transport != null) {
            return this;
        }
        return new OAuthTokenProvider(
                grantType, clientId, clientSecret, refreshToken, refreshAhead, transport, options.clock());
    }

    @Override
    public String accessToken() {
        if (transport == null) {
            throw new IllegalStateException("this token provider is used through ClientOptions, not directly");
        }
        Current c = current;
        if (c != null && fresh(c)) {
            return c.token;
        }
        synchronized (lock) {
            c = current;
            if (c != null && fresh(c)) {
                return c.token;
            }
            Current next = fetch();
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

    private boolean fresh(Current c) {
        return clock.instant().isBefore(c.expiresAt.minus(refreshAhead));
    }

    private Current fetch() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", grantType);
        if (refreshToken != null) {
            form.put("refresh_token", refreshToken);
        }
        TokenEndpoint.Issued issued = TokenEndpoint.fetch(transport, clock, clientId, clientSecret, form, null);
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

    private record Current(String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "Token([REDACTED], expiresAt=" + expiresAt + ")";
        }
    }
}
