package io.github.wisecards.kiosk;

import io.github.wisecards.core.ApiResponse;
import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.core.errors.ValidationException;
import io.github.wisecards.core.internal.Transport;
import io.github.wisecards.kiosk.model.CardProductionParams;
import io.github.wisecards.kiosk.model.CardProductionSimulateParams;
import io.github.wisecards.kiosk.model.CardProductionStatus;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * Kiosk card production: send a card to a kiosk, read its production status, wait for it, and (in
 * the sandbox) simulate the kiosk's answer. Blocking; see {@link #async()} and {@link
 * #withRawResponse()} for the other views.
 *
 * <p>Typical flow: wait until the card is {@code READY} (its details are created asynchronously
 * after the card order), {@link #produce produce} it on a kiosk, then follow the {@code
 * cards#card-production-status-change} webhook, the primary signal, to {@code PRODUCED} or {@code
 * PRODUCTION_ERROR}. The waiters poll {@link #retrieve retrieve} as a fallback when webhooks are not
 * available. {@link #async()} and {@link #withRawResponse()} give the same operations returning
 * {@link CompletableFuture}s or {@link ApiResponse}s, and {@link
 * #withRequestOptions(RequestOptions)} the same operations with per-call options.
 *
 * <pre>{@code
 * CardProductionStatus started = kiosk.cardProductions()
 *     .produce(profileId, cardToken, CardProductionParams.builder().kioskId("WIS00001").build());
 * CardProductionStatus done = kiosk.cardProductions()
 *     .awaitProduction(profileId, cardToken, WaitOptions.defaults());
 * }</pre>
 *
 * <p>Immutable and thread-safe; obtained from {@link KioskClient#cardProductions()}.
 */
public final class CardProductionService {
    private final CardProductionEndpoints calls;
    private final ProductionWaiter waiter;
    private final RequestOptions options;
    private final AsyncCardProductionService async;
    private final RawCardProductionService raw;

    CardProductionService(ClientOptions clientOptions, Transport transport) {
        this(new CardProductionEndpoints(transport), new ProductionWaiter(clientOptions), RequestOptions.none());
    }

    private CardProductionService(CardProductionEndpoints calls, ProductionWaiter waiter, RequestOptions options) {
        this.calls = calls;
        this.waiter = waiter;
        this.options = options;
        this.async = new AsyncCardProductionService(calls, waiter, options);
        this.raw = new RawCardProductionService(calls, options);
    }

    /**
     * Returns the same operations with per-call options (timeout, retries, correlation id,
     * headers) applied to every call made through it, the waiters' polls and the {@link #async()}
     * and {@link #withRawResponse()} views included. This service is not changed.
     *
     * @param options the per-call options; replace any this service already had
     * @return the service with {@code options}
     */
    public CardProductionService withRequestOptions(RequestOptions options) {
        return new CardProductionService(calls, waiter, Objects.requireNonNull(options, "options"));
    }

    /**
     * Returns the same operations, each returning a {@link CompletableFuture}.
     *
     * @return the async view
     */
    public AsyncCardProductionService async() {
        return async;
    }

    /**
     * Returns the same operations, each returning the result with its HTTP response metadata.
     *
     * @return the raw-response view
     */
    public RawCardProductionService withRawResponse() {
        return raw;
    }

    /**
     * Sends the card to a kiosk for production ({@code PUT .../cards/{cardToken}/production}).
     * Call it when the production status is {@code READY}, or {@code PRODUCTION_ERROR} to retry.
     *
     * <p>Returns status {@code IN_PROGRESS} on success. Also returns, not throws, Wise's 422 answer
     * when it means production will follow: {@code REQUEST_CREATED_BUT_NOT_STARTED} (pending until
     * the printer or satellite is ready; {@link CardProductionStatus#isPending()} is true), and
     * {@code REQUEST_ALREADY_EXISTS} answering the SDK's own retry after an I/O failure (the first
     * attempt was received; {@link CardProductionStatus#answersOwnRetry()} is true). Both keep
     * Wise's status ({@code REQUEST_ERROR}), code and description verbatim; decide with {@link
     * CardProductionStatus#isProductionAccepted()}, true for all three outcomes.
     *
     * @param profileId the profile that owns the card (positive)
     * @param cardToken the card's token (masked in logs and messages)
     * @param params the kiosk on which to produce
     * @return the production status
     * @throws ValidationException if {@code profileId} is not positive or {@code cardToken} cannot
     *     be a path segment (empty, {@code .} or {@code ..}); nothing is sent
     * @throws CardTooOldForProductionException if the card was created more than 60 days ago
     * @throws KioskRequestException for any other request error ({@code REQUEST_ERROR})
     * @throws io.github.wisecards.core.errors.SdkException for other failures
     */
    public CardProductionStatus produce(long profileId, String cardToken, CardProductionParams params) {
        return calls.produce(profileId, cardToken, params).blocking(options);
    }

    /**
     * Returns the card's production status ({@code GET .../cards/{cardToken}/production}). Request
     * and production error codes are readable through {@link CardProductionStatus#requestErrorCode()}
     * and {@link CardProductionStatus#productionErrorCode()}.
     *
     * @param profileId the profile that owns the card (positive)
     * @param cardToken the card's token (masked in logs and messages)
     * @return the production status
     * @throws ValidationException if {@code profileId} is not positive or {@code cardToken} cannot
     *     be a path segment; nothing is sent
     * @throws io.github.wisecards.core.errors.SdkException on failure
     */
    public CardProductionStatus retrieve(long profileId, String cardToken) {
        return calls.retrieve(profileId, cardToken).blocking(options);
    }

    /**
     * Sandbox only: moves a card already sent to production to {@code PRODUCED} or {@code
     * PRODUCTION_ERROR} ({@code POST /v1/simulation/spend/profiles/{profileId}/cards/{cardToken}/production}).
     *
     * @param profileId the profile that owns the card (positive)
     * @param cardToken the card's token, a UUID as the simulation path declares it
     * @param params the outcome to simulate
     * @return the production status Wise answered, when its body holds one (Wise does not document
     *     the answer's body)
     * @throws ValidationException if {@code profileId} is not positive or {@code cardToken} is not
     *     a UUID; nothing is sent (the token is not echoed)
     * @throws SandboxOnlyException if the client points at Wise production; nothing is sent
     * @throws io.github.wisecards.core.errors.SdkException for other failures
     */
    public Optional<CardProductionStatus> simulate(
            long profileId, String cardToken, CardProductionSimulateParams params) {
        return calls.simulate(profileId, cardToken, params).blocking(options);
    }

    /**
     * Polls the production status until the card details exist (any known status; normally {@code
     * READY}), with backoff, and returns that status. A 404 while polling means "not yet".
     * Webhooks are the primary signal; this is the fallback.
     *
     * @param profileId the profile that owns the card (positive)
     * @param cardToken the card's token (masked in logs and messages)
     * @param wait timeout, intervals and an optional listener told of each observed change; null
     *     for {@link WaitOptions#defaults()}
     * @return the status that reached the goal
     * @throws ProductionWaitTimeoutException if the timeout passes first
     * @throws CancellationException if the thread is interrupted (the interrupt flag is restored)
     * @throws io.github.wisecards.core.errors.SdkException if a poll fails
     */
    public CardProductionStatus awaitReady(long profileId, String cardToken, WaitOptions wait) {
        return ProductionWaiter.join(async.awaitReady(profileId, cardToken, wait));
    }

    /**
     * Polls the production status until the production attempt ends ({@code PRODUCED}, {@code
     * PRODUCTION_ERROR}, or a {@code REQUEST_ERROR} that is not pending), with backoff, and returns
     * that status; a production error is returned, not thrown (see {@link
     * CardProductionStatus#productionErrorCode()} and {@link
     * CardProductionStatus#recommendedAction()}). Webhooks are the primary signal; this is the
     * fallback.
     *
     * @param profileId the profile that owns the card (positive)
     * @param cardToken the card's token (masked in logs and messages)
     * @param wait timeout, intervals and an optional listener told of each observed change; null
     *     for {@link WaitOptions#defaults()}
     * @return the status that reached the goal
     * @throws ProductionWaitTimeoutException if the timeout passes first
     * @throws CancellationException if the thread is interrupted (the interrupt flag is restored)
     * @throws io.github.wisecards.core.errors.SdkException if a poll fails
     */
    public CardProductionStatus awaitProduction(long profileId, String cardToken, WaitOptions wait) {
        return ProductionWaiter.join(async.awaitProduction(profileId, cardToken, wait));
    }
}
