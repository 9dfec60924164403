package io.github.wisecards.core.internal;

import io.github.wisecards.core.Environment;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;

/**
 * The URLs of one client's endpoints: each host's base URL is parsed once, and each endpoint's
 * {@link EndpointUrl} is built the first time the client calls it. Endpoints are declared once as
 * constants, so this holds one entry per operation the client has called. Thread-safe.
 */
final class EndpointUrls {
    private final Map<Host, HttpUrl> baseUrls = new EnumMap<>(Host.class);
    private final Map<Endpoint<?>, EndpointUrl> byEndpoint = new ConcurrentHashMap<>();

    EndpointUrls(Environment environment) {
        for (Host host : Host.values()) {
            baseUrls.put(host, HttpUrl.get(host.baseUrl(environment)));
        }
    }

    /** Returns {@code endpoint}'s URLs on this client, building them on first use. */
    EndpointUrl of(Endpoint<?> endpoint) {
        EndpointUrl url = byEndpoint.get(endpoint);
        if (url == null) {
            url = new EndpointUrl(baseUrls.get(endpoint.host()), endpoint);
            EndpointUrl raced = byEndpoint.putIfAbsent(endpoint, url);
            url = raced == null ? url : raced;
        }
        return url;
    }
}
