package io.github.wisecards.kiosk;

import io.github.wisecards.core.ApiResponse;
import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.kiosk.model.CardProductionParams;
import io.github.wisecards.kiosk.model.CardProductionSimulateParams;
import io.github.wisecards.kiosk.model.CardProductionStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * The view of {@link CardProductionService} that returns each result with its HTTP metadata
 * (status, headers, trace id, attempts). Each method is documented on its {@link
 * CardProductionService} twin; here it sends the same request and throws the same exceptions. A
 * produce answered 422 but reported as in progress (pending, or the SDK's own retried request) has
 * status code 422 here. Immutable and thread-safe.
 */
public final class RawCardProductionService {
    private final CardProductionEndpoints calls;
    private final RequestOptions options;

    RawCardProductionService(CardProductionEndpoints calls, RequestOptions options) {
        this.calls = calls;
        this.options = options;
    }

    /**
     * Returns this view with per-call options; see {@link CardProductionService#withRequestOptions}.
     *
     * @param options the per-call options
     * @return the view with {@code options}
     */
    public RawCardProductionService withRequestOptions(RequestOptions options) {
        return new RawCardProductionService(calls, Objects.requireNonNull(options, "options"));
    }

    /**
     * {@link CardProductionService#produce}, with its response metadata.
     *
     * @param profileId the profile that owns the card
     * @param cardToken the card's token
     * @param params the kiosk on which to produce
     * @return the production status and the response metadata
     */
    public ApiResponse<CardProductionStatus> produce(long profileId, String cardToken, CardProductionParams params) {
        return calls.produce(profileId, cardToken, params).raw(options);
    }

    /**
     * {@link CardProductionService#retrieve}, with its response metadata.
     *
     * @param profileId the profile that owns the card
     * @param cardToken the card's token
     * @return the production status and the response metadata
     */
    public ApiResponse<CardProductionStatus> retrieve(long profileId, String cardToken) {
        return calls.retrieve(profileId, cardToken).raw(options);
    }

    /**
     * {@link CardProductionService#simulate}, with its response metadata (sandbox only).
     *
     * @param profileId the profile that owns the card
     * @param cardToken the card's token, a UUID
     * @param params the outcome to simulate
     * @return the answer and the response metadata
     */
    public ApiResponse<Optional<CardProductionStatus>> simulate(
            long profileId, String cardToken, CardProductionSimulateParams params) {
        return calls.simulate(profileId, cardToken, params).raw(options);
    }
}
