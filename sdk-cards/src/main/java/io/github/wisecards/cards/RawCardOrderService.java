package io.github.wisecards.cards;

import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.AddressValidationResult;
import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.cards.model.CardOrderCreateParams;
import io.github.wisecards.cards.model.CardOrderListParams;
import io.github.wisecards.cards.model.CardOrderRequirements;
import io.github.wisecards.cards.model.CardOrderStatus;
import io.github.wisecards.cards.model.CardProgram;
import io.github.wisecards.cards.model.EncryptingKey;
import io.github.wisecards.cards.model.PinPresetResult;
import io.github.wisecards.core.ApiResponse;
import io.github.wisecards.core.Page;
import io.github.wisecards.core.RequestOptions;
import java.util.List;
import java.util.Objects;

/**
 * The operations of {@link CardOrderService}, each returning the {@link ApiResponse}: the result
 * with the status, headers, trace id, correlation id and idempotency key of the response. Each
 * method is documented on its {@link CardOrderService} twin; here it sends the same request and
 * throws the same exceptions. Obtained from {@link CardOrderService#withRawResponse()}. Immutable
 * and thread-safe.
 */
public final class RawCardOrderService {
    private final CardOrderCalls calls;
    private final RequestOptions options;

    RawCardOrderService(CardOrderCalls calls, RequestOptions options) {
        this.calls = calls;
        this.options = options;
    }

    /**
     * Returns this view with per-call options; see {@link CardOrderService#withRequestOptions}.
     *
     * @param options the per-call options
     * @return the view with {@code options}
     */
    public RawCardOrderService withRequestOptions(RequestOptions options) {
        return new RawCardOrderService(calls, Objects.requireNonNull(options, "options"));
    }

    /**
     * {@link CardOrderService#create}, with its response metadata.
     *
     * @param profileId the profile's id
     * @param params the parameters
     * @return the order and the response metadata
     */
    public ApiResponse<CardOrder> create(long profileId, CardOrderCreateParams params) {
        return calls.create(profileId, params).raw(options);
    }

    /**
     * {@link CardOrderService#retrieve}, with its response metadata.
     *
     * @param profileId the profile's id
     * @param cardOrderId the card order's id
     * @return the order and the response metadata
     */
    public ApiResponse<CardOrder> retrieve(long profileId, long cardOrderId) {
        return calls.retrieve(profileId, cardOrderId).raw(options);
    }

    /**
     * {@link CardOrderService#list(long)}, with its response metadata.
     *
     * @param profileId the profile's id
     * @return the page and the response metadata
     */
    public ApiResponse<Page<CardOrder>> list(long profileId) {
        return list(profileId, CardOrderListParams.defaults());
    }

    /**
     * {@link CardOrderService#list(long, CardOrderListParams)}, with its response metadata.
     *
     * @param profileId the profile's id
     * @param params the page size and number
     * @return the page and the response metadata
     */
    public ApiResponse<Page<CardOrder>> list(long profileId, CardOrderListParams params) {
        return calls.list(profileId, params).raw(options);
    }

    /**
     * {@link CardOrderService#availability}, with its response metadata.
     *
     * @param profileId the profile's id
     * @return the programs and the response metadata
     */
    public ApiResponse<List<CardProgram>> availability(long profileId) {
        return calls.availability(profileId).raw(options);
    }

    /**
     * {@link CardOrderService#requirements}, with its response metadata.
     *
     * @param profileId the profile's id
     * @param cardOrderId the card order's id
     * @return the requirements and the response metadata
     */
    public ApiResponse<CardOrderRequirements> requirements(long profileId, long cardOrderId) {
        return calls.requirements(profileId, cardOrderId).raw(options);
    }

    /**
     * {@link CardOrderService#validateAddress}, with its response metadata.
     *
     * @param address the address to validate
     * @return the result and the response metadata
     */
    public ApiResponse<AddressValidationResult> validateAddress(Address address) {
        return calls.validateAddress(address).raw(options);
    }

    /**
     * {@link CardOrderService#cancel}, with its response metadata.
     *
     * @param profileId the profile's id
     * @param cardOrderId the card order's id
     * @return the response metadata
     */
    public ApiResponse<Void> cancel(long profileId, long cardOrderId) {
        return calls.updateStatus(profileId, cardOrderId, CardOrderStatus.CANCELLED)
                .raw(options);
    }

    /**
     * {@link CardOrderService#complete}, with its response metadata.
     *
     * @param profileId the profile's id
     * @param cardOrderId the card order's id
     * @return the response metadata
     * @deprecated Wise deprecated setting {@code COMPLETED}; orders complete on their own.
     */
    @Deprecated
    public ApiResponse<Void> complete(long profileId, long cardOrderId) {
        return calls.updateStatus(profileId, cardOrderId, CardOrderStatus.COMPLETED)
                .raw(options);
    }

    /**
     * {@link CardOrderService#fetchEncryptingKey}, with its response metadata.
     *
     * @return the key and the response metadata
     */
    public ApiResponse<EncryptingKey> fetchEncryptingKey() {
        return calls.fetchEncryptingKey().raw(options);
    }

    /**
     * {@link CardOrderService#presetPin(long, char[])}, with its response metadata; {@code pin} is zeroed before this
     * method returns.
     *
     * @param cardOrderId the card order's id
     * @param pin the 4-digit PIN
     * @return the answer and the response metadata
     */
    public ApiResponse<PinPresetResult> presetPin(long cardOrderId, char[] pin) {
        return presetPin(cardOrderId, pin, CardOrderCalls.DEFAULT_PIN_ALGORITHM);
    }

    /**
     * {@link CardOrderService#presetPin(long, char[], PinEncryptionAlgorithm)}, with its response metadata; {@code pin}
     * is zeroed before this method returns.
     *
     * @param cardOrderId the card order's id
     * @param pin the 4-digit PIN
     * @param algorithm the JWE key-management algorithm
     * @return the answer and the response metadata
     */
    public ApiResponse<PinPresetResult> presetPin(long cardOrderId, char[] pin, PinEncryptionAlgorithm algorithm) {
        return calls.presetPin(cardOrderId, pin, algorithm).raw(options);
    }
}
