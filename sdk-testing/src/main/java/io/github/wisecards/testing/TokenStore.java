package io.github.wisecards.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The simulator's OAuth side, with Wise's token rules: {@code POST /oauth/token} (grants {@code
 * refresh_token}, {@code client_credentials}, {@code registration_code} and {@code
 * authorization_code}, HTTP Basic client authentication), many users each with its own refresh
 * token, a refresh revoking that user's earlier access tokens, and the check of bearer tokens on
 * every other call: user tokens pass, application tokens are refused (every card-order, kiosk and
 * PIN operation is {@code security: UserToken}). Thread-safe.
 */
final class TokenStore {
    private static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(20 * 365);

    /** A live access token: whose it is (null for an application token) and until when (null: until expired). */
    private static final class Grant {
        final UserState user;
        Instant expiry;

        Grant(UserState user, Instant expiry) {
            this.user = user;
            this.expiry = expiry;
        }
    }

    private static final class UserState {
        final SimulatedUser user;
        boolean reclaimed;
        long refreshes;

        UserState(SimulatedUser user) {
            this.user = user;
        }
    }

    private record AuthorizationCode(UserState user, String redirectUri) {}

    private final Clock clock;
    private final String staticToken;
    private final String clientId;
    private final String clientSecret;
    private final String defaultRefreshToken;
    private final List<WiseSimulator.Builder.UserSpec> configuredUsers;
    private final Duration initialLifetime;

    private Duration lifetime;
    private final Map<String, Grant> tokens = new HashMap<>();
    private final Map<String, UserState> usersByRefreshToken = new LinkedHashMap<>();
    private final Map<String, UserState> usersByEmail = new HashMap<>();
    private final Map<String, AuthorizationCode> authorizationCodes = new HashMap<>();
    private long issuedCount;
    private long nextUserId;
    private long nextCode;

    TokenStore(WiseSimulator.Builder b) {
        this.clock = b.clock;
        this.staticToken = b.accessToken;
        this.clientId = b.clientId;
        this.clientSecret = b.clientSecret;
        this.defaultRefreshToken = b.refreshToken;
        this.configuredUsers = List.copyOf(b.users);
        this.initialLifetime = b.accessTokenLifetime;
        reset();
    }

    /** Forgets every token, code and user added at run time; the default and configured users stay. */
    synchronized void reset() {
        lifetime = initialLifetime;
        tokens.clear();
        usersByRefreshToken.clear();
        usersByEmail.clear();
        authorizationCodes.clear();
        issuedCount = 0;
        nextUserId = 1;
        nextCode = 1;
        UserState defaultUser = add(defaultRefreshToken, null, null);
        for (WiseSimulator.Builder.UserSpec u : configuredUsers) {
            add(u.refreshToken() == null ? generatedRefreshToken() : u.refreshToken(), u.email(), u.registrationCode());
        }
        // The static token is the default user's first access token: valid until expired or
        // until that user's next refresh, like any token a grant issued.
        tokens.put(staticToken, new Grant(defaultUser, null));
    }

    synchronized void lifetime(Duration lifetime) {
        this.lifetime = lifetime;
    }

    // ---- users ----

    synchronized SimulatedUser defaultUser() {
        return usersByRefreshToken.get(defaultRefreshToken).user;
    }

    synchronized List<SimulatedUser> users() {
        List<SimulatedUser> out = new ArrayList<>();
        usersByRefreshToken.values().forEach(u -> out.add(u.user));
        return List.copyOf(out);
    }

    synchronized SimulatedUser addUser(String refreshToken) {
        return add(refreshToken == null ? generatedRefreshToken() : refreshToken, null, null).user;
    }

    synchronized SimulatedUser addRegisteredUser(String email, String registrationCode) {
        return add(generatedRefreshToken(), email, registrationCode).user;
    }

    synchronized SimulatedUser user(String refreshToken) {
        UserState u = usersByRefreshToken.get(refreshToken);
        if (u == null) {
            throw new IllegalArgumentException("no user has this refresh token");
        }
        return u.user;
    }

