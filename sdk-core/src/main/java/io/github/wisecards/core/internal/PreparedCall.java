package io.github.wisecards.core.internal;

import io.github.wisecards.core.ApiResponse;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One operation ready to run, blocking or async; lets every view method of a service (blocking,
 * {@code async()}, {@code withRawResponse()}) be a one-liner over the same preparation (local
 * validation, request building, result mapping).
 *
 * @param <T> the result type
 */
public interface PreparedCall<T> {

    /** Runs the call, blocking. */
    ApiResponse<T> execute();

    /** Runs the call without blocking the caller. */
    CompletableFuture<ApiResponse<T>> executeAsync();

    /** Returns a call of {@code request} on {@code transport}. */
    static <T> PreparedCall<T> of(Transport transport, ApiRequest<T> request) {
        return new PreparedCall<>() {
            @Override
            public ApiResponse<T> execute() {
                return transport.execute(request);
            }

            @Override
            public CompletableFuture<ApiResponse<T>> executeAsync() {
                return transport.executeAsync(request);
            }
        };
    }

    /** Returns a call whose result is this call's result mapped with {@code mapper}. */
    default <R> PreparedCall<R> map(Function<? super T, ? extends R> mapper) {
        PreparedCall<T> self = this;
        return new PreparedCall<>() {
            @Override
            public ApiResponse<R> execute() {
                ApiResponse<T> r = self.execute();
                return r.withData(mapper.apply(r.data()));
            }

            @Override
            public CompletableFuture<ApiResponse<R>> executeAsync() {
                return self.executeAsync().thenApply(r -> r.withData(mapper.apply(r.data())));
            }
        };
    }

    /**
     * Prepares a call and runs it async; a failure while preparing (local validation) fails the
     * returned future instead of being thrown.
     */
    static <T> CompletableFuture<ApiResponse<T>> async(Supplier<PreparedCall<T>> prepare) {
        PreparedCall<T> call;
        try {
            call = prepare.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return call.executeAsync();
    }
}
