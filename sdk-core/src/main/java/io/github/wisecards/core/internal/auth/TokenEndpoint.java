package io.github.wisecards.core.internal.auth;

import io.github.wisecards.core.ApiResponse;
import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.core.errors.ApiError;
import io.github.wisecards.core.errors.ApiException;
import io.github.wisecards.core.errors.AuthenticationException;
import io.github.wisecards.core.errors.InvalidResponseException;
import io.github.wisecards.core.internal.ApiRequest;
import io.github.wisecards.core.internal.Endpoint;
import io.github.wisecards.core.internal.ExceptionMapper;
import io.github.wisecards.core.internal.HttpStack;
import io.github.wisecards.core.internal.JsonReader;
import io.github.wisecards.core.internal.ResponseContext;
import io.github.wisecards.core.internal.ResponseDecoder;
import io.github.wisecards.core.internal.RetryMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /oauth/token}: sends one grant (form-encoded, HTTP Basic {@code
 * client_id:client_secret}) and checks the answer, for every token provider of the SDK.
 */
public final class TokenEndpoint {
    /** The token endpoint. */
    static final Endpoint<TokenResponse> TOKEN = Endpoint.builder(
                    "POST", "/oauth/token", ResponseDecoder.reading(TokenResponse.READER))
            .unauthenticated()
            .retryMode(RetryMode.ALWAYS)
            .errorHandler(TokenEndpoint::authError)
            .build();

    /**
     * The longest a token is kept before it is fetched again, whatever the server says (Wise's
     * tokens live 12 hours; an {@code expires_in} of {@code Long.MAX_VALUE} must not overflow).
     */
    static final Duration MAX_LIFETIME = Duration.ofHours(24);

    /** The form fields whose values are secrets, redacted wherever the server echoes them. */
    private static final List<String> SECRET_FIELDS = List.of("refresh_token", "registration_code", "code");

    /**
     * A token the endpoint issued. {@code refreshToken} is null when the answer had none.
     *
     * @param accessToken the access token
     * @param refreshToken the refresh token, or null
     * @param expiresAt when the access token expires
     */
    public record Issued(String accessToken, String refreshToken, Instant expiresAt) {
        @Override
        public String toString() {
            return "Issued([REDACTED], expiresAt=" + expiresAt + ")";
        }
    }

    private TokenEndpoint() {}

    /**
     * Sends {@code form} and returns the issued token.
     *
     * @param timeout the call's deadline, or null for the client's
     * @throws AuthenticationException when Wise refuses the grant or the client (400, 401, 403) or
     *     answers a token the SDK cannot use
     */
    public static Issued fetch(
            HttpStack stack,
            Clock clock,
            String clientId,
            String clientSecret,
            Map<String, String> form,
            Duration timeout) {
        String basic =
                Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        Instant requestedAt = clock.instant();
        ApiRequest.Builder<TokenResponse> request = TOKEN.request()
                .formBody(form)
                .header("Authorization", "Basic " + basic)
                .secret(clientSecret);
        for (String field : SECRET_FIELDS) {
            String value = form.get(field);
            if (value != null) {
                request.secret(value);
            }
        }
        if (timeout != null) {
            request.options(RequestOptions.builder().timeout(timeout).build());
        }
        ApiResponse<TokenResponse> response = stack.execute(request.build());
        TokenResponse r = response.data();
        if (r.accessToken == null || r.accessToken.isBlank()) {
            throw new InvalidResponseException(
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
        String refreshToken = r.refreshToken == null || r.refreshToken.isBlank() ? null : r.refreshToken;
        return new Issued(r.accessToken, refreshToken, expiresAt);
    }

    /** Returns whether Wise refused the grant itself ({@code invalid_grant}), not the client. */
    public static boolean isInvalidGrant(AuthenticationException e) {
        return e.errors().stream()
                .anyMatch(x -> x.code().filter("invalid_grant"::equals).isPresent());
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
                return OffsetDateTime.parse(text).toInstant();
            } catch (RuntimeException e2) {
                return fallbackBase.plus(Duration.ofHours(12));
            }
        }
    }

    private static TokenResponse authError(ResponseContext r) {
        if (r.statusCode() == 400 || r.statusCode() == 401 || r.statusCode() == 403) {
            throw new AuthenticationException(ExceptionMapper.details(r));
        }
        return null;
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
