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
    private final AtomicBoolean closed = new AtomicBoolean();
    private final boolean retained;

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
        CallState<T> call = start(request);
        OkHttpClient client = resources.client();
        while (true) {
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
        CallState<T> call;
        try {
            call = start(request);
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
            return result;
        }
        OkHttpClient client = resources.client();
        try {
            client.dispatcher().executorService().execute(() -> attemptAsync(client, call, result));
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new IllegalStateException("client is closed"));
        }
        return result;
    }

    private <T> void attemptAsync(OkHttpClient client, CallState<T> call, CompletableFuture<ApiResponse<T>> result) {
        if (result.isDone()) {
            return; // cancelled by the caller
        }
        try {
            Duration remaining = call.remaining();
            if (remaining.isNegative() || remaining.isZero()) {
                result.completeExceptionally(call.deadlineExceeded());
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
                        next(client, call, call.onIoFailure(e), result);
                    } catch (RuntimeException | Error t) {
                        // thrown on OkHttp's thread it would leave the future pending forever
                        result.completeExceptionally(t);
                    }
                }

                @Override
                public void onResponse(Call c, Response response) {
                    try {
                        next(client, call, call.onResponse(response), result);
                    } catch (RuntimeException | Error t) {
                        result.completeExceptionally(t);
                    }
                }
            });
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }

    private <T> void next(
            OkHttpClient client, CallState<T> call, CallState.Step<T> step, CompletableFuture<ApiResponse<T>> result) {
        if (step.result() != null) {
            result.complete(step.result());
        } else if (step.failure() != null) {
            result.completeExceptionally(step.failure());
        } else if (step.retryDelay().isZero()) {
            attemptAsync(client, call, result);
        } else {
            options.sleeper().delay(step.retryDelay()).whenComplete((v, e) -> {
                if (e != null) {
                    result.completeExceptionally(e);
                } else {
                    attemptAsync(client, call, result);
                }
            });
        }
    }

    private <T> CallState<T> start(ApiRequest<T> request) {
        if (closed.get()) {
            throw new IllegalStateException("client is closed");
        }
        return new CallState<>(request, baseUrls.get(request.endpoint().host()), options, tokenProvider, userAgent);
    }

    /** Parses each host's base URL once, rather than once per call. */
    private static Map<Host, HttpUrl> baseUrls(ClientOptions options) {
        Map<Host, HttpUrl> urls = new EnumMap<>(Host.class);
        for (Host host : Host.values()) {
            urls.put(host, HttpUrl.get(host.baseUrl(options.environment())));
        }
        return urls;
    }

    /** Releases the HTTP resources this transport's client used, if the SDK created them. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && retained) {
            resources.release();
        }
    }
}
