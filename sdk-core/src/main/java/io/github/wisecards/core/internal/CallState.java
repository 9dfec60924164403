package io.github.wisecards.core.internal;

import io.github.wisecards.core.ApiResponse;
import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.RequestAttempt;
import io.github.wisecards.core.TokenProvider;
import io.github.wisecards.core.errors.ApiConnectionException;
import io.github.wisecards.core.errors.ApiException;
import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.errors.InvalidResponseException;
import io.github.wisecards.core.errors.OutcomeUnknownException;
import io.github.wisecards.core.errors.SdkException;
import io.github.wisecards.core.errors.ValidationException;
import io.github.wisecards.core.internal.auth.StaticTokenProvider;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * The state of one logical call across its attempts, and the decision after each attempt: done,
 * retry after a delay, or fail. Shared by the blocking and async loops of {@link Transport}.
 */
final class CallState<T> {
    static final int MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

    final ApiRequest<T> request;
    final Endpoint<T> endpoint;
    final String maskedPath;
    final String idempotencyKey;
    final String correlationId;
    private final ClientOptions options;
    private final TokenProvider tokenProvider;
    private final RetryPolicy retryPolicy;
    private final Instant deadline;
    private final int maxRetries;
    private final OutgoingRequest outgoing;
    private final boolean mayRetry;

    int attempt;
    private int retriesUsed;
    private boolean authRetried;
    private boolean priorIoFailure;
    /** Whether an attempt failed after its request may have reached Wise. */
    private boolean mayHaveReachedWise;

    private String tokenUsed;
    private io.github.wisecards.core.CallContext callContext;
    private long startNanos;

    // the call-level events, and what the call's end reports: the last response's status and trace id
    private CallEvents events = CallEvents.NONE;
    private Integer lastStatus;
    private String lastTraceId;

    /**
     * @param endpointUrl the endpoint's URLs on this client
     * @param clientHeaders the headers every call of the client sends (User-Agent, Accept, the
     *     options' default headers), built once per client
     */
    CallState(
            ApiRequest<T> request,
            EndpointUrl endpointUrl,
            ClientOptions options,
            TokenProvider tokenProvider,
            Headers clientHeaders) {
        this.request = request;
        this.endpoint = request.endpoint();
        this.options = options;
        this.tokenProvider = tokenProvider;
        this.maskedPath = request.maskedPath();
        this.retryPolicy = new RetryPolicy(
                options.retryBaseDelay(), options.retryMaxDelay(), options.maxRetryAfter(), options.random());
        // Only endpoints that send X-idempotence-uuid have a key: reporting a caller's key that
        // was never sent (on ApiResponse or an exception) would suggest a resend is safe.
        this.idempotencyKey = endpoint.sendsIdempotencyKey()
                ? request.options()
                        .idempotencyKey()
                        .orElseGet(() -> ContractFormats.requireUuid(
                                "generated idempotency key",
                                "idempotencyKey",
                                options.idempotencyKeyGenerator().get()))
                : null;
        this.correlationId = request.options().correlationId().orElse(null);
        this.deadline =
                options.clock().instant().plus(request.options().timeout().orElse(options.callTimeout()));
        this.maxRetries = request.options().maxRetries().orElse(options.maxRetries());
        this.mayRetry = RetryPolicy.mayRetry(endpoint, idempotencyKey != null);
        this.outgoing =
                new OutgoingRequest(request, endpointUrl.of(request), clientHeaders, idempotencyKey, correlationId);
    }

    /** Tells the request listeners that the call starts; once, before the first attempt. */
    void start() {
        events = CallEvents.start(
                options.requestListeners(), endpoint.method(), endpoint.path().template(), correlationId);
    }

    /**
     * Tells the request listeners how the call ended; only the first ending counts.
     *
     * @param error the failure the caller gets, or null when the call succeeded
     */
    void end(Throwable error) {
        events.end(lastStatus, lastTraceId, error, attempt);
    }

    /** Returns the time left before the deadline; zero or negative when passed. */
    Duration remaining() {
        return Duration.between(options.clock().instant(), deadline);
    }

