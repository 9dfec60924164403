package io.github.wisecards.core;

import io.github.wisecards.core.internal.auth.OAuthTokenProvider;
import io.github.wisecards.core.internal.auth.StaticTokenProvider;
import java.time.Duration;

/**
 * Supplies the bearer token sent in {@code Authorization} on every call.
 *
 * <p>Built-in providers:
 *
 * <ul>
 *   <li>{@link #staticToken(String)}: a user access token you manage yourself;
 *   <li>{@link #refreshing(String, String, String)}: a user token refreshed through {@code POST
 *       /oauth/token} ({@code grant_type=refresh_token}) shortly before it expires;
 *   <li>{@link #clientCredentials(String, String)}: an application token ({@code
 *       grant_type=client_credentials}), fetched again shortly before it expires.
 * </ul>
 *
 * <p>The refreshing providers refresh on the calling thread, never on a timer, and only one
 * thread refreshes at a time: N threads that need a token at once cause one refresh. After a
 * 401, the SDK calls {@link #invalidate(String)} and, when it returns true, retries the call once
 * with a fresh token.
 *
 * <p>Implementations must be thread-safe. Their {@code toString()} must not reveal secrets.
 */
public interface TokenProvider {

    /**
     * {@return a currently valid access token (without the {@code Bearer} prefix)}
     *
     * @throws io.github.wisecards.core.errors.AuthenticationException if a token cannot be
     *     obtained (for example, Wise refused the refresh token)
     * @throws io.github.wisecards.core.errors.ApiConnectionException if the token endpoint could
     *     not be reached
     */
    String accessToken();

    /**
     * Tells the provider that Wise answered 401 to {@code rejectedToken}.
     *
     * @param rejectedToken the access token the server rejected
     * @return true when the provider can supply a different token, so one retry may succeed
     */
    default boolean invalidate(String rejectedToken) {
        return false;
    }

    /**
     * Returns a currently valid access token for one call. The SDK calls this method, not {@link
     * #accessToken()}, so that a provider serving many users ({@link
     * io.github.wisecards.core.tokens.UserTokens}) can pick the call's user; the default ignores the
     * context.
     *
     * @param context the call: its user (from {@link RequestOptions.Builder#user(String)}) and its
     *     path values (for example {@code profileId})
     * @return the access token, without the {@code Bearer} prefix
     * @throws io.github.wisecards.core.errors.AuthenticationException if a token cannot be obtained
     * @throws io.github.wisecards.core.errors.ApiConnectionException if the token endpoint could not
     *     be reached
     */
    default String accessToken(CallContext context) {
        return accessToken();
    }

    /**
     * Tells the provider that Wise answered 401 to {@code rejectedToken} on the call {@code
     * context}. The SDK calls this method, not {@link #invalidate(String)}; the default ignores the
     * context.
     *
     * @param context the call that was refused
     * @param rejectedToken the access token Wise refused
     * @return true when the provider can supply a different token, so one retry may succeed
     */
    default boolean invalidate(CallContext context, String rejectedToken) {
        return invalidate(rejectedToken);
    }

    /**
     * {@return a provider that always supplies {@code accessToken}}
     *
     * @param accessToken the access token to send on every request
     * @throws IllegalArgumentException if the token is blank
     */
    static TokenProvider staticToken(String accessToken) {
        return new StaticTokenProvider(accessToken);
    }

    /**
     * {@return a provider of user tokens refreshed with {@code refreshToken}, five minutes before
     * they expire} The first token is fetched on first use.
     *
     * @param clientId the OAuth client id Wise gave you
     * @param clientSecret the OAuth client secret
     * @param refreshToken the user's refresh token; replaced when Wise returns a new one
     */
    static TokenProvider refreshing(String clientId, String clientSecret, String refreshToken) {
        return OAuthTokenProvider.refreshToken(clientId, clientSecret, refreshToken, Duration.ofMinutes(5));
    }

    /**
     * {@return a provider of user tokens refreshed with {@code refreshToken}, {@code refreshAhead}
     * before they expire}
     *
     * @param clientId the OAuth client id
     * @param clientSecret the OAuth client secret
     * @param refreshToken the user's refresh token
     * @param refreshAhead how long before expiry a token is refreshed
     */
    static TokenProvider refreshing(String clientId, String clientSecret, String refreshToken, Duration refreshAhead) {
        return OAuthTokenProvider.refreshToken(clientId, clientSecret, refreshToken, refreshAhead);
    }

    /**
     * {@return a provider of application tokens ({@code grant_type=client_credentials}), fetched
     * again five minutes before they expire}
     *
     * @param clientId the OAuth client id
     * @param clientSecret the OAuth client secret
     */
    static TokenProvider clientCredentials(String clientId, String clientSecret) {
        return OAuthTokenProvider.clientCredentials(clientId, clientSecret, Duration.ofMinutes(5));
    }
}