    synchronized String issueAuthorizationCode(SimulatedUser user, String redirectUri) {
        String code = "sim-authorization-code-" + nextCode++;
        authorizationCodes.put(code, new AuthorizationCode(known(user), redirectUri));
        return code;
    }

    synchronized long refreshCount(SimulatedUser user) {
        return known(user).refreshes;
    }

    /** The user reclaimed the account: its grants answer {@code invalid_grant}, its tokens 401. */
    synchronized void reclaim(SimulatedUser user) {
        UserState u = known(user);
        u.reclaimed = true;
        revokeTokensOf(u);
    }

    private UserState add(String refreshToken, String email, String registrationCode) {
        if (usersByRefreshToken.containsKey(refreshToken)) {
            throw new IllegalArgumentException("another user already has this refresh token");
        }
        if (email != null && usersByEmail.containsKey(email)) {
            throw new IllegalArgumentException("another user already has this email");
        }
        UserState u = new UserState(new SimulatedUser(nextUserId++, refreshToken, email, registrationCode));
        usersByRefreshToken.put(refreshToken, u);
        if (email != null) {
            usersByEmail.put(email, u);
        }
        return u;
    }

    private String generatedRefreshToken() {
        String token = "sim-refresh-token-" + nextUserId;
        return usersByRefreshToken.containsKey(token) ? "sim-refresh-token-" + UUID.randomUUID() : token;
    }

    private UserState known(SimulatedUser user) {
        UserState u = usersByRefreshToken.get(user.refreshToken());
        if (u == null || !u.user.equals(user)) {
            throw new IllegalArgumentException("unknown user " + user + " (forgotten by reset()?)");
        }
        return u;
    }

    // ---- access tokens ----

    /** Issues a user access token of the default user without revoking any (the admin way). */
    synchronized String issue() {
        return issue(usersByRefreshToken.get(defaultRefreshToken));
    }

    synchronized String issue(SimulatedUser user) {
        return issue(known(user));
    }

    synchronized String issueApplicationToken() {
        return issue((UserState) null);
    }

    private String issue(UserState user) {
        String token = "sim-at-" + UUID.randomUUID();
        tokens.put(token, new Grant(user, clock.instant().plus(lifetime)));
        issuedCount++;
        return token;
    }

    synchronized long issuedCount() {
        return issuedCount;
    }

    synchronized void expireAll() {
        Instant now = clock.instant();
        tokens.values().forEach(g -> g.expiry = now);
    }

    private void revokeTokensOf(UserState user) {
        tokens.values().removeIf(g -> g.user == user);
    }