    /** Starts the next attempt: fetches the token and builds the OkHttp request. */
    Request nextRequest() {
        attempt++;
        String authorization = null;
        if (endpoint.authenticated()) {
            // the SDK's static provider ignores the context: do not build it for every call
            tokenUsed = tokenProvider instanceof StaticTokenProvider fixed
                    ? fixed.accessToken()
                    : tokenProvider.accessToken(callContext());
            if (tokenUsed == null || tokenUsed.isEmpty()) {
                throw new ValidationException(
                        "access token", List.of(FieldViolation.of("accessToken", "the token provider returned none")));
            }
            // checked here, not by OkHttp, whose exception would quote the token
            HeaderRules.checkValue("access token", "accessToken", tokenUsed);
            authorization = "Bearer " + tokenUsed;
        }
        Headers headers = outgoing.headers(authorization);
        HttpLog.request(
                endpoint.method(),
                maskedPath,
                attempt,
                headers,
                outgoing.body(),
                outgoing.bodyType(),
                !options.logPersonalData());
        startNanos = System.nanoTime();
        return outgoing.toOkHttp(endpoint.method(), headers);
    }

    /** Decides after an I/O failure. */
    Step<T> onIoFailure(IOException e) {
        priorIoFailure = true;
        if (!(e instanceof java.net.ConnectException
                || e instanceof java.net.UnknownHostException
                || e instanceof java.net.NoRouteToHostException)) {
            mayHaveReachedWise = true;
        }
        boolean timeout = RetryPolicy.isTimeout(e);
        Duration delay = RetryPolicy.isRetryableIo(e) ? retryDelay(null) : null;
        SdkException ex = connectionFailure(timeout, delay == null, e);
        report(null, null, ex, delay != null, null, null);
        return delay != null ? Step.retry(delay) : Step.fail(ex);
    }

    /** Decides after a response; consumes and closes it. */
    Step<T> onResponse(Response response) {
        byte[] bytes;
        Headers headers = OkHttpGuards.restore(response.headers());
        int status = response.code();
        try (ResponseBody rb = response.body()) {
            bytes = readCapped(rb);
        } catch (IOException e) {
            return onIoFailure(e);
        } catch (TooLargeException e) {
            InvalidResponseException ex = new InvalidResponseException(
                    "Response body of " + endpoint.method() + " " + maskedPath + " is larger than " + MAX_RESPONSE_BYTES
                            + " bytes",
                    status,
                    headers.get("x-trace-id"),
                    idempotencyKey,
                    null);
            report(status, headers.get("x-trace-id"), ex, false, headers, null);
            return Step.fail(ex);
        }
        Map<String, List<String>> headerMap = lowerCase(headers);
        String traceId = headers.get("x-trace-id");
        AtomicReference<ResponseContext> self = new AtomicReference<>();
        ResponseContext full = new ResponseContext(
                status,
                headerMap,
                bytes,
                endpoint.method(),
                maskedPath,
                attempt,
                priorIoFailure,
                idempotencyKey,
                correlationId,
                () -> ExceptionMapper.map(self.get(), options.clock()),
                secrets());
        self.set(full);
        if (status >= 200 && status < 300) {
            try {
                T data = endpoint.decoder().decode(full);
                report(status, traceId, null, false, headers, bytes);
                return Step.done(ApiResponse.of(data, status, headerMap, idempotencyKey, correlationId, attempt));
            } catch (IOException | RuntimeException e) {
                InvalidResponseException ex = new InvalidResponseException(
                        "Response body of " + endpoint.method() + " " + maskedPath + " (HTTP " + status
                                + ") could not be read: " + DecodeFailure.summary(e),
                        status,
                        traceId,
                        idempotencyKey,
                        DecodeFailure.fieldPath(e),
                        DecodeFailure.excerpt(bytes, headers.get("Content-Type")),
                        DecodeFailure.safeCause(e));
                report(status, traceId, ex, false, headers, bytes);
                return Step.fail(ex);
            }
        }
        if (status == 401 && endpoint.authenticated() && !authRetried) {
            authRetried = true;
            if (tokenProvider.invalidate(callContext(), tokenUsed)) {
                report(status, traceId, full.defaultException().get(), true, headers, bytes);
                return Step.retry(Duration.ZERO);
            }
        }
        if (endpoint.errorHandler() != null) {
            try {
                T handled = endpoint.errorHandler().handle(full);
                if (handled != null) {
                    report(status, traceId, null, false, headers, bytes);
                    return Step.done(
                            ApiResponse.of(handled, status, headerMap, idempotencyKey, correlationId, attempt));
                }
            } catch (SdkException e) {
                report(status, traceId, e, false, headers, bytes);
                return Step.fail(e);
            }
        }
        ApiException ex = full.defaultException().get();
        Duration delay = RetryPolicy.isRetryableStatus(status)
                ? retryDelay(status == 429 || status == 503 ? ExceptionMapper.retryAfter(full, options.clock()) : null)
                : null;
        report(status, traceId, ex, delay != null, headers, bytes);
        return delay != null ? Step.retry(delay) : Step.fail(ex);
    }

