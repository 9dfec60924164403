package io.github.wisecards.testing;

import io.github.wisecards.core.internal.Redaction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request the simulator received, with the answer it gave, for assertions. Immutable.
 *
 * <p>{@link #toString()} shows only the method, path and status: headers and bodies can hold test
 * tokens and encrypted PINs.
 */
public final class ReceivedRequest {
    /** The host a request reached: the simulator serves each on its own listener. */
    public enum Host {
        /** The API host ({@link WiseSimulator#apiBaseUrl()}): card orders, kiosk, OAuth. */
        API,
        /** The card-data host ({@link WiseSimulator#cardDataBaseUrl()}): encryption key and PIN preset. */
        CARD_DATA
    }

    private final long sequence;
    private final Host host;
    private final String method;
    private final String path;
    private final String query;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final int statusCode;
    private final Fault fault;

    ReceivedRequest(
            long sequence,
            Host host,
            String method,
            String path,
            String query,
            Map<String, List<String>> headers,
            byte[] body,
            int statusCode,
            Fault fault) {
        this.sequence = sequence;
        this.host = host;
        this.method = method;
        this.path = path;
        this.query = query;
        this.headers = Map.copyOf(headers);
        this.body = body.clone();
        this.statusCode = statusCode;
        this.fault = fault;
    }

    /** {@return the position of this request among all requests the simulator received, from 1} */
    public long sequence() {
        return sequence;
    }

    /** {@return the host the request was sent to} */
    public Host host() {
        return host;
    }

    /** {@return the HTTP method, for example {@code POST}} */
    public String method() {
        return method;
    }

    /**
     * {@return the decoded path without the query, for example {@code /v3/spend/address/validate}}
     */
    public String path() {
        return path;
    }

    /** {@return the raw query string without {@code ?}, or an empty string} */
    public String query() {
        return query;
    }

    /**
     * {@return the first value of a header (case-insensitive name)}
     *
     * @param name the header name, in any case
     * @throws NullPointerException if {@code name} is null
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** {@return every header, keyed by lower-case name} */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** {@return the {@code X-idempotence-uuid} header, if sent} */
    public Optional<String> idempotencyKey() {
        return header("X-idempotence-uuid");
    }

    /** {@return the body as UTF-8 text (empty when there was none)} */
    public String body() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** {@return a copy of the raw body bytes} */
    public byte[] bodyBytes() {
        return body.clone();
    }

    /** {@return the status the simulator answered, or 0 when it dropped the connection instead} */
    public int statusCode() {
        return statusCode;
    }

    /** {@return the fault injected into this request, if any} */
    public Optional<Fault> fault() {
        return Optional.ofNullable(fault);
    }

    @Override
    public String toString() {
        return "ReceivedRequest{#" + sequence + " " + method + " " + maskedPath(path) + " -> "
                + (statusCode == 0 ? "dropped" : String.valueOf(statusCode))
                + (fault == null ? "" : ", " + fault) + "}";
    }

    static String maskedPath(String path) {
        String[] segments = path.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            if ("cards".equals(segments[i - 1])) {
                segments[i] = Redaction.maskCardToken(segments[i]);
            }
        }
        return String.join("/", segments);
    }
}
