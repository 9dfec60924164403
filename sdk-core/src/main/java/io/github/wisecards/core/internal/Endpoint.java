package io.github.wisecards.core.internal;

import java.util.Objects;
import java.util.Set;

/**
 * One API operation, declared once: method, host, path template, how its answer is decoded, and
 * whether it needs an idempotency key. Blocking, async and raw-response execution, auth, retries,
 * logging and error mapping all come from {@link Transport}. Immutable.
 *
 * <pre>{@code
 * static final Endpoint<CardOrder> RETRIEVE = Endpoint
 *     .get("/v3/spend/profiles/{profileId}/card-orders/{cardOrderId}", CardOrder.class);
 * }</pre>
 *
 * @param <T> the result type
 */
public final class Endpoint<T> {
    /** The header carrying the idempotency key. */
    public static final String IDEMPOTENCY_HEADER = "X-idempotence-uuid";

    private final String method;
    private final Host host;
    private final PathTemplate path;
    private final ResponseDecoder<T> decoder;
    private final ErrorHandler<T> errorHandler;
    private final boolean idempotencyKey;
    private final RetryMode retryMode;
    private final boolean authenticated;

    private Endpoint(Builder<T> b) {
        this.method = b.method;
        this.host = b.host;
        this.path = new PathTemplate(b.pathTemplate, b.sensitivePathParams);
        this.decoder = Objects.requireNonNull(b.decoder, "decoder");
        this.errorHandler = b.errorHandler;
        this.idempotencyKey = b.idempotencyKey;
        this.retryMode = b.retryMode;
        this.authenticated = b.authenticated;
    }

    /** Starts declaring an endpoint. */
    public static <T> Builder<T> builder(String method, String pathTemplate, ResponseDecoder<T> decoder) {
        return new Builder<>(method, pathTemplate, decoder);
    }

    /** Declares a GET on the API host whose JSON answer is read as {@code type}. */
    public static <T> Endpoint<T> get(String pathTemplate, Class<T> type) {
        return builder("GET", pathTemplate, ResponseDecoder.json(type)).build();
    }

    /** Starts a request to this endpoint with the path values in URL order. */
    public ApiRequest.Builder<T> request(Object... pathValues) {
        return ApiRequest.builder(this, pathValues);
    }

    /** Returns the HTTP method. */
    public String method() {
        return method;
    }

    /** Returns the host. */
    public Host host() {
        return host;
    }

    /** Returns the path template. */
    public PathTemplate path() {
        return path;
    }

    /** Returns the decoder of success bodies. */
    public ResponseDecoder<T> decoder() {
        return decoder;
    }

    /** Returns the endpoint's own error handler, or null. */
    public ErrorHandler<T> errorHandler() {
        return errorHandler;
    }

    /** Returns whether every request sends an idempotency key (generated when not given). */
    public boolean sendsIdempotencyKey() {
        return idempotencyKey;
    }

    /** Returns when failed attempts may be retried. */
    public RetryMode retryMode() {
        return retryMode;
    }

    /** Returns whether requests carry the bearer token. */
    public boolean authenticated() {
        return authenticated;
    }

    @Override
    public String toString() {
        return method + " " + path.template();
    }

    /**
     * Builds an {@link Endpoint}.
     *
     * @param <T> the result type
     */
    public static final class Builder<T> {
        private final String method;
        private final String pathTemplate;
        private final ResponseDecoder<T> decoder;
        private Host host = Host.API;
        private ErrorHandler<T> errorHandler;
        private boolean idempotencyKey;
        private RetryMode retryMode = RetryMode.AUTO;
        private boolean authenticated = true;
        private Set<String> sensitivePathParams = Set.of();

        private Builder(String method, String pathTemplate, ResponseDecoder<T> decoder) {
            this.method = Objects.requireNonNull(method, "method");
            this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
            this.decoder = Objects.requireNonNull(decoder, "decoder");
        }

        /** Puts the endpoint on another host; default {@link Host#API}. */
        public Builder<T> host(Host host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** Reads error responses with {@code handler} before the default mapping. */
        public Builder<T> errorHandler(ErrorHandler<T> handler) {
            this.errorHandler = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /** Sends {@code X-idempotence-uuid} on every attempt, generated once per call if not given. */
        public Builder<T> idempotencyKey() {
            this.idempotencyKey = true;
            return this;
        }

        /** Sets when failed attempts may be retried; default {@link RetryMode#AUTO}. */
        public Builder<T> retryMode(RetryMode retryMode) {
            this.retryMode = Objects.requireNonNull(retryMode, "retryMode");
            return this;
        }

        /** Sends no bearer token (the OAuth token endpoint). */
        public Builder<T> unauthenticated() {
            this.authenticated = false;
            return this;
        }

        /** Names path parameters whose values (card tokens) are masked in logs and messages. */
        public Builder<T> sensitivePathParams(String... names) {
            this.sensitivePathParams = Set.of(names);
            return this;
        }

        /** Builds the endpoint. */
        public Endpoint<T> build() {
            return new Endpoint<>(this);
        }
    }
}