    /** Returns what the token provider sees of this call; built on first use. */
    private io.github.wisecards.core.CallContext callContext() {
        if (callContext == null) {
            callContext = io.github.wisecards.core.CallContext.of(
                    request.options().user().orElse(null),
                    endpoint.method(),
                    endpoint.path().template(),
                    request.publicPathValues());
        }
        return callContext;
    }

    /** Returns the secrets the current attempt sent: the request's own, the access token used. */
    private List<String> secrets() {
        List<String> out = new ArrayList<>(request.secrets());
        if (tokenUsed != null) {
            out.add(tokenUsed);
        }
        String authorization = request.headers().get("Authorization");
        if (authorization != null) {
            int space = authorization.indexOf(' ');
            out.add(space == -1 ? authorization : authorization.substring(space + 1));
        }
        return out;
    }

    /** Returns the wait before the next retry, or null when no retry may be made. */
    private Duration retryDelay(Duration retryAfter) {
        if (!mayRetry || retriesUsed >= maxRetries) {
            return null;
        }
        Duration delay = retryPolicy.delay(retriesUsed + 1, retryAfter);
        if (remaining().compareTo(delay) <= 0) {
            return null;
        }
        retriesUsed++;
        return delay;
    }

    /** Returns the exception of a call in flight whose client was closed before its next attempt. */
    SdkException clientClosed() {
        return new ApiConnectionException(
                endpoint.method(),
                maskedPath,
                false,
                idempotencyKey,
                new java.io.InterruptedIOException("client closed before attempt " + (attempt + 1)));
    }

    /** Returns the exception thrown when the deadline passed before an attempt could start. */
    SdkException deadlineExceeded() {
        return connectionFailure(
                true, true, new java.io.InterruptedIOException("call deadline passed before attempt " + (attempt + 1)));
    }

    /**
     * The exception for an I/O failure: {@link OutcomeUnknownException} when it ends a call that
     * sends an idempotency key and an attempt may have reached Wise, {@link ApiConnectionException}
     * otherwise.
     */
    private ApiConnectionException connectionFailure(boolean timeout, boolean last, IOException e) {
        if (last && idempotencyKey != null && mayHaveReachedWise) {
            return new OutcomeUnknownException(
                    endpoint.method(), maskedPath, timeout, idempotencyKey, Math.max(attempt, 1), e);
        }
        return new ApiConnectionException(endpoint.method(), maskedPath, timeout, idempotencyKey, e);
    }

    private void report(
            Integer status, String traceId, Throwable error, boolean willRetry, Headers headers, byte[] bytes) {
        lastStatus = status;
        lastTraceId = traceId;
        if (options.requestListeners().isEmpty() && !HttpLog.responsesLogged()) {
            return; // nobody would see the attempt: do not build it
        }
        RequestAttempt a = RequestAttempt.of(
                endpoint.method(),
                endpoint.path().template(),
                status,
                Duration.ofNanos(System.nanoTime() - startNanos),
                attempt,
                traceId,
                error,
                willRetry);
        HttpLog.response(
                a,
                maskedPath,
                headers,
                bytes,
                headers == null ? null : headers.get("Content-Type"),
                secrets(),
                !options.logPersonalData());
        HttpLog.notify(options.requestListeners(), a);
    }

    private static byte[] readCapped(ResponseBody body) throws IOException {
        BufferedSource source = body.source();
        if (!source.request(MAX_RESPONSE_BYTES + 1L)) {
            return source.getBuffer().readByteArray();
        }
        throw new TooLargeException();
    }

    private static Map<String, List<String>> lowerCase(Headers headers) {
        Map<String, List<String>> out = new TreeMap<>();
        for (String name : headers.names()) {
            out.put(name.toLowerCase(Locale.ROOT), headers.values(name));
        }
        return out;
    }

    /** The body exceeded {@link #MAX_RESPONSE_BYTES}. */
    private static final class TooLargeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super(null, null, false, false);
        }
    }

    /** What to do after an attempt. */
    record Step<T>(ApiResponse<T> result, Duration retryDelay, SdkException failure) {
        static <T> Step<T> done(ApiResponse<T> r) {
            return new Step<>(r, null, null);
        }

        static <T> Step<T> retry(Duration d) {
            return new Step<>(null, d, null);
        }

        static <T> Step<T> fail(SdkException e) {
            return new Step<>(null, null, e);
        }
    }
}