    /**
     * Returns the refusal of a request unless {@code authorization} carries a live user token: 401
     * without a token or with an unknown, revoked or expired one; 403 for an application token.
     */
    synchronized SimResponse check(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return SimResponse.oauthError(
                            401, "unauthorized", "Full authentication is required to access this resource")
                    .withHeader("WWW-Authenticate", "Bearer realm=\"wise\"");
        }
        Grant grant = tokens.get(authorization.substring(7).trim());
        if (grant == null) {
            return SimResponse.oauthError(401, "invalid_token", "Invalid access token")
                    .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        }
        Instant now = clock.instant();
        if (grant.expiry != null && !now.isBefore(grant.expiry)) {
            return SimResponse.oauthError(401, "invalid_token", "Access token expired")
                    .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        }
        if (grant.user == null) {
            // A valid token without the rights to the resource: 403, not 401 (a 401 would tell a
            // client to fetch a new token, which is again an application token).
            return SimResponse.springError(403, "unauthorized", "Unauthorized", now);
        }
        return null;
    }

    // ---- POST /oauth/token ----

    /** {@code POST /oauth/token}. */
    synchronized SimResponse token(SimRequest request) {
        if (!validClient(request.header("Authorization"))) {
            return invalidClient();
        }
        Map<String, String> form = form(request.body());
        String grant = form.get("grant_type");
        if (grant == null) {
            return SimResponse.oauthError(400, "invalid_request", "Missing grant type");
        }
        return switch (grant) {
            case "refresh_token" -> refreshGrant(form);
            case "client_credentials" -> SimResponse.json(200, answer(null));
            case "registration_code" -> registrationCodeGrant(form);
            case "authorization_code" -> authorizationCodeGrant(form);
            default -> SimResponse.oauthError(400, "unsupported_grant_type", "Unsupported grant type: " + grant);
        };
    }

    private SimResponse refreshGrant(Map<String, String> form) {
        SimResponse missing = missing(form, "refresh_token");
        if (missing != null) {
            return missing;
        }
        UserState user = usersByRefreshToken.get(form.get("refresh_token"));
        if (user == null || user.reclaimed) {
            return invalidGrant();
        }
        // Wise: a refresh_token grant invalidates the access token granted before it.
        revokeTokensOf(user);
        user.refreshes++;
        return SimResponse.json(200, answer(user));
    }

    private SimResponse registrationCodeGrant(Map<String, String> form) {
        SimResponse missing = missing(form, "client_id", "email", "registration_code");
        if (missing != null) {
            return missing;
        }
        if (!clientId.equals(form.get("client_id"))) {
            return invalidClient();
        }
        UserState user = usersByEmail.get(form.get("email"));
        if (user == null
                || user.reclaimed
                || !form.get("registration_code")
                        .equals(user.user.registrationCode().orElse(null))) {
            return invalidGrant();
        }
        return SimResponse.json(200, answer(user));
    }

    private SimResponse authorizationCodeGrant(Map<String, String> form) {
        SimResponse missing = missing(form, "client_id", "code", "redirect_uri");
        if (missing != null) {
            return missing;
        }
        if (!clientId.equals(form.get("client_id"))) {
            return invalidClient();
        }
        AuthorizationCode code = authorizationCodes.get(form.get("code"));
        if (code == null || code.user().reclaimed || !code.redirectUri().equals(form.get("redirect_uri"))) {
            return invalidGrant();
        }
        authorizationCodes.remove(form.get("code")); // one use only
        return SimResponse.json(200, answer(code.user()));
    }

    private ObjectNode answer(UserState user) {
        String token = issue(user);
        Instant now = clock.instant();
        ObjectNode n = SimJson.object();
        n.put("access_token", token);
        n.put("token_type", "bearer");
        if (user != null) {
            n.put("refresh_token", user.user.refreshToken());
        }
        n.put("expires_in", lifetime.toSeconds());
        n.put("expires_at", now.plus(lifetime).toString());
        if (user != null) {
            n.put("refresh_token_expires_in", REFRESH_TOKEN_LIFETIME.toSeconds());
        }
        n.put("scope", "transfers");
        n.put("created_at", now.toString());
        return n;
    }

    private static SimResponse missing(Map<String, String> form, String... names) {
        for (String name : names) {
            String value = form.get(name);
            if (value == null || value.isEmpty()) {
                return SimResponse.oauthError(400, "invalid_request", "Missing parameter: " + name);
            }
        }
        return null;
    }

    private static SimResponse invalidClient() {
        return SimResponse.oauthError(401, "invalid_client", "Bad client credentials");
    }

    /** Wise's answer to a wrong or revoked refresh token, registration code or authorization code. */
    private static SimResponse invalidGrant() {
        return SimResponse.oauthError(401, "invalid_grant", "Invalid user credentials.");
    }

    private boolean validClient(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return decoded.equals(clientId + ":" + clientSecret);
    }

    private static Map<String, String> form(byte[] body) {
        Map<String, String> form = new HashMap<>();
        String text = new String(body, StandardCharsets.UTF_8);
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                form.put(
                        URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // a malformed %-escape: the parameter is treated as absent
            }
        }
        return form;
    }
}
