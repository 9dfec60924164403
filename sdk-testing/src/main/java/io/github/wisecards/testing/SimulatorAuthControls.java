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
     * {@return the static access token the simulator accepts: the {@linkplain #defaultUser()
     * default user}'s first user token, valid until {@link #expireAccessTokens()} or that user's
     * next refresh}
     */
    public String accessToken() {
        return config.accessToken;
    }

    /**
     * Issues a new user access token of the default user, as {@code /oauth/token} would, revoking
     * none.
     *
     * @return the new access token, valid for the configured lifetime
     */
    public String issueAccessToken() {
        return tokens.issue();
    }

    /**
     * Issues a new user access token of {@code user}, revoking none (a refresh would revoke the
     * earlier ones).
     *
     * @param user a user of this simulator
     * @return the new access token, valid for the configured lifetime
     * @throws NullPointerException if {@code user} is null
     */
    public String issueAccessToken(SimulatedUser user) {
        return tokens.issue(Objects.requireNonNull(user, "user"));
    }

    /**
     * Issues an application (client-credentials) token, as {@code grant_type=client_credentials}
     * would. Every card-order, kiosk and PIN operation refuses it with 403 (they need a user
     * token).
     *
     * @return the new application token
     */
    public String issueApplicationToken() {
        return tokens.issueApplicationToken();
    }

    /**
     * Sets the lifetime of tokens issued from now on (default 12 hours).
     *
     * @param lifetime how long a token is valid
     * @throws NullPointerException if {@code lifetime} is null
     * @throws IllegalArgumentException if {@code lifetime} is zero or negative
     */
    public void accessTokenLifetime(Duration lifetime) {
        tokens.lifetime(positive(lifetime, "lifetime"));
    }

    /** Makes every token issued so far, and the static token, answer 401 {@code invalid_token}. */
    public void expireAccessTokens() {
        tokens.expireAll();
    }

    /**
     * {@return how many tokens {@code /oauth/token} and the {@code issue...Token} methods have
     * issued}
     */
    public long issuedAccessTokenCount() {
        return tokens.issuedCount();
    }

    /** {@return the OAuth client ID the token endpoint accepts} */
    public String oauthClientId() {
        return config.clientId;
    }

    /** {@return the OAuth client secret the token endpoint accepts} */
    public String oauthClientSecret() {
        return config.clientSecret;
    }

    /** {@return the default user's refresh token, which the token endpoint accepts} */
    public String refreshToken() {
        return config.refreshToken;
    }

    /**
     * {@return a provider that refreshes the default user's tokens through this simulator's {@code
     * /oauth/token}}
     */
    public TokenProvider refreshingTokenProvider() {
        return TokenProvider.refreshing(config.clientId, config.clientSecret, config.refreshToken);
    }

    /**
     * {@return a provider that refreshes {@code user}'s tokens through this simulator's {@code
     * /oauth/token}}
     *
     * @param user a user of this simulator
     * @throws NullPointerException if {@code user} is null
     */
    public TokenProvider refreshingTokenProvider(SimulatedUser user) {
        return TokenProvider.refreshing(
                config.clientId,
                config.clientSecret,
                Objects.requireNonNull(user, "user").refreshToken());
    }

    /**
     * {@return the default user: the owner of {@link #accessToken()} and {@link #refreshToken()}}
     */
    public SimulatedUser defaultUser() {
        return tokens.defaultUser();
    }

    /**
     * {@return every user: the default user, those of the builder, then those added since the last
     * reset}
     */
    public List<SimulatedUser> users() {
        return tokens.users();
    }

    /**
     * {@return the user whose refresh token this is}
     *
     * @param refreshToken a user's refresh token
     * @throws IllegalArgumentException if no user has it
     * @throws NullPointerException if {@code refreshToken} is null
     */
    public SimulatedUser user(String refreshToken) {
        return tokens.user(Objects.requireNonNull(refreshToken, "refreshToken"));
    }

    /**
     * Adds a user with a generated refresh token (until {@link WiseSimulator#reset()}).
     *
     * @return the new user
     */
    public SimulatedUser addUser() {
        return tokens.addUser(null);
    }

    /**
     * Adds a user with this refresh token (until {@link WiseSimulator#reset()}).
     *
     * @param refreshToken the refresh token that gives this user's tokens
     * @return the new user
     * @throws IllegalArgumentException if another user has it
     * @throws NullPointerException if {@code refreshToken} is null
     * @throws IllegalArgumentException also if {@code refreshToken} is blank
     */
    public SimulatedUser addUser(String refreshToken) {
        return tokens.addUser(nonBlank(refreshToken, "refreshToken"));
    }

    /**
     * Adds a user created by the partner (until {@link WiseSimulator#reset()}): {@code
     * grant_type=registration_code} with its email and registration code gives its tokens again.
     *
     * @param email the user's e-mail address
     * @param registrationCode the registration code the partner holds for the user
     * @return the new user
     * @throws IllegalArgumentException if another user has this email
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException also if an argument is blank
     */
    public SimulatedUser addRegisteredUser(String email, String registrationCode) {
        return tokens.addRegisteredUser(nonBlank(email, "email"), nonBlank(registrationCode, "registrationCode"));
    }

    /**
     * {@return a one-time code that {@code grant_type=authorization_code} exchanges, with this
     * {@code redirect_uri}, for {@code user}'s tokens (as if the user approved the partner on
     * Wise's authorization page)}
     *
     * @param user a user of this simulator
     * @param redirectUri the redirect URI the code exchange must name
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code redirectUri} is blank
     */
    public String issueAuthorizationCode(SimulatedUser user, String redirectUri) {
        return tokens.issueAuthorizationCode(
                Objects.requireNonNull(user, "user"), nonBlank(redirectUri, "redirectUri"));
    }

    /**
     * {@return how many {@code refresh_token} grants {@code /oauth/token} answered for {@code
     * user}}
     *
     * @param user a user of this simulator
     * @throws NullPointerException if {@code user} is null
     */
    public long refreshCount(SimulatedUser user) {
        return tokens.refreshCount(Objects.requireNonNull(user, "user"));
    }

    /**
     * The user reclaims the account: its access tokens answer 401 {@code invalid_token}, its
     * refresh token and registration code 401 {@code invalid_grant} ("Invalid user credentials.").
     *
     * @param user the user who reclaims the account
     * @throws NullPointerException if {@code user} is null
     */
    public void reclaimAccount(SimulatedUser user) {
        tokens.reclaim(Objects.requireNonNull(user, "user"));
    }
}
