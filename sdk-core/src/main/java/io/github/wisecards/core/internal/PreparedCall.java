package io.github.wisecards.core.internal;

import io.github.wisecards.core.ApiResponse;
import io.github.wisecards.core.RequestOptions;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One operation bound to its arguments, run in any of the three views a service offers: {@link
 * #blocking}, {@link #async} and {@link #raw}. A service's view methods are one-line delegates
 * ({@code return calls.create(profileId, params).async(options);}), so an operation's request,
 * validation and result mapping exist once, whichever view runs it.
 *
 * <p>Binding never throws: the arguments are checked when the call runs, so a blocking view
 * throws the {@link io.github.wisecards.core.errors.ValidationException} and an async view fails
 * its future with it; either way nothing is sent. Each prepared call is run once.
 *
 * @param <T> the result type
 */
public interface PreparedCall<T> {

    /**
     * Runs the call, blocking, and returns the result with the response's metadata.
     *
     * @param options per-call options
     * @return the response
     * @throws io.github.wisecards.core.errors.SdkException the typed failure
     */
    ApiResponse<T> raw(RequestOptions options);

    /**
     * Runs the call without blocking the caller. Never throws: every failure, local validation
     * included, fails the future. Cancelling the future cancels the HTTP call in flight.
     *
     * @param options per-call options
     * @return the future response
     */
    CompletableFuture<ApiResponse<T>> rawAsync(RequestOptions options);

    /**
     * Runs the call, blocking, and returns its result.
     *
     * @param options per-call options
     * @return the result
     * @throws io.github.wisecards.core.errors.SdkException the typed failure
     */
    default T blocking(RequestOptions options) {
        return raw(options).data();
    }

    /**
     * Runs the call without blocking the caller. Never throws; cancelling the returned future
     * cancels the HTTP call in flight.
     *
     * @param options per-call options
     * @return the future result
     */
    default CompletableFuture<T> async(RequestOptions options) {
        return CancellableFutures.map(rawAsync(options), ApiResponse::data);
    }

    /**
     * Returns a call of the request {@code request} builds on {@code transport}; the builder runs
     * when the call runs, so its checks (typed path parameters, body validation) fail the call.
     *
     * @param <T> the result type
     * @param transport the client's transport
     * @param request builds the request, without per-call options
     * @return the call
     */
    static <T> PreparedCall<T> of(Transport transport, Supplier<ApiRequest.Builder<T>> request) {
        return new PreparedCall<>() {
            @Override
            public ApiResponse<T> raw(RequestOptions options) {
                return transport.execute(request.get().options(options).build());
            }

            @Override
            public CompletableFuture<ApiResponse<T>> rawAsync(RequestOptions options) {
                ApiRequest<T> built;
                try {
                    built = request.get().options(options).build();
                } catch (RuntimeException e) {
                    return CompletableFuture.failedFuture(e);
                }
                return transport.executeAsync(built);
            }
        };
    }

    /**
     * Returns a call that fails with {@code failure} (found while binding) in every view.
     *
     * @param <T> the result type
     * @param failure the failure, thrown by the blocking views and failing the async one
     * @return the call
     */
    static <T> PreparedCall<T> failed(RuntimeException failure) {
        return new PreparedCall<>() {
            @Override
            public ApiResponse<T> raw(RequestOptions options) {
                throw failure;
            }

            @Override
            public CompletableFuture<ApiResponse<T>> rawAsync(RequestOptions options) {
                return CompletableFuture.failedFuture(failure);
            }
        };
    }

    /**
     * Returns a call whose result is this call's result mapped with {@code mapper}.
     *
     * @param <R> the mapped result type
     * @param mapper maps the result; runs on the thread that completes the call
     * @return the mapped call
     */
    default <R> PreparedCall<R> map(Function<? super T, ? extends R> mapper) {
        PreparedCall<T> self = this;
        return new PreparedCall<>() {
            @Override
            public ApiResponse<R> raw(RequestOptions options) {
                ApiResponse<T> r = self.raw(options);
                return r.withData(mapper.apply(r.data()));
            }

            @Override
            public CompletableFuture<ApiResponse<R>> rawAsync(RequestOptions options) {
                return CancellableFutures.map(self.rawAsync(options), r -> r.withData(mapper.apply(r.data())));
            }
        };
    }
}
