package io.github.wisecards.core.internal;

import io.github.wisecards.core.errors.SdkException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One API operation, declared once: method, host, path template with typed parameters, how its
 * answer is decoded, its error handler, whether it needs an idempotency key, when it may be
 * retried and whether it exists in the sandbox only. A call binds the declaration's typed
 * arguments into an {@link ApiRequest}; {@link PreparedCall} runs it blocking, async or raw, and
 * auth, retries, logging and error mapping come from {@link Transport}. Immutable.
 *
 * <pre>{@code
 * static final PathParam<Long> PROFILE_ID = PathParam.positiveId("profileId");
 * static final PathParam<Long> CARD_ORDER_ID = PathParam.positiveId("cardOrderId");
 * static final Endpoint<CardOrder> RETRIEVE = Endpoint.builder(
 *         "GET", "/v3/spend/profiles/{profileId}/card-orders/{cardOrderId}", Decoders.CARD_ORDER)
 *     .pathParams(PROFILE_ID, CARD_ORDER_ID)
 *     .build();
 *
 * RETRIEVE.request().path(PROFILE_ID, profileId).path(CARD_ORDER_ID, cardOrderId)
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
    private final Function<String, ? extends SdkException> sandboxOnly;

    private Endpoint(Builder<T> b) {
        this.method = b.method;
        this.host = b.host;
        this.path = new PathTemplate(b.pathTemplate, b.pathParams);
        this.decoder = Objects.requireNonNull(b.decoder, "decoder");
        this.errorHandler = b.errorHandler;
        this.idempotencyKey = b.idempotencyKey;
        this.retryMode = b.retryMode;
        this.authenticated = b.authenticated;
        this.sandboxOnly = b.sandboxOnly;
    }

    /** Starts declaring an endpoint. */
    public static <T> Builder<T> builder(String method, String pathTemplate, ResponseDecoder<T> decoder) {
        return new Builder<>(method, pathTemplate, decoder);
    }

    /** Starts a request to this endpoint; bind each path parameter with {@link ApiRequest.Builder#path}. */
    public ApiRequest.Builder<T> request() {
        return ApiRequest.builder(this);
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

    /** Returns whether the operation exists in the sandbox only (kiosk simulation). */
    public boolean sandboxOnly() {
        return sandboxOnly != null;
    }

    /**
     * Returns the exception refusing this sandbox-only operation on a client that points at Wise
     * production.
     *
     * @param maskedPath the request's path, card tokens masked
     * @throws IllegalStateException if the operation is not sandbox-only
     */
    public SdkException sandboxRefusal(String maskedPath) {
        if (sandboxOnly == null) {
            throw new IllegalStateException(this + " is not sandbox-only");
        }
        return sandboxOnly.apply(method + " " + maskedPath);
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
        private List<PathParam<?>> pathParams = List.of();
        private Function<String, ? extends SdkException> sandboxOnly;

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

        /**
         * Types the path's placeholders, matched by name; every placeholder needs one. Each
         * parameter's rule (a positive id, a UUID) and masking (card tokens) apply to every request
         * of this endpoint.
         */
        public Builder<T> pathParams(PathParam<?>... params) {
            this.pathParams = List.of(params);
            return this;
        }

        /**
         * Marks the operation sandbox-only: on a client that points at Wise production it is
         * refused with {@code refusal}'s exception (given the method and masked path) before
         * anything is sent.
         */
        public Builder<T> sandboxOnly(Function<String, ? extends SdkException> refusal) {
            this.sandboxOnly = Objects.requireNonNull(refusal, "refusal");
            return this;
        }

        /** Builds the endpoint. */
        public Endpoint<T> build() {
            return new Endpoint<>(this);
        }
    }
}
