package io.github.wisecards.core.internal;

import okhttp3.HttpUrl;

/**
 * One endpoint's URLs on one client. The base URL with the endpoint's constant leading path
 * segments is built once; a call adds only the rest of its path, because {@code HttpUrl.Builder}
 * percent-checks every segment it is given on every call. A collection path (one that ends with a
 * constant segment, such as {@code /v3/spend/profiles/{profileId}/card-orders}) is also kept for the
 * last path it was built for: it is the same on every create of one profile, while a resource path
 * ({@code .../card-orders/{cardOrderId}}) differs per call and is not kept. Thread-safe.
 */
final class EndpointUrl {
    private final HttpUrl prefix;
    private final int prefixLength;
    private final boolean collection;
    private volatile Last last;

    /** The last collection URL built, and its path. */
    private record Last(String path, HttpUrl url) {}

    EndpointUrl(HttpUrl baseUrl, Endpoint<?> endpoint) {
        PathTemplate template = endpoint.path();
        this.prefix = baseUrl.newBuilder()
                .addEncodedPathSegments(template.literalPrefix().substring(1))
                .build();
        this.prefixLength = template.literalPrefix().length();
        this.collection = template.endsWithLiteralAfterPlaceholder();
    }

    /** Returns the base URL with the endpoint's constant leading path segments. */
    HttpUrl prefix() {
        return prefix;
    }

    /**
     * Returns the URL of {@code request}: the same as parsing the base URL, path and query, without
     * parsing the scheme and host or percent-checking the constant leading segments again.
     */
    HttpUrl of(ApiRequest<?> request) {
        String path = request.path();
        boolean keep = collection && request.query().isEmpty();
        if (keep) {
            Last l = last;
            if (l != null && l.path().equals(path)) {
                return l.url();
            }
        }
        String rest = path.substring(prefixLength);
        if (rest.isEmpty() && request.query().isEmpty()) {
            return prefix;
        }
        HttpUrl.Builder u = prefix.newBuilder();
        if (!rest.isEmpty()) {
            u.addEncodedPathSegments(rest);
        }
        request.query().forEach(u::addQueryParameter);
        HttpUrl url = u.build();
        if (keep) {
            last = new Last(path, url);
        }
        return url;
    }
}
