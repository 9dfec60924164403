package io.github.wisecards.core.internal;

import io.github.wisecards.core.RequestOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One call to an {@link Endpoint}: path values, query, body, extra headers and per-call options.
 * Immutable.
 *
 * @param <T> the result type
 */
public final class ApiRequest<T> {
    private final Endpoint<T> endpoint;
    private final Object[] pathValues;
    private final Map<String, String> query;
    private final Object jsonBody;
    private final Map<String, String> formBody;
    private final Map<String, String> headers;
    private final RequestOptions options;
    private final String path;
    private final String maskedPath;
    private final List<String> secrets;

    private ApiRequest(Builder<T> b) {
        this.endpoint = b.endpoint;
        this.pathValues = b.pathValues.clone();
        this.query = copy(b.query);
        this.jsonBody = b.jsonBody;
        this.formBody = b.formBody == null ? null : copy(b.formBody);
        this.headers = copy(b.headers);
        this.options = b.options;
        this.path = endpoint.path().fill(pathValues); // fails fast on missing or empty path values
        this.maskedPath = endpoint.path().hasSensitiveParams() ? endpoint.path().fillMasked(pathValues) : path;
        List<String> s = new ArrayList<>(b.secrets);
        s.addAll(endpoint.path().sensitiveValues(pathValues));
        this.secrets = List.copyOf(s);
    }

    /** Copies a map keeping its order; most requests have no query or extra headers. */
    private static Map<String, String> copy(Map<String, String> map) {
        return map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    static <T> Builder<T> builder(Endpoint<T> endpoint, Object[] pathValues) {
        return new Builder<>(endpoint, pathValues);
    }

    /** Returns the endpoint. */
    public Endpoint<T> endpoint() {
        return endpoint;
    }

    /** Returns the path with values filled in. */
    public String path() {
        return path;
    }

    /** Returns the path with sensitive values masked, for logs and messages. */
    public String maskedPath() {
        return maskedPath;
    }

    /** Returns the values of the path parameters that are not sensitive, by name. */
    public Map<String, String> publicPathValues() {
        return endpoint.path().publicValues(pathValues);
    }

    /** Returns the query parameters, in order. */
    public Map<String, String> query() {
        return query;
    }

    /** Returns the object serialized as the JSON body, or null. */
    public Object jsonBody() {
        return jsonBody;
    }

    /** Returns the form-encoded body fields, or null. */
    public Map<String, String> formBody() {
        return formBody;
    }

    /** Returns extra headers set by the operation. */
    public Map<String, String> headers() {
        return headers;
    }

    /** Returns the per-call options. */
    public RequestOptions options() {
        return options;
    }

    /**
     * Returns the secret values this request carries (card tokens in its path, credentials in its
     * body), redacted wherever the server echoes them back.
     */
    public List<String> secrets() {
        return secrets;
    }

    /**
     * Builds an {@link ApiRequest}.
     *
     * @param <T> the result type
     */
    public static final class Builder<T> {
        private final Endpoint<T> endpoint;
        private final Object[] pathValues;
        private final Map<String, String> query = new LinkedHashMap<>();
        private Object jsonBody;
        private Map<String, String> formBody;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private RequestOptions options = RequestOptions.none();
        private final List<String> secrets = new ArrayList<>();

        private Builder(Endpoint<T> endpoint, Object[] pathValues) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            this.pathValues = Objects.requireNonNull(pathValues, "pathValues");
        }

        /** Adds a query parameter; a null value is left out. */
        public Builder<T> query(String name, Object value) {
            if (value != null) {
                query.put(name, value.toString());
            }
            return this;
        }

        /** Sets the JSON body. */
        public Builder<T> jsonBody(Object body) {
            this.jsonBody = Objects.requireNonNull(body, "body");
            return this;
        }

        /** Sets a form-encoded body. */
        public Builder<T> formBody(Map<String, String> fields) {
            this.formBody = Objects.requireNonNull(fields, "fields");
            return this;
        }

        /** Adds a header. */
        public Builder<T> header(String name, String value) {
            headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, name));
            return this;
        }

        /** Sets the per-call options; null means none. */
        public Builder<T> options(RequestOptions options) {
            this.options = options == null ? RequestOptions.none() : options;
            return this;
        }

        /** Marks a value this request sends as secret: redacted wherever the server echoes it. */
        public Builder<T> secret(String value) {
            secrets.add(Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Builds the request. */
        public ApiRequest<T> build() {
            return new ApiRequest<>(this);
        }
    }
}
