package io.github.wisecards.core.tokens;

import static io.github.wisecards.core.testkit.MockServers.json;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Wise's token rules, small enough for unit tests: users by refresh token, registration code and
 * authorization code; a grant revokes that user's earlier access tokens; {@code GET
 * /v1/profiles/{id}/ping} answers {@code pong <user>} for a live token and 401 otherwise.
 */
final class FakeWiseTokens extends Dispatcher {
    static final String CLIENT_ID = "client-id-1";
    static final String CLIENT_SECRET = "client-secret-s3cr3t";

    private final Map<String, String> userByRefreshToken = new HashMap<>();
    private final Map<String, String> userByRegistration = new HashMap<>();
    private final Map<String, String> userByAuthorizationCode = new HashMap<>();
    private final Map<String, String> liveTokens = new HashMap<>();
    private final Map<String, Integer> grants = new ConcurrentHashMap<>();
    private final List<Map<String, String>> tokenForms = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger unauthorized = new AtomicInteger();
    private boolean acceptNothing;

    synchronized FakeWiseTokens user(String user, String refreshToken) {
        userByRefreshToken.put(refreshToken, user);
        return this;
    }

    synchronized FakeWiseTokens registeredUser(String user, String email, String code) {
        userByRegistration.put(email + "|" + code, user);
        return this;
    }

    synchronized FakeWiseTokens authorizationCode(String user, String code, String redirectUri) {
        userByAuthorizationCode.put(code + "|" + redirectUri, user);
        return this;
    }

    /** Revokes a refresh token: its grant answers {@code invalid_grant}. */
    synchronized void revokeRefreshToken(String refreshToken) {
        userByRefreshToken.remove(refreshToken);
    }

    /** Makes every API call answer 401, as for a user whose tokens are revoked as soon as issued. */
    synchronized void acceptNoToken() {
        acceptNothing = true;
    }

    /** Issues a live access token of a user without a grant, as another instance's refresh would. */
    synchronized String issue(String user) {
        String access = "access-" + user + "-elsewhere-" + next.incrementAndGet();
        liveTokens.values().removeIf(user::equals);
        liveTokens.put(access, user);
        return access;
    }

    /** Returns how many tokens were granted to a user. */
    int grants(String user) {
        return grants.getOrDefault(user, 0);
    }

    int unauthorized() {
        return unauthorized.get();
    }

    synchronized List<Map<String, String>> tokenForms() {
        return List.copyOf(tokenForms);
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        if (request.getTarget().equals("/oauth/token")) {
            return token(request);
        }
        String auth = request.getHeaders().get("Authorization");
        String user = auth == null ? null : liveTokens.get(auth.substring("Bearer ".length()));
        if (user == null || acceptNothing) {
            unauthorized.incrementAndGet();
            return json(401, "{\"error\":\"invalid_token\",\"error_description\":\"Invalid access token\"}");
        }
        return json(200, "\"pong " + user + "\"");
    }

    private MockResponse token(RecordedRequest request) {
        String basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!basic.equals(request.getHeaders().get("Authorization"))) {
            return json(401, "{\"error\":\"invalid_client\",\"error_description\":\"Bad client credentials\"}");
        }
        Map<String, String> form = form(request.getBody().utf8());
        tokenForms.add(form);
        String user = switch (form.get("grant_type")) {
            case "refresh_token" -> userByRefreshToken.get(form.get("refresh_token"));
            case "registration_code" ->
                CLIENT_ID.equals(form.get("client_id"))
                        ? userByRegistration.get(form.get("email") + "|" + form.get("registration_code"))
                        : null;
            case "authorization_code" ->
                CLIENT_ID.equals(form.get("client_id"))
                        ? userByAuthorizationCode.remove(form.get("code") + "|" + form.get("redirect_uri"))
                        : null;
            default -> null;
        };
        if (user == null) {
            return json(401, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials.\"}");
        }
        String owner = user;
        liveTokens.values().removeIf(owner::equals); // a grant revokes the user's earlier tokens
        int n = next.incrementAndGet();
        String access = "access-" + user + "-" + n;
        String refresh = "refresh-" + user;
        liveTokens.put(access, user);
        userByRefreshToken.put(refresh, user);
        grants.merge(user, 1, Integer::sum);
        return json(
                200,
                "{\"access_token\":\"" + access + "\",\"token_type\":\"bearer\",\"refresh_token\":\"" + refresh
                        + "\",\"expires_in\":3600,\"scope\":\"transfers\"}");
    }

    private static Map<String, String> form(String body) {
        Map<String, String> out = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            out.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
