package io.github.wisecards.contract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request as it travelled on the wire and, unless the connection was dropped, the response to
 * it. Header names are case-insensitive.
 *
 * @param method the HTTP method, for example {@code POST}
 * @param encodedPath the path as sent, percent-encoded, without the query
 * @param encodedQuery the query as sent without {@code ?}, or an empty string
 * @param requestHeaders the request's headers
 * @param requestBody the request's body, empty when none
 * @param response the response, or empty when none was written (a dropped connection)
 */
public record HttpExchange(
        String method,
        String encodedPath,
        String encodedQuery,
        Map<String, List<String>> requestHeaders,
        byte[] requestBody,
        Optional<Response> response) {

    /** Copies the parts; header names become case-insensitive. */
    public HttpExchange {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(encodedPath, "encodedPath");
        encodedQuery = encodedQuery == null ? "" : encodedQuery;
        requestHeaders = caseInsensitive(requestHeaders);
        requestBody = requestBody == null ? new byte[0] : requestBody.clone();
        Objects.requireNonNull(response, "response");
    }

    /** Returns the first value of a request header. */
    public Optional<String> requestHeader(String name) {
        return first(requestHeaders, name);
    }

    /** Returns the request body as UTF-8 text. */
    public String requestBodyText() {
        return new String(requestBody, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return method + " " + encodedPath
                + response.map(r -> " -> " + r.status()).orElse(" -> (no response)");
    }

    /**
     * A response as written on the wire.
     *
     * @param status the HTTP status code
     * @param headers the response's headers
     * @param body the response's body, empty when none
     * @param bodyUnread whether the body was too large or streamed to be read for validation
     */
    public record Response(int status, Map<String, List<String>> headers, byte[] body, boolean bodyUnread) {
        /** Copies the parts; header names become case-insensitive. */
        public Response {
            headers = caseInsensitive(headers);
            body = body == null ? new byte[0] : body.clone();
        }

        /** A response whose body was read. */
        public Response(int status, Map<String, List<String>> headers, byte[] body) {
            this(status, headers, body, false);
        }

        /** Returns the first value of a response header. */
        public Optional<String> header(String name) {
            return first(headers, name);
        }

        /** Returns the body as UTF-8 text. */
        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    static Map<String, List<String>> caseInsensitive(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> copy.merge(name.toLowerCase(Locale.ROOT), List.copyOf(values), (a, b) -> {
                List<String> all = new java.util.ArrayList<>(a);
                all.addAll(b);
                return List.copyOf(all);
            }));
        }
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static Optional<String> first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
