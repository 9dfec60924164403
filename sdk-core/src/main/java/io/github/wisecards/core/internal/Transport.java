package io.github.wisecards.core.internal;

import io.github.wisecards.core.ApiResponse;
import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.Sleeper;
import io.github.wisecards.core.TokenProvider;
import io.github.wisecards.core.errors.ApiConnectionException;
import io.github.wisecards.core.errors.SdkException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Executes {@link ApiRequest}s: blocking or async, with auth, retries, idempotency keys, logging,
 * listeners and error mapping. One per client, created when the client is built: it holds the
 * client's share of the {@link HttpResources} and the client's token provider, bound to the
 * client's HTTP stack. Thread-safe.
 */
public final class Transport implements HttpStack, AutoCloseable {
    private final ClientOptions options;
    private final HttpResources resources;
    private final OkHttpClient client;
    private final TokenProvider tokenProvider;
    private final Headers clientHeaders;
    private final EndpointUrls endpointUrls;
    private final CallsInFlight calls;

    private Transport(
            ClientOptions options,
            HttpResources resources,
            OkHttpClient client,
            TokenProvider tokenProvider,
            boolean sharer) {
        this.options = options;
        this.resources = resources;
        this.client = client;
        this.tokenProvider = tokenProvider;
        this.clientHeaders = OutgoingRequest.clientHeaders(
                SdkVersion.userAgent(options.appInfo().orElse(null)), options);
        this.endpointUrls = new EndpointUrls(options.environment());
        this.calls = new CallsInFlight(resources, sharer);
    }

    /**
     * Creates the transport of a client built from {@code options}, with HTTP resources of its
     * own (over the partner's OkHttp client when the options name one). Close it with the client.
     *
     * @param options the client's options
     * @return the transport, holding the one share of its resources
     */
    public static Transport create(ClientOptions options) {
        return bind(options, HttpResources.create(options.okHttpClient().orElse(null)));
    }

    /**
     * Creates the transport of a client derived from this one ({@code withOptions(..)}): it
     * shares this transport's connection pool and dispatcher, which stay open until every
     * transport sharing them is closed.
     *
     * @param options the derived client's options
     * @return the transport, holding its own share of the resources
     * @throws IllegalStateException if this transport is closed
     */
    public Transport derive(ClientOptions options) {
        if (calls.isClosed()) {
            throw new IllegalStateException("client is closed");
        }
        return bind(options, resources.share());
    }

    /** Binds the options' token provider to the new client's HTTP stack: here, never in options. */
    private static Transport bind(ClientOptions options, HttpResources resources) {
        OkHttpClient client =
                resources.configure(options.connectTimeout(), options.readTimeout(), options.writeTimeout());
        TokenProvider provider = options.tokenProvider();
        if (provider instanceof BindableTokenProvider bindable) {
            // token calls are unauthenticated and run inside a call of the client: no share of their own
            provider = bindable.bind(new Transport(options, resources, client, null, false));
        }
        return new Transport(options, resources, client, provider, true);
    }

    /**
     * Returns the token provider of this client, bound to its HTTP stack.
     *
     * @return the bound provider
     */
    public TokenProvider tokenProvider() {
        return tokenProvider;
    }

    /**
     * Returns the clock of the options.
     *
     * @return the clock
     */
    @Override
    public Clock clock() {
        return options.clock();
    }

    /**
     * Returns the sleeper of the options.
     *
     * @return the sleeper
     */
    @Override
    public Sleeper sleeper() {
        return options.sleeper();
    }

    /** Returns the configured OkHttp client; for tests. */
    OkHttpClient httpClient() {
        return client;
    }

    /** Returns the resources this transport shares; for tests. */
    HttpResources resources() {
        return resources;
    }

    /** Returns the options this transport was built from. */
    public ClientOptions options() {
        return options;
    }

    /**
     * Executes a request, blocking until it succeeds or fails for good.
     *
     * @throws SdkException the typed failure
     */
    @Override
    public <T> ApiResponse<T> execute(ApiRequest<T> request) {
        calls.begin();
        try {
            return run(request);
        } finally {
            calls.end();
        }
    }

    private <T> ApiResponse<T> run(ApiRequest<T> request) {
        CallState<T> call = newCall(request);
        call.start();
        try {
            ApiResponse<T> result = attempts(request, call);
            call.end(null);
            return result;
        } catch (RuntimeException | Error e) {
            call.end(e);
            throw e;
        }
    }

    private <T> ApiResponse<T> attempts(ApiRequest<T> request, CallState<T> call) {
        while (true) {
            if (calls.isClosed()) {
                throw call.clientClosed();
            }
            Duration remaining = call.remaining();
            if (remaining.isNegative() || remaining.isZero()) {
                throw call.deadlineExceeded();
            }
            Request req = call.nextRequest();
            Call http = client.newCall(req);
            http.timeout().timeout(remaining.toNanos(), TimeUnit.NANOSECONDS);
            CallState.Step<T> step;
            try {
                step = call.onResponse(http.execute());
            } catch (IOException e) {
                step = call.onIoFailure(e);
            }
            if (step.result() != null) {
                return step.result();
            }
            if (step.failure() != null) {
                throw step.failure();
            }
            if (step.retryDelay().isZero()) {
                continue; // the retry after a 401 with a fresh token needs no wait
            }
            try {
                options.sleeper().sleep(step.retryDelay());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiConnectionException(
                        request.endpoint().method(),
                        call.maskedPath,
                        false,
                        call.idempotencyKey,
                        new InterruptedIOException("interrupted while waiting to retry"));
            }
        }
    }

