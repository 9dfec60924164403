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
import io.github.wisecards.core.Page;
import io.github.wisecards.core.RequestOptions;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The operations of {@link CardOrderService}, each returning a {@link CompletableFuture} that
 * completes on the HTTP client's threads. Each method is documented on its {@link
 * CardOrderService} twin; here it sends the same request, and its future fails with the exception
 * the blocking method throws (wrapped in {@code CompletionException} by {@code join()}), local
 * validation failures included: nothing is thrown. Cancelling a future cancels its HTTP call.
 * Obtained from {@link CardOrderService#async()}. Immutable and thread-safe.
 */
public final class AsyncCardOrderService {
    private final CardOrderCalls calls;
    private final RequestOptions options;

    AsyncCardOrderService(CardOrderCalls calls, RequestOptions options) {
        this.calls = calls;
        this.options = options;
    }

    /**
     * Returns this view with per-call options; see {@link CardOrderService#withRequestOptions}.
     *
     * @param options the per-call options
     * @return the view with {@code options}
     */
    public AsyncCardOrderService withRequestOptions(RequestOptions options) {
        return new AsyncCardOrderService(calls, Objects.requireNonNull(options, "options"));
    }

    /**
     * {@link CardOrderService#create}, async.
     *
     * @param profileId the profile's id
     * @param params the parameters
     * @return the future order
     */
    public CompletableFuture<CardOrder> create(long profileId, CardOrderCreateParams params) {
        return calls.create(profileId, params).async(options);
    }

    /**
     * {@link CardOrderService#retrieve}, async.
     *
     * @param profileId the profile's id
     * @param cardOrderId the card order's id
     * @return the future order
     */
    public CompletableFuture<CardOrder> retrieve(long profileId, long cardOrderId) {
        return calls.retrieve(profileId, cardOrderId).async(options);
    }

    /**
     * {@link CardOrderService#list(long)}, async.
     *
     * @param profileId the profile's id
     * @return the future page
     */
    public CompletableFuture<Page<CardOrder>> list(long profileId) {
        return list(profileId, CardOrderListParams.defaults());
    }

    /**
     * {@link CardOrderService#list(long, CardOrderListParams)}, async.
     *
     * @param profileId the profile's id
     * @param params the page size and number
     * @return the future page
     */
    public CompletableFuture<Page<CardOrder>> list(long profileId, CardOrderListParams params) {
        return calls.list(profileId, params).async(options);
    }

    /**
     * {@link CardOrderService#availability}, async.
     *
     * @param profileId the profile's id
     * @return the future programs
     */
    public CompletableFuture<List<CardProgram>> availability(long profileId) {
        return calls.availability(profileId).async(options);
    }

    /**
     * {@link CardOrderService#requirements}, async.
     *
     * @param profileId the profile's id
     * @param cardOrderId the card order's id
     * @return the future requirements
     */
    public CompletableFuture<CardOrderRequirements> requirements(long profileId, long cardOrderId) {
        return calls.requirements(profileId, cardOrderId).async(options);
    }

    /**
     * {@link CardOrderService#validateAddress}, async.
     *
     * @param address the address to validate
     * @return the future result
     */
    public CompletableFuture<AddressValidationResult> validateAddress(Address address) {
        return calls.validateAddress(address).async(options);
    }

    /**
     * {@link CardOrderService#cancel}, async.
     *
     * @param profileId the profile's id
     * @param cardOrderId the card order's id
     * @return a future completed when Wise accepted the cancellation
     */
    public CompletableFuture<Void> cancel(long profileId, long cardOrderId) {
        return calls.updateStatus(profileId, cardOrderId, CardOrderStatus.CANCELLED)
                .async(options);
    }

    /**
     * {@link CardOrderService#complete}, async.
     *
     * @param profileId the profile's id
     * @param cardOrderId the card order's id
     * @return a future completed when Wise accepted the change
     * @deprecated Wise deprecated setting {@code COMPLETED}; orders complete on their own.
     */
    @Deprecated
    public CompletableFuture<Void> complete(long profileId, long cardOrderId) {
        return calls.updateStatus(profileId, cardOrderId, CardOrderStatus.COMPLETED)
                .async(options);
    }

    /**
     * {@link CardOrderService#fetchEncryptingKey}, async.
     *
     * @return the future key
     */
    public CompletableFuture<EncryptingKey> fetchEncryptingKey() {
        return calls.fetchEncryptingKey().async(options);
    }

    /**
     * {@link CardOrderService#presetPin(long, char[])}, async; {@code pin} is zeroed before this
     * method returns.
     *
     * @param cardOrderId the card order's id
     * @param pin the 4-digit PIN
     * @return the future answer
     */
    public CompletableFuture<PinPresetResult> presetPin(long cardOrderId, char[] pin) {
        return presetPin(cardOrderId, pin, CardOrderCalls.DEFAULT_PIN_ALGORITHM);
    }

    /**
     * {@link CardOrderService#presetPin(long, char[], PinEncryptionAlgorithm)}, async; {@code pin}
     * is zeroed before this method returns.
     *
     * @param cardOrderId the card order's id
     * @param pin the 4-digit PIN
     * @param algorithm the JWE key-management algorithm
     * @return the future answer
     */
    public CompletableFuture<PinPresetResult> presetPin(
            long cardOrderId, char[] pin, PinEncryptionAlgorithm algorithm) {
        return calls.presetPin(cardOrderId, pin, algorithm).async(options);
    }
}
