package io.github.wisecards.spring;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.core.errors.ApiConnectionException;
import io.github.wisecards.core.errors.ApiException;
import io.github.wisecards.core.errors.AuthenticationException;
import io.github.wisecards.core.errors.PermissionDeniedException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The health of the Wise integration, for the Boot 3 and Boot 4 health indicators: the API host
 * accepts a TCP connection within the timeout, and a token is obtainable (an authenticated,
 * side-effect-free GET of the card-data host's encrypting key is answered 200, or 403 for a token
 * that may not read card data; for OAuth credentials it first fetches a token from the API host). Results are cached for the TTL so that
 * frequent health probes do not turn into traffic to Wise. Details never hold a token. Thread-safe.
 */
final class WiseHealthCheck {
    /** One probe's result. */
    record Result(boolean up, Map<String, Object> details) {}

    private final CardsClient cards;
    private final Duration timeout;
    private final Duration cacheTtl;
    private final Clock clock;
    private Result last;
    private Instant lastAt;

    WiseHealthCheck(CardsClient cards, Duration timeout, Duration cacheTtl, Clock clock) {
        this.cards = cards;
        this.timeout = timeout;
        this.cacheTtl = cacheTtl;
        this.clock = clock;
    }

    synchronized Result check() {
        Instant now = clock.instant();
        if (last != null && now.isBefore(lastAt.plus(cacheTtl))) {
            return last;
        }
        last = probe();
        lastAt = now;
        return last;
    }

    private Result probe() {
        Map<String, Object> details = new LinkedHashMap<>();
        URI api = URI.create(cards.options().environment().apiBaseUrl());
        details.put("environment", cards.options().environment().name());
        details.put("apiHost", api.getHost());
        try (Socket socket = new Socket()) {
            int port = api.getPort() != -1 ? api.getPort() : "https".equals(api.getScheme()) ? 443 : 80;
            socket.connect(new InetSocketAddress(api.getHost(), port), (int) timeout.toMillis());
        } catch (IOException | IllegalArgumentException e) {
            details.put("apiHostReachable", false);
            details.put("error", e.getClass().getSimpleName());
            return new Result(false, details);
        }
        details.put("apiHostReachable", true);
        try (CardsClient probe = cards.withOptions(o -> o.callTimeout(timeout).maxRetries(0))) {
            probe.cardOrders().fetchEncryptingKey();
            details.put("token", "obtained");
            return new Result(true, details);
        } catch (PermissionDeniedException e) {
            // Wise accepted the token (authenticated) but it may not read card data, as with an
            // application token: the credentials work.
            details.put("token", "obtained");
            details.put("probe", "403: the token may not read card data");
            return new Result(true, details);
        } catch (AuthenticationException e) {
            details.put("token", "refused");
            details.put("error", e.getClass().getSimpleName());
        } catch (ApiConnectionException e) {
            details.put("token", "not checked: Wise did not answer in time");
            details.put("error", e.getClass().getSimpleName());
        } catch (ApiException e) {
            details.put("token", "not checked: Wise answered " + e.statusCode());
            details.put("error", e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            details.put("token", "unavailable");
            details.put("error", e.getClass().getSimpleName());
        }
        return new Result(false, details);
    }
}
