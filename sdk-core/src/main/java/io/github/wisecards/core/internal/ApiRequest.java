package io.github.wisecards.core.internal;

import io.github.wisecards.core.RequestOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One call to an {@link Endpoint}: typed path values, query, body, extra headers and per-call
 * options. Immutable.
 *
 * @param <T> the result type
 */
public final class ApiRequest<T> {
    private final Endpoint<T> endpoint;
    private final Map<String, String> query;
    private final Object jsonBody;
    private final Map<String, String> formBody;
    private final Map<String, String> headers;
    private final RequestOptions options;
    private final String path;
    private final String maskedPath;
    private final List<String> secrets;
    private final String[] pathTexts;

    private ApiRequest(Builder<T> b) {
        this.endpoint = b.endpoint;
        this.query = copy(b.query);
        this.jsonBody = b.jsonBody;
        this.formBody = b.formBody == null ? null : copy(b.formBody);
        this.headers = copy(b.headers);
        this.options = b.options;
        PathTemplate template = endpoint.path();
        this.path = template.render(b.pathTexts, false);
        this.maskedPath = template.hasSensitiveParams() ? template.render(b.pathTexts, true) : path;
        List<String> s = new ArrayList<>(b.secrets);
        s.addAll(template.sensitiveValues(b.pathTexts));
        this.secrets = List.copyOf(s);
        this.pathTexts = b.pathTexts.clone();
    }

    /** Copies a map keeping its order; most requests have no query or extra headers. */
    private static Map<String, String> copy(Map<String, String> map) {
        return map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    static <T> Builder<T> builder(Endpoint<T> endpoint) {
        return new Builder<>(endpoint);
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
        return endpoint.path().publicValues(pathTexts);
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
        private final String[] pathTexts;
        private final Map<String, String> query = new LinkedHashMap<>();
        private Object jsonBody;
        private Map<String, String> formBody;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private RequestOptions options = RequestOptions.none();
        private final List<String> secrets = new ArrayList<>();

        private Builder(Endpoint<T> endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            this.pathTexts = new String[endpoint.path().size()];
        }

        /**
         * Binds a path parameter, checked by its rule now.
         *
         * @throws io.github.wisecards.core.errors.ValidationException naming the parameter and its
         *     rule when {@code value} breaks it (the value is not echoed)
         * @throws IllegalArgumentException if the endpoint's path has no such parameter
         */
        public <V> Builder<T> path(PathParam<V> param, V value) {
            int index = endpoint.path().indexOf(param);
            if (index < 0) {
                throw new IllegalArgumentException(endpoint + " has no path parameter " + param);
            }
            pathTexts[index] = param.format(value);
            return this;
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
