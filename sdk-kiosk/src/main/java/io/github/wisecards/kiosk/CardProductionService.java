package io.github.wisecards.kiosk;

import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.core.internal.Transport;
import io.github.wisecards.kiosk.model.CardProductionParams;
import io.github.wisecards.kiosk.model.CardProductionSimulateParams;
import io.github.wisecards.kiosk.model.CardProductionStatus;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * Kiosk card production: send a card to a kiosk, read its production status, wait for it, and (in
 * the sandbox) simulate the kiosk's answer. Blocking; see {@link #async()} and {@link
 * #withRawResponse()} for the other views.
 *
 * <p>Typical flow: wait until the card is {@code READY} (its details are created asynchronously
 * after the card order), {@link #produce produce} it on a kiosk, then follow the {@code
 * cards#card-production-status-change} webhook, the primary signal, to {@code PRODUCED} or {@code
 * PRODUCTION_ERROR}. The waiters poll {@link #retrieve retrieve} as a fallback when webhooks are not
 * available.
 *
 * <pre>{@code
 * CardProductionStatus started = kiosk.cardProductions()
 *     .produce(profileId, cardToken, CardProductionParams.builder().kioskId("WIS00001").build());
 * CardProductionStatus done = kiosk.cardProductions()
 *     .awaitProduction(profileId, cardToken, WaitOptions.defaults());
 * }</pre>
 *
 * <p>Stateless and thread-safe; obtained from {@link KioskClient#cardProductions()}.
 */
public final class CardProductionService {
    private final ClientOptions options;
    private final Transport transport;
    private final AsyncCardProductionService async;
    private final RawCardProductionService raw;

    CardProductionService(ClientOptions options, Transport transport) {
        this.options = options;
        this.transport = transport;
        this.async = new AsyncCardProductionService(options, transport);
        this.raw = new RawCardProductionService(options, transport);
    }

    /** Returns the asynchronous view of this service. */
    public AsyncCardProductionService async() {
        return async;
    }

    /** Returns the view of this service that returns each result with its HTTP response metadata. */
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
     * @param profileId the profile that owns the card
     * @param cardToken the card's token (masked in logs and messages)
     * @param params the kiosk on which to produce
     * @throws CardTooOldForProductionException if the card was created more than 60 days ago
     * @throws KioskRequestException for any other request error ({@code REQUEST_ERROR})
     * @throws io.github.wisecards.core.errors.SdkException for other failures
     */
    public CardProductionStatus produce(long profileId, String cardToken, CardProductionParams params) {
        return produce(profileId, cardToken, params, null);
    }

    /** Like {@link #produce(long, String, CardProductionParams)}, with per-call options. */
    public CardProductionStatus produce(
            long profileId, String cardToken, CardProductionParams params, RequestOptions requestOptions) {
        return transport
                .execute(CardProductionEndpoints.produce(profileId, cardToken, params, requestOptions))
                .data();
    }

    /**
     * Returns the card's production status ({@code GET .../cards/{cardToken}/production}). Request
     * and production error codes are readable through {@link CardProductionStatus#requestErrorCode()}
     * and {@link CardProductionStatus#productionErrorCode()}.
     *
     * @throws io.github.wisecards.core.errors.SdkException on failure
     */
    public CardProductionStatus retrieve(long profileId, String cardToken) {
        return retrieve(profileId, cardToken, null);
    }

    /** Like {@link #retrieve(long, String)}, with per-call options. */
    public CardProductionStatus retrieve(long profileId, String cardToken, RequestOptions requestOptions) {
        return transport
                .execute(CardProductionEndpoints.retrieve(profileId, cardToken, requestOptions))
                .data();
    }

    /**
     * Sandbox only: moves a card already sent to production to {@code PRODUCED} or {@code
     * PRODUCTION_ERROR} ({@code POST /v1/simulation/spend/profiles/{profileId}/cards/{cardToken}/production}).
     *
     * @return the production status Wise answered, when its body holds one (Wise does not document
     *     the answer's body)
     * @throws SandboxOnlyException if the client points at Wise production; nothing is sent
     * @throws io.github.wisecards.core.errors.SdkException for other failures
     */
    public Optional<CardProductionStatus> simulate(
            long profileId, String cardToken, CardProductionSimulateParams params) {
        return simulate(profileId, cardToken, params, null);
    }

    /** Like {@link #simulate(long, String, CardProductionSimulateParams)}, with per-call options. */
    public Optional<CardProductionStatus> simulate(
            long profileId, String cardToken, CardProductionSimulateParams params, RequestOptions requestOptions) {
        return transport
                .execute(CardProductionEndpoints.simulate(options, profileId, cardToken, params, requestOptions))
                .data();
    }

    /**
     * Polls the production status until the card details exist (any known status; normally {@code
     * READY}), with backoff, and returns that status. A 404 while polling means "not yet".
     * Webhooks are the primary signal; this is the fallback.
     *
     * @param wait timeout, intervals and an optional listener told of each observed change; null
     *     for {@link WaitOptions#defaults()}
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
     * @param wait timeout, intervals and an optional listener told of each observed change; null
     *     for {@link WaitOptions#defaults()}
     * @throws ProductionWaitTimeoutException if the timeout passes first
     * @throws CancellationException if the thread is interrupted (the interrupt flag is restored)
     * @throws io.github.wisecards.core.errors.SdkException if a poll fails
     */
    public CardProductionStatus awaitProduction(long profileId, String cardToken, WaitOptions wait) {
        return ProductionWaiter.join(async.awaitProduction(profileId, cardToken, wait));
    }
}
