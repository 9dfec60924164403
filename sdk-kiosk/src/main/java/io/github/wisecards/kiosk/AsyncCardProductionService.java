package io.github.wisecards.kiosk;

import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.kiosk.model.CardProductionParams;
import io.github.wisecards.kiosk.model.CardProductionSimulateParams;
import io.github.wisecards.kiosk.model.CardProductionStatus;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous view of {@link CardProductionService}: the same operations, each documented on
 * its {@link CardProductionService} twin, sending the same requests and returning futures that
 * complete on the SDK's HTTP threads and fail with the same exceptions the blocking view throws
 * (local refusals such as {@link SandboxOnlyException} and validation failures included: nothing
 * is thrown). Cancelling a future cancels its HTTP call; cancelling a waiter's future stops its
 * polling. Immutable and thread-safe.
 */
public final class AsyncCardProductionService {
    private final CardProductionEndpoints calls;
    private final ProductionWaiter waiter;
    private final RequestOptions options;

    AsyncCardProductionService(CardProductionEndpoints calls, ProductionWaiter waiter, RequestOptions options) {
        this.calls = calls;
        this.waiter = waiter;
        this.options = options;
    }

    /**
     * Returns this view with per-call options; see {@link CardProductionService#withRequestOptions}.
     *
     * @param options the per-call options
     * @return the view with {@code options}
     */
    public AsyncCardProductionService withRequestOptions(RequestOptions options) {
        return new AsyncCardProductionService(calls, waiter, Objects.requireNonNull(options, "options"));
    }

    /**
     * {@link CardProductionService#produce}, async.
     *
     * @param profileId the profile that owns the card
     * @param cardToken the card's token
     * @param params the kiosk on which to produce
     * @return the future production status
     */
    public CompletableFuture<CardProductionStatus> produce(
            long profileId, String cardToken, CardProductionParams params) {
        return calls.produce(profileId, cardToken, params).async(options);
    }

    /**
     * {@link CardProductionService#retrieve}, async.
     *
     * @param profileId the profile that owns the card
     * @param cardToken the card's token
     * @return the future production status
     */
    public CompletableFuture<CardProductionStatus> retrieve(long profileId, String cardToken) {
        return calls.retrieve(profileId, cardToken).async(options);
    }

    /**
     * {@link CardProductionService#simulate}, async (sandbox only).
     *
     * @param profileId the profile that owns the card
     * @param cardToken the card's token, a UUID
     * @param params the outcome to simulate
     * @return the future answer
     */
    public CompletableFuture<Optional<CardProductionStatus>> simulate(
            long profileId, String cardToken, CardProductionSimulateParams params) {
        return calls.simulate(profileId, cardToken, params).async(options);
    }

    /**
     * {@link CardProductionService#awaitReady}, async. The returned future is the handle: {@code
     * cancel(..)} stops polling.
     *
     * @param profileId the profile that owns the card
     * @param cardToken the card's token
     * @param wait timeout, intervals and listener; null for {@link WaitOptions#defaults()}
     * @return the future status that reached the goal
     */
    public CompletableFuture<CardProductionStatus> awaitReady(long profileId, String cardToken, WaitOptions wait) {
        return waiter.start(
                ProductionWaiter.Goal.READY,
                CardProductionEndpoints.mask(cardToken),
                () -> retrieve(profileId, cardToken),
                wait);
    }

    /**
     * {@link CardProductionService#awaitProduction}, async. The returned future is the handle:
     * {@code cancel(..)} stops polling.
     *
     * @param profileId the profile that owns the card
     * @param cardToken the card's token
     * @param wait timeout, intervals and listener; null for {@link WaitOptions#defaults()}
     * @return the future status that reached the goal
     */
    public CompletableFuture<CardProductionStatus> awaitProduction(long profileId, String cardToken, WaitOptions wait) {
        return waiter.start(
                ProductionWaiter.Goal.PRODUCTION,
                CardProductionEndpoints.mask(cardToken),
                () -> retrieve(profileId, cardToken),
                wait);
    }
}
