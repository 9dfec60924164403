package io.github.wisecards.kiosk;

import io.github.wisecards.core.ApiResponse;
import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.core.internal.Transport;
import io.github.wisecards.kiosk.model.CardProductionParams;
import io.github.wisecards.kiosk.model.CardProductionSimulateParams;
import io.github.wisecards.kiosk.model.CardProductionStatus;
import java.util.Optional;

/**
 * The view of {@link CardProductionService} that returns each result with its HTTP metadata
 * (status, headers, trace id, attempts). Blocking; same exceptions as the blocking view. A produce
 * answered 422 but reported as in progress (pending, or the SDK's own retried request) has status
 * code 422 here. Stateless and thread-safe.
 */
public final class RawCardProductionService {
    private final ClientOptions options;
    private final Transport transport;

    RawCardProductionService(ClientOptions options, Transport transport) {
        this.options = options;
        this.transport = transport;
    }

    /** Sends the card to a kiosk; see {@link CardProductionService#produce(long, String, CardProductionParams)}. */
    public ApiResponse<CardProductionStatus> produce(long profileId, String cardToken, CardProductionParams params) {
        return produce(profileId, cardToken, params, null);
    }

    /** Sends the card to a kiosk, with per-call options. */
    public ApiResponse<CardProductionStatus> produce(
            long profileId, String cardToken, CardProductionParams params, RequestOptions requestOptions) {
        return transport.execute(CardProductionEndpoints.produce(profileId, cardToken, params, requestOptions));
    }

    /** Returns the production status; see {@link CardProductionService#retrieve(long, String)}. */
    public ApiResponse<CardProductionStatus> retrieve(long profileId, String cardToken) {
        return retrieve(profileId, cardToken, null);
    }

    /** Returns the production status, with per-call options. */
    public ApiResponse<CardProductionStatus> retrieve(long profileId, String cardToken, RequestOptions requestOptions) {
        return transport.execute(CardProductionEndpoints.retrieve(profileId, cardToken, requestOptions));
    }

    /** Sandbox only: simulates the kiosk's answer; see {@link CardProductionService#simulate(long, String, CardProductionSimulateParams)}. */
    public ApiResponse<Optional<CardProductionStatus>> simulate(
            long profileId, String cardToken, CardProductionSimulateParams params) {
        return simulate(profileId, cardToken, params, null);
    }

    /** Sandbox only: simulates the kiosk's answer, with per-call options. */
    public ApiResponse<Optional<CardProductionStatus>> simulate(
            long profileId, String cardToken, CardProductionSimulateParams params, RequestOptions requestOptions) {
        return transport.execute(
                CardProductionEndpoints.simulate(options, profileId, cardToken, params, requestOptions));
    }
}
