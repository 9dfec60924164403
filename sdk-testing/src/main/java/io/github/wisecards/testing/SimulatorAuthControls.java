package io.github.wisecards.testing;

import io.github.wisecards.core.TokenProvider;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * {@link WiseSimulator}'s tokens and users: the OAuth client, the static token, issuing and
 * expiring tokens, and the simulated users with their grants.
 */
abstract class SimulatorAuthControls extends SimulatorBase {
    SimulatorAuthControls(WiseSimulator.Builder b) {
        super(b);
    }

    /**
     * Returns the static access token the simulator accepts: the {@linkplain #defaultUser() default
     * user}'s first user token, valid until {@link #expireAccessTokens()} or that user's next
     * refresh.
     */
    public String accessToken() {
        return config.accessToken;
    }

    /** Issues a new user access token of the default user, as {@code /oauth/token} would, revoking none. */
    public String issueAccessToken() {
        return tokens.issue();
    }

    /** Issues a new user access token of {@code user}, revoking none (a refresh would revoke the earlier ones). */
    public String issueAccessToken(SimulatedUser user) {
        return tokens.issue(Objects.requireNonNull(user, "user"));
    }

    /**
     * Issues an application (client-credentials) token, as {@code grant_type=client_credentials}
     * would. Every card-order, kiosk and PIN operation refuses it with 403 (they need a user token).
     */
    public String issueApplicationToken() {
        return tokens.issueApplicationToken();
    }

    /** Sets the lifetime of tokens issued from now on (default 12 hours). */
    public void accessTokenLifetime(Duration lifetime) {
        tokens.lifetime(positive(lifetime, "lifetime"));
    }

    /** Makes every token issued so far, and the static token, answer 401 {@code invalid_token}. */
    public void expireAccessTokens() {
        tokens.expireAll();
    }

    /** Returns how many tokens {@code /oauth/token} and the {@code issue...Token} methods have issued. */
    public long issuedAccessTokenCount() {
        return tokens.issuedCount();
    }

    /** Returns the OAuth client ID the token endpoint accepts. */
    public String oauthClientId() {
        return config.clientId;
    }

    /** Returns the OAuth client secret the token endpoint accepts. */
    public String oauthClientSecret() {
        return config.clientSecret;
    }

    /** Returns the default user's refresh token, which the token endpoint accepts. */
    public String refreshToken() {
        return config.refreshToken;
    }

    /** Returns a provider that refreshes the default user's tokens through this simulator's {@code /oauth/token}. */
    public TokenProvider refreshingTokenProvider() {
        return TokenProvider.refreshing(config.clientId, config.clientSecret, config.refreshToken);
    }

    /** Returns a provider that refreshes {@code user}'s tokens through this simulator's {@code /oauth/token}. */
    public TokenProvider refreshingTokenProvider(SimulatedUser user) {
        return TokenProvider.refreshing(
                config.clientId,
                config.clientSecret,
                Objects.requireNonNull(user, "user").refreshToken());
    }

    /** Returns the default user: the owner of {@link #accessToken()} and {@link #refreshToken()}. */
    public SimulatedUser defaultUser() {
        return tokens.defaultUser();
    }

    /** Returns every user: the default user, those of the builder, then those added since the last reset. */
    public List<SimulatedUser> users() {
        return tokens.users();
    }

    /**
     * Returns the user whose refresh token this is.
     *
     * @throws IllegalArgumentException if no user has it
     */
    public SimulatedUser user(String refreshToken) {
        return tokens.user(Objects.requireNonNull(refreshToken, "refreshToken"));
    }

    /** Adds a user with a generated refresh token (until {@link WiseSimulator#reset()}). */
    public SimulatedUser addUser() {
        return tokens.addUser(null);
    }

    /**
     * Adds a user with this refresh token (until {@link WiseSimulator#reset()}).
     *
     * @throws IllegalArgumentException if another user has it
     */
    public SimulatedUser addUser(String refreshToken) {
        return tokens.addUser(nonBlank(refreshToken, "refreshToken"));
    }

    /**
     * Adds a user created by the partner (until {@link WiseSimulator#reset()}): {@code
     * grant_type=registration_code} with its email and registration code gives its tokens again.
     *
     * @throws IllegalArgumentException if another user has this email
     */
    public SimulatedUser addRegisteredUser(String email, String registrationCode) {
        return tokens.addRegisteredUser(nonBlank(email, "email"), nonBlank(registrationCode, "registrationCode"));
    }

    /**
     * Returns a one-time code that {@code grant_type=authorization_code} exchanges, with this
     * {@code redirect_uri}, for {@code user}'s tokens (as if the user approved the partner on Wise's
     * authorization page).
     */
    public String issueAuthorizationCode(SimulatedUser user, String redirectUri) {
        return tokens.issueAuthorizationCode(
                Objects.requireNonNull(user, "user"), nonBlank(redirectUri, "redirectUri"));
    }

    /** Returns how many {@code refresh_token} grants {@code /oauth/token} answered for {@code user}. */
    public long refreshCount(SimulatedUser user) {
        return tokens.refreshCount(Objects.requireNonNull(user, "user"));
    }

    /**
     * The user reclaims the account: its access tokens answer 401 {@code invalid_token}, its
     * refresh token and registration code 401 {@code invalid_grant} ("Invalid user credentials.").
     */
    public void reclaimAccount(SimulatedUser user) {
        tokens.reclaim(Objects.requireNonNull(user, "user"));
    }
}
