package io.github.wisecards.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The simulator's OAuth side: {@code POST /oauth/token} (refresh-token and client-credentials
 * grants, HTTP Basic client authentication) and the check of bearer tokens on every other call.
 * Thread-safe.
 */
final class TokenStore {
    private static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(20 * 365);

    private final Clock clock;
    private final String staticToken;
    private final String clientId;
    private final String clientSecret;
    private final String refreshToken;
    private final Duration initialLifetime;

    private Duration lifetime;
    private boolean staticTokenExpired;
    private final Map<String, Instant> issued = new HashMap<>();
    private long issuedCount;

    TokenStore(WiseSimulator.Builder b) {
        this.clock = b.clock;
        this.staticToken = b.accessToken;
        this.clientId = b.clientId;
        this.clientSecret = b.clientSecret;
        this.refreshToken = b.refreshToken;
        this.initialLifetime = b.accessTokenLifetime;
        this.lifetime = b.accessTokenLifetime;
    }

    synchronized void reset() {
        lifetime = initialLifetime;
        staticTokenExpired = false;
        issued.clear();
        issuedCount = 0;
    }

    synchronized void lifetime(Duration lifetime) {
        this.lifetime = lifetime;
    }

    synchronized String issue() {
        String token = "sim-at-" + UUID.randomUUID();
        issued.put(token, clock.instant().plus(lifetime));
        issuedCount++;
        return token;
    }

    synchronized long issuedCount() {
        return issuedCount;
    }

    synchronized void expireAll() {
        staticTokenExpired = true;
        Instant now = clock.instant();
        issued.replaceAll((token, expiry) -> now);
    }

    /** Returns a 401 answer unless {@code authorization} carries a valid bearer token. */
    synchronized SimResponse check(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return SimResponse.oauthError(
                            401, "unauthorized", "Full authentication is required to access this resource")
                    .withHeader("WWW-Authenticate", "Bearer realm=\"wise\"");
        }
        String token = authorization.substring(7).trim();
        if (token.equals(staticToken)) {
            return staticTokenExpired ? expired() : null;
        }
        Instant expiry = issued.get(token);
        if (expiry == null) {
            return SimResponse.oauthError(401, "invalid_token", "Invalid access token")
                    .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        }
        return clock.instant().isBefore(expiry) ? null : expired();
    }

    private static SimResponse expired() {
        return SimResponse.oauthError(401, "invalid_token", "Access token expired")
                .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }

    /** {@code POST /oauth/token}. */
    SimResponse token(SimRequest request) {
        String basic = request.header("Authorization");
        if (!validClient(basic)) {
            return SimResponse.oauthError(401, "invalid_client", "Bad client credentials");
        }
        Map<String, String> form = form(request.body());
        String grant = form.get("grant_type");
        if ("refresh_token".equals(grant)) {
            if (!refreshToken.equals(form.get("refresh_token"))) {
                return SimResponse.oauthError(400, "invalid_grant", "Invalid refresh token");
            }
            return SimResponse.json(200, answer(true));
        }
        if ("client_credentials".equals(grant)) {
            return SimResponse.json(200, answer(false));
        }
        if (grant == null) {
            return SimResponse.oauthError(400, "invalid_request", "Missing grant type");
        }
        return SimResponse.oauthError(400, "unsupported_grant_type", "Unsupported grant type: " + grant);
    }

    private synchronized ObjectNode answer(boolean user) {
        String token = issue();
        Instant now = clock.instant();
        ObjectNode n = SimJson.object();
        n.put("access_token", token);
        n.put("token_type", "bearer");
        if (user) {
            n.put("refresh_token", refreshToken);
        }
        n.put("expires_in", lifetime.toSeconds());
        n.put("expires_at", now.plus(lifetime).toString());
        if (user) {
            n.put("refresh_token_expires_in", REFRESH_TOKEN_LIFETIME.toSeconds());
        }
        n.put("scope", "transfers");
        n.put("created_at", now.toString());
        return n;
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
            form.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return form;
    }
}
