package io.github.wisecards.core.internal.auth;

import io.github.wisecards.core.ApiResponse;
import io.github.wisecards.core.TokenProvider;
import io.github.wisecards.core.errors.ApiError;
import io.github.wisecards.core.errors.ApiException;
import io.github.wisecards.core.errors.AuthenticationException;
import io.github.wisecards.core.internal.ApiRequest;
import io.github.wisecards.core.internal.BindableTokenProvider;
import io.github.wisecards.core.internal.Endpoint;
import io.github.wisecards.core.internal.ExceptionMapper;
import io.github.wisecards.core.internal.HttpStack;
import io.github.wisecards.core.internal.JsonReader;
import io.github.wisecards.core.internal.ResponseDecoder;
import io.github.wisecards.core.internal.RetryMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
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
    /** The token endpoint. Form-encoded, HTTP Basic {@code client_id:client_secret}. */
    static final Endpoint<TokenResponse> TOKEN = Endpoint.builder(
                    "POST", "/oauth/token", ResponseDecoder.reading(TokenResponse.READER))
            .unauthenticated()
            .retryMode(RetryMode.ALWAYS)
            .errorHandler(OAuthTokenProvider::authError)
            .build();

    /**
     * The longest a token is kept before it is fetched again, whatever the server says (Wise's
     * tokens live 12 hours; an {@code expires_in} of {@code Long.MAX_VALUE} must not overflow).
     */
    static final Duration MAX_LIFETIME = Duration.ofHours(24);

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
        String basic =
                Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        Instant requestedAt = clock.instant();
        ApiRequest.Builder<TokenResponse> request = TOKEN.request()
                .formBody(form)
                .header("Authorization", "Basic " + basic)
                .secret(clientSecret);
        if (refreshToken != null) {
            request.secret(refreshToken);
        }
        ApiResponse<TokenResponse> response = stack.execute(request.build());
        TokenResponse r = response.data();
        if (r.accessToken == null || r.accessToken.isBlank()) {
            throw new io.github.wisecards.core.errors.InvalidResponseException(
                    "Token response of POST /oauth/token has no access_token", 200, null, null, null);
        }
        // A token that cannot be sent in a header would fail every call with an untyped error.
        if (!isHeaderSafe(r.accessToken)) {
            throw refused(response, "access_token has characters not allowed in a header (CR, LF, space, non-ASCII)");
        }
        if (r.refreshToken != null && !r.refreshToken.isBlank() && !isHeaderSafe(r.refreshToken)) {
            throw refused(response, "refresh_token has characters not allowed in a form (CR, LF, space, non-ASCII)");
        }
        Instant expiresAt;
        if (r.expiresIn != null) {
            if (r.expiresIn <= 0) {
                throw refused(response, "expires_in is " + r.expiresIn + "; a token must live at least one second");
            }
            expiresAt = requestedAt.plusSeconds(Math.min(r.expiresIn, MAX_LIFETIME.toSeconds()));
        } else if (r.expiresAt != null) {
            expiresAt = parseInstant(r.expiresAt, requestedAt);
            if (!expiresAt.isAfter(requestedAt)) {
                throw refused(response, "expires_at is not in the future");
            }
        } else {
            expiresAt = requestedAt.plus(Duration.ofHours(12));
        }
        if (expiresAt.isAfter(requestedAt.plus(MAX_LIFETIME))) {
            expiresAt = requestedAt.plus(MAX_LIFETIME); // fetched again a day later at the latest
        }
        refreshCount.incrementAndGet();
        if (r.refreshToken != null && !r.refreshToken.isBlank()) {
            refreshToken = r.refreshToken;
        }
        return new Current(r.accessToken, expiresAt);
    }

    /** Returns whether a token is visible ASCII only (no CR, LF, space, control or non-ASCII). */
    private static boolean isHeaderSafe(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Returns the error for a token response the SDK refuses; names the rule, never a token. */
    private static AuthenticationException refused(ApiResponse<TokenResponse> response, String rule) {
        return new AuthenticationException(ApiException.Details.builder()
                .statusCode(response.statusCode())
                .method(TOKEN.method())
                .path(TOKEN.path().template())
                .traceId(response.traceId().orElse(null))
                .errors(List.of(ApiError.of("invalid_token_response", rule, null, null)))
                .headers(response.headers())
                .rawBody("")
                .build());
    }

    private static Instant parseInstant(String text, Instant fallbackBase) {
        try {
            return Instant.parse(text);
        } catch (RuntimeException e) {
            try {
                return java.time.OffsetDateTime.parse(text).toInstant();
            } catch (RuntimeException e2) {
                return fallbackBase.plus(Duration.ofHours(12));
            }
        }
    }

    private static TokenResponse authError(io.github.wisecards.core.internal.ResponseContext r) {
        if (r.statusCode() == 400 || r.statusCode() == 401 || r.statusCode() == 403) {
            ApiException.Details d = ExceptionMapper.details(r);
            throw new AuthenticationException(d);
        }
        return null;
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
            return provider.invalidate(rejectedToken);
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

    /** The token endpoint's answer. */
    static final class TokenResponse {
        final String accessToken;
        final String refreshToken;
        final Long expiresIn;
        final String expiresAt;

        /** Reads the answer with the SDK's one JSON path; other fields (token_type, scope) are skipped. */
        static final JsonReader.Reader<TokenResponse> READER = in -> {
            String accessToken = null;
            String refreshToken = null;
            Long expiresIn = null;
            String expiresAt = null;
            for (String f; (f = in.nextField()) != null; ) {
                switch (f) {
                    case "access_token" -> accessToken = in.string();
                    case "refresh_token" -> refreshToken = in.string();
                    case "expires_in" -> expiresIn = in.longValue();
                    case "expires_at" -> expiresAt = in.string();
                    default -> in.skipValue();
                }
            }
            return new TokenResponse(accessToken, refreshToken, expiresIn, expiresAt);
        };

        TokenResponse(String accessToken, String refreshToken, Long expiresIn, String expiresAt) {
            this.accessToken = accessToken;
            this.refreshToken = refreshToken;
            this.expiresIn = expiresIn;
            this.expiresAt = expiresAt;
        }

        @Override
        public String toString() {
            return "TokenResponse([REDACTED])";
        }
    }
}
