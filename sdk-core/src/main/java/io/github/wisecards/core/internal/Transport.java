package io.github.wisecards.core.internal;

import io.github.wisecards.core.ApiResponse;
import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.TokenProvider;
import io.github.wisecards.core.errors.ApiConnectionException;
import io.github.wisecards.core.errors.SdkException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Executes {@link ApiRequest}s: blocking or async, with auth, retries, idempotency keys, logging,
 * listeners and error mapping. One per client; thread-safe.
 */
public final class Transport implements AutoCloseable {
    private final ClientOptions options;
    private final HttpResources resources;
    private final TokenProvider tokenProvider;
    private final String userAgent;
    private final Map<Host, HttpUrl> baseUrls;
    private final boolean retained;
    private final Object lock = new Object();
    // guarded by lock: close() and the calls in flight decide together when the resources go
    private boolean closed;
    private int inFlight;
    private boolean released;

    Transport(ClientOptions options, HttpResources resources, TokenProvider tokenProvider) {
        this.options = options;
        this.resources = resources;
        this.tokenProvider = tokenProvider;
        this.userAgent = SdkVersion.userAgent(options.appInfo().orElse(null));
        this.baseUrls = baseUrls(options);
        this.retained = false;
    }

    private Transport(ClientOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.resources = HttpResources.of(options);
        this.tokenProvider = options.tokenProvider();
        this.userAgent = SdkVersion.userAgent(options.appInfo().orElse(null));
        this.baseUrls = baseUrls(options);
        this.retained = true;
        resources.retain();
    }

    /** Creates the transport of a client built from {@code options}. Close it with the client. */
    public static Transport create(ClientOptions options) {
        return new Transport(options);
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
    public <T> ApiResponse<T> execute(ApiRequest<T> request) {
        begin();
        try {
            return run(request);
        } finally {
            end();
        }
    }

    private <T> ApiResponse<T> run(ApiRequest<T> request) {
        CallState<T> call = newCall(request);
        OkHttpClient client = resources.client();
        while (true) {
            if (isClosed()) {
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
            begin();
        } catch (IllegalStateException e) {
            result.completeExceptionally(e);
            return result;
        }
        AsyncCall<T> async = new AsyncCall<>(result);
        // a caller's cancel() ends the call too; every other ending goes through AsyncCall
        result.whenComplete((r, e) -> async.end());
        CallState<T> call;
        OkHttpClient client;
        try {
            call = newCall(request);
            client = resources.client();
        } catch (RuntimeException e) {
            async.fail(e);
            return result;
        }
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
            if (isClosed()) {
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
        return new CallState<>(request, baseUrls.get(request.endpoint().host()), options, tokenProvider, userAgent);
    }

    /**
     * Counts a call in flight.
     *
     * @throws IllegalStateException if the client is closed: no call starts after {@link #close()}
     */
    private void begin() {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("client is closed");
            }
            inFlight++;
        }
    }

    /** Counts a call as ended; the last one to end after {@link #close()} releases the resources. */
    private void end() {
        boolean release;
        synchronized (lock) {
            inFlight--;
            release = closed && inFlight == 0 && retained && !released;
            released |= release;
        }
        if (release) {
            resources.release();
        }
    }

    private boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    /**
     * The future of an async call: ends the call in flight exactly once, before the caller sees
     * the outcome, so the resources are released by the time a {@code join()} returns.
     */
    private final class AsyncCall<T> {
        final CompletableFuture<ApiResponse<T>> result;
        private final AtomicBoolean ended = new AtomicBoolean();

        AsyncCall(CompletableFuture<ApiResponse<T>> result) {
            this.result = result;
        }

        void end() {
            if (ended.compareAndSet(false, true)) {
                Transport.this.end();
            }
        }

        void succeed(ApiResponse<T> value) {
            end();
            result.complete(value);
        }

        void fail(Throwable e) {
            end();
            result.completeExceptionally(e);
        }
    }

    /** Parses each host's base URL once, rather than once per call. */
    private static Map<Host, HttpUrl> baseUrls(ClientOptions options) {
        Map<Host, HttpUrl> urls = new EnumMap<>(Host.class);
        for (Host host : Host.values()) {
            urls.put(host, HttpUrl.get(host.baseUrl(options.environment())));
        }
        return urls;
    }

    /**
     * Closes the client: no call starts afterwards ({@link IllegalStateException}), a call in
     * flight finishes its current attempt but starts no other (it fails with an {@link
     * ApiConnectionException} saying the client was closed), and the HTTP resources, if the SDK
     * created them, are released (dispatcher stopped, every connection closed) once the last call
     * in flight has ended. Idempotent; does not block.
     */
    @Override
    public void close() {
        boolean release;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            release = inFlight == 0 && retained && !released;
            released |= release;
        }
        if (release) {
            resources.release();
        }
    }
}