    /**
     * Executes a request without blocking the caller, on OkHttp's dispatcher. The future fails
     * with the same typed exceptions {@link #execute(ApiRequest)} throws (unwrapped from {@link
     * CompletionException} by {@code join()} callers via {@code getCause()}).
     */
    public <T> CompletableFuture<ApiResponse<T>> executeAsync(ApiRequest<T> request) {
        CompletableFuture<ApiResponse<T>> result = new CompletableFuture<>();
        try {
            calls.begin();
        } catch (IllegalStateException e) {
            result.completeExceptionally(e);
            return result;
        }
        AsyncCall<T> async = new AsyncCall<>(result);
        // a caller's cancel() ends the call too; every other ending goes through AsyncCall
        result.whenComplete((r, e) -> async.end(e));
        CallState<T> call;
        try {
            call = newCall(request);
        } catch (RuntimeException e) {
            async.fail(e);
            return result;
        }
        // on the caller's thread, so that a listener's span has the caller's current one as parent
        call.start();
        async.call = call;
        try {
            client.dispatcher().executorService().execute(() -> attemptAsync(client, call, async));
        } catch (RejectedExecutionException e) {
            async.fail(call.clientClosed());
        }
        return result;
    }

    private <T> void attemptAsync(OkHttpClient client, CallState<T> call, AsyncCall<T> async) {
        CompletableFuture<ApiResponse<T>> result = async.result;
        if (result.isDone()) {
            return; // cancelled by the caller
        }
        try {
            if (calls.isClosed()) {
                async.fail(call.clientClosed());
                return;
            }
            Duration remaining = call.remaining();
            if (remaining.isNegative() || remaining.isZero()) {
                async.fail(call.deadlineExceeded());
                return;
            }
            Call http = client.newCall(call.nextRequest());
            http.timeout().timeout(remaining.toNanos(), TimeUnit.NANOSECONDS);
            result.whenComplete((r, e) -> {
                if (result.isCancelled()) {
                    http.cancel();
                }
            });
            http.enqueue(new Callback() {
                @Override
                public void onFailure(Call c, IOException e) {
                    try {
                        next(client, call, call.onIoFailure(e), async);
                    } catch (RuntimeException | Error t) {
                        // thrown on OkHttp's thread it would leave the future pending forever
                        async.fail(t);
                    }
                }

                @Override
                public void onResponse(Call c, Response response) {
                    try {
                        next(client, call, call.onResponse(response), async);
                    } catch (RuntimeException | Error t) {
                        async.fail(t);
                    }
                }
            });
        } catch (RuntimeException e) {
            async.fail(e);
        }
    }

    private <T> void next(OkHttpClient client, CallState<T> call, CallState.Step<T> step, AsyncCall<T> async) {
        if (step.result() != null) {
            async.succeed(step.result());
        } else if (step.failure() != null) {
            async.fail(step.failure());
        } else if (step.retryDelay().isZero()) {
            attemptAsync(client, call, async);
        } else {
            options.sleeper().delay(step.retryDelay()).whenComplete((v, e) -> {
                if (e != null) {
                    async.fail(e);
                } else {
                    attemptAsync(client, call, async);
                }
            });
        }
    }

    private <T> CallState<T> newCall(ApiRequest<T> request) {
        if (request.endpoint().sandboxOnly() && options.environment().isProduction()) {
            throw request.endpoint().sandboxRefusal(request.maskedPath());
        }
        return new CallState<>(request, endpointUrls.of(request.endpoint()), options, tokenProvider, clientHeaders);
    }

    /**
     * The future of an async call: ends the call in flight exactly once, before the caller sees
     * the outcome, so the resources are released by the time a {@code join()} returns.
     */
    private final class AsyncCall<T> {
        final CompletableFuture<ApiResponse<T>> result;
        private final AtomicBoolean ended = new AtomicBoolean();
        // set once the call has started (told its listeners), before any attempt is dispatched
        volatile CallState<T> call;

        AsyncCall(CompletableFuture<ApiResponse<T>> result) {
            this.result = result;
        }

        /** Ends the call once: tells its listeners (error null on success), then ends it in flight. */
        void end(Throwable error) {
            if (ended.compareAndSet(false, true)) {
                CallState<T> started = call;
                if (started != null) {
                    started.end(error);
                }
                calls.end();
            }
        }

        void succeed(ApiResponse<T> value) {
            end(null);
            result.complete(value);
        }

        void fail(Throwable e) {
            end(e);
            result.completeExceptionally(e);
        }
    }

    /**
     * Closes the client: no call starts afterwards ({@link IllegalStateException}), a call in
     * flight finishes its current attempt but starts no other (it fails with an {@link
     * ApiConnectionException} saying the client was closed), and this client's share of the HTTP
     * resources is given back once its last call in flight has ended (the last share shuts the
     * SDK's own pool and dispatcher down). Idempotent; does not block.
     */
    @Override
    public void close() {
        calls.close();
    }
}
