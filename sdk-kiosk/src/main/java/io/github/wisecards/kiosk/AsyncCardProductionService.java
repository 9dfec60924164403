package io.github.wisecards.kiosk;

import io.github.wisecards.core.ApiResponse;
import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.core.internal.ApiRequest;
import io.github.wisecards.core.internal.PreparedCall;
import io.github.wisecards.core.internal.Transport;
import io.github.wisecards.kiosk.model.CardProductionParams;
import io.github.wisecards.kiosk.model.CardProductionSimulateParams;
import io.github.wisecards.kiosk.model.CardProductionStatus;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The asynchronous view of {@link CardProductionService}: the same operations, returning futures
 * that complete on the SDK's HTTP threads and fail with the same exceptions the blocking view
 * throws (including local refusals such as {@link SandboxOnlyException}). Cancelling a waiter's
 * future stops its polling. Stateless and thread-safe.
 */
public final class AsyncCardProductionService {
    private final ClientOptions options;
    private final Transport transport;
    private final ProductionWaiter waiter;

    AsyncCardProductionService(ClientOptions options, Transport transport) {
        this.options = options;
        this.transport = transport;
        this.waiter = new ProductionWaiter(options);
    }

    /** Sends the card to a kiosk; see {@link CardProductionService#produce(long, String, CardProductionParams)}. */
    public CompletableFuture<CardProductionStatus> produce(
            long profileId, String cardToken, CardProductionParams params) {
        return produce(profileId, cardToken, params, null);
    }

    /** Sends the card to a kiosk, with per-call options. */
    public CompletableFuture<CardProductionStatus> produce(
            long profileId, String cardToken, CardProductionParams params, RequestOptions requestOptions) {
        return call(() -> CardProductionEndpoints.produce(profileId, cardToken, params, requestOptions));
    }

    /** Returns the production status; see {@link CardProductionService#retrieve(long, String)}. */
    public CompletableFuture<CardProductionStatus> retrieve(long profileId, String cardToken) {
        return retrieve(profileId, cardToken, null);
    }

    /** Returns the production status, with per-call options. */
    public CompletableFuture<CardProductionStatus> retrieve(
            long profileId, String cardToken, RequestOptions requestOptions) {
        return call(() -> CardProductionEndpoints.retrieve(profileId, cardToken, requestOptions));
    }

    /**
     * Sandbox only: simulates the kiosk's answer; see {@link CardProductionService#simulate(long,
     * String, CardProductionSimulateParams)}. The future fails with {@link SandboxOnlyException}
     * when the client points at production.
     */
    public CompletableFuture<Optional<CardProductionStatus>> simulate(
            long profileId, String cardToken, CardProductionSimulateParams params) {
        return simulate(profileId, cardToken, params, null);
    }

    /** Sandbox only: simulates the kiosk's answer, with per-call options. */
    public CompletableFuture<Optional<CardProductionStatus>> simulate(
            long profileId, String cardToken, CardProductionSimulateParams params, RequestOptions requestOptions) {
        return call(() -> CardProductionEndpoints.simulate(options, profileId, cardToken, params, requestOptions));
    }

    /**
     * Polls until the card details exist; see {@link CardProductionService#awaitReady(long, String,
     * WaitOptions)}. The returned future is the handle: {@code cancel(..)} stops polling.
     */
    public CompletableFuture<CardProductionStatus> awaitReady(long profileId, String cardToken, WaitOptions wait) {
        return waiter.start(
                ProductionWaiter.Goal.READY,
                CardProductionEndpoints.mask(cardToken),
                () -> retrieve(profileId, cardToken),
                wait);
    }

    /**
     * Polls until the production attempt ends; see {@link CardProductionService#awaitProduction(long,
     * String, WaitOptions)}. The returned future is the handle: {@code cancel(..)} stops polling.
     */
    public CompletableFuture<CardProductionStatus> awaitProduction(long profileId, String cardToken, WaitOptions wait) {
        return waiter.start(
                ProductionWaiter.Goal.PRODUCTION,
                CardProductionEndpoints.mask(cardToken),
                () -> retrieve(profileId, cardToken),
                wait);
    }

    private <T> CompletableFuture<T> call(Supplier<ApiRequest<T>> request) {
        return PreparedCall.async(() -> PreparedCall.of(transport, request.get()))
                .thenApply(ApiResponse::data);
    }
}
