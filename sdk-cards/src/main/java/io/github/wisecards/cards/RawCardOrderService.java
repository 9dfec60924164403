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
import io.github.wisecards.core.errors.ValidationException;
import java.util.List;

/**
 * The operations of {@link CardOrderService}, each returning the {@link ApiResponse}: the result
 * with the status, headers, trace id, correlation id and idempotency key of the response. Obtained
 * from {@link CardOrderService#withRawResponse()}. Stateless and thread-safe.
 */
public final class RawCardOrderService {
    private final CardOrderCalls calls;

    RawCardOrderService(CardOrderCalls calls) {
        this.calls = calls;
    }

    /**
     * Creates a card order. Sends an {@code X-idempotence-uuid}: the one in {@code options}, or one generated for this call; every retry of the call reuses it, and it is available from {@link ApiResponse#idempotencyKey()} and from the exceptions.
     * When every attempt failed after the request may have reached Wise, the failure is an {@link
     * io.github.wisecards.core.errors.OutcomeUnknownException}: the order may exist, so repeat the call
     * with its key.
     *
     * @param profileId the profile's id
     * @param params the parameters
     * @throws ValidationException if {@code params} fail local validation; nothing is sent
     */
    public ApiResponse<CardOrder> create(long profileId, CardOrderCreateParams params) {
        return create(profileId, params, RequestOptions.none());
    }

    /**
     * Creates a card order. Sends an {@code X-idempotence-uuid}: the one in {@code options}, or one generated for this call; every retry of the call reuses it, and it is available from {@link ApiResponse#idempotencyKey()} and from the exceptions.
     * When every attempt failed after the request may have reached Wise, the failure is an {@link
     * io.github.wisecards.core.errors.OutcomeUnknownException}: the order may exist, so repeat the call
     * with its key.
     *
     * @param profileId the profile's id
     * @param params the parameters
     * @param options per-call options (timeout, retries, idempotency key, correlation id, headers), or null
     * @throws ValidationException if {@code params} fail local validation; nothing is sent
     */
    public ApiResponse<CardOrder> create(long profileId, CardOrderCreateParams params, RequestOptions options) {
        return calls.create(profileId, params, options).execute();
    }

    /**
     * Retrieves a card order.
     *
     * @param profileId the profile's id
     * @param cardOrderId the card order's id
     */
    public ApiResponse<CardOrder> retrieve(long profileId, long cardOrderId) {
        return retrieve(profileId, cardOrderId, RequestOptions.none());
    }

    /**
     * Retrieves a card order.
     *
     * @param profileId the profile's id
     * @param cardOrderId the card order's id
     * @param options per-call options (timeout, retries, idempotency key, correlation id, headers), or null
     */
    public ApiResponse<CardOrder> retrieve(long profileId, long cardOrderId, RequestOptions options) {
        return calls.retrieve(profileId, cardOrderId, options).execute();
    }

    /**
     * Lists one page of a profile's card orders, with the total count.
     *
     * @param profileId the profile's id
     */
    public ApiResponse<Page<CardOrder>> list(long profileId) {
        return list(profileId, CardOrderListParams.defaults(), RequestOptions.none());
    }

    /**
     * Lists one page of a profile's card orders, with the total count.
     *
     * @param profileId the profile's id
     * @param params the parameters
     */
    public ApiResponse<Page<CardOrder>> list(long profileId, CardOrderListParams params) {
        return list(profileId, params, RequestOptions.none());
    }

    /**
     * Lists one page of a profile's card orders, with the total count.
     *
     * @param profileId the profile's id
     * @param params the parameters
     * @param options per-call options (timeout, retries, idempotency key, correlation id, headers), or null
     */
    public ApiResponse<Page<CardOrder>> list(long profileId, CardOrderListParams params, RequestOptions options) {
        return calls.list(profileId, params, options).execute();
    }

    /**
     * Retrieves the card programs available to a profile.
     *
     * @param profileId the profile's id
     */
    public ApiResponse<List<CardProgram>> availability(long profileId) {
        return availability(profileId, RequestOptions.none());
    }

    /**
     * Retrieves the card programs available to a profile.
     *
     * @param profileId the profile's id
     * @param options per-call options (timeout, retries, idempotency key, correlation id, headers), or null
     */
    public ApiResponse<List<CardProgram>> availability(long profileId, RequestOptions options) {
        return calls.availability(profileId, options).execute();
    }

    /**
     * Retrieves the requirements of a card order; see {@link CardOrderRequirements#allCompleted()}.
     *
     * @param profileId the profile's id
     * @param cardOrderId the card order's id
     */
    public ApiResponse<CardOrderRequirements> requirements(long profileId, long cardOrderId) {
        return requirements(profileId, cardOrderId, RequestOptions.none());
    }

    /**
     * Retrieves the requirements of a card order; see {@link CardOrderRequirements#allCompleted()}.
     *
     * @param profileId the profile's id
     * @param cardOrderId the card order's id
     * @param options per-call options (timeout, retries, idempotency key, correlation id, headers), or null
     */
    public ApiResponse<CardOrderRequirements> requirements(long profileId, long cardOrderId, RequestOptions options) {
        return calls.requirements(profileId, cardOrderId, options).execute();
    }

    /**
     * Validates an address on Wise's side. Wise answers 200 with the fields that failed; {@link Address#validate()} checks the same rules locally without I/O.
     *
     * @param address the address to validate
     */
    public ApiResponse<AddressValidationResult> validateAddress(Address address) {
        return validateAddress(address, RequestOptions.none());
    }

    /**
     * Validates an address on Wise's side. Wise answers 200 with the fields that failed; {@link Address#validate()} checks the same rules locally without I/O.
     *
     * @param address the address to validate
     * @param options per-call options (timeout, retries, idempotency key, correlation id, headers), or null
     */
    public ApiResponse<AddressValidationResult> validateAddress(Address address, RequestOptions options) {
        return calls.validateAddress(address, options).execute();
    }

    /**
     * Cancels a card order (Wise answers 202). Check {@link CardOrderStatus#canBeCancelled()} first: {@code PLACED} cancels cleanly; {@code REQUIREMENTS_FULFILLED}, {@code CARD_DETAILS_CREATED} and {@code PRODUCED} cancel and block the card, which may still be delivered; {@code COMPLETED}, {@code RETURNED} and {@code CANCELLED} cannot be cancelled.
     *
     * @param profileId the profile's id
     * @param cardOrderId the card order's id
     */
    public ApiResponse<Void> cancel(long profileId, long cardOrderId) {
        return cancel(profileId, cardOrderId, RequestOptions.none());
    }

    /**
     * Cancels a card order (Wise answers 202). Check {@link CardOrderStatus#canBeCancelled()} first: {@code PLACED} cancels cleanly; {@code REQUIREMENTS_FULFILLED}, {@code CARD_DETAILS_CREATED} and {@code PRODUCED} cancel and block the card, which may still be delivered; {@code COMPLETED}, {@code RETURNED} and {@code CANCELLED} cannot be cancelled.
     *
     * @param profileId the profile's id
     * @param cardOrderId the card order's id
     * @param options per-call options (timeout, retries, idempotency key, correlation id, headers), or null
     */
    public ApiResponse<Void> cancel(long profileId, long cardOrderId, RequestOptions options) {
        return calls.updateStatus(profileId, cardOrderId, CardOrderStatus.CANCELLED, options)
                .execute();
    }

    /**
     * Marks a card order {@code COMPLETED} (Wise answers 202); possible from every status but {@code CANCELLED} and {@code COMPLETED}.
     *
     * @param profileId the profile's id
     * @param cardOrderId the card order's id
     *
     * @deprecated Wise deprecated setting {@code COMPLETED}; orders complete on their own.
     */
    @Deprecated
    public ApiResponse<Void> complete(long profileId, long cardOrderId) {
        return complete(profileId, cardOrderId, RequestOptions.none());
    }

    /**
     * Marks a card order {@code COMPLETED} (Wise answers 202); possible from every status but {@code CANCELLED} and {@code COMPLETED}.
     *
     * @param profileId the profile's id
     * @param cardOrderId the card order's id
     * @param options per-call options (timeout, retries, idempotency key, correlation id, headers), or null
     *
     * @deprecated Wise deprecated setting {@code COMPLETED}; orders complete on their own.
     */
    @Deprecated
    public ApiResponse<Void> complete(long profileId, long cardOrderId, RequestOptions options) {
        return calls.updateStatus(profileId, cardOrderId, CardOrderStatus.COMPLETED, options)
                .execute();
    }

    /**
     * Fetches the card-data host's current encrypting key (also refreshes the key {@code presetPin} uses).
     */
    public ApiResponse<EncryptingKey> fetchEncryptingKey() {
        return fetchEncryptingKey(RequestOptions.none());
    }

    /**
     * Fetches the card-data host's current encrypting key (also refreshes the key {@code presetPin} uses).
     *
     * @param options per-call options (timeout, retries, idempotency key, correlation id, headers), or null
     */
    public ApiResponse<EncryptingKey> fetchEncryptingKey(RequestOptions options) {
        return calls.fetchEncryptingKey(options).execute();
    }

    /**
     * Sets the PIN of a card order on the card-data host: fetches the encrypting key (cached by version, refreshed hourly), encrypts {@code {"pin":"...."}} as a JWE ({@code A256GCM} with {@code algorithm}), and sends it with {@code x-tw-twcard-order-id}. The {@code pin} array is zeroed before this method returns, whether or not the PIN was valid; the PIN is never logged.
     *
     * @param cardOrderId the card order's id
     * @param pin the 4-digit PIN; zeroed before this method returns
     * @throws ValidationException if {@code pin} is not exactly 4 digits; nothing is sent
     */
    public ApiResponse<PinPresetResult> presetPin(long cardOrderId, char[] pin) {
        return presetPin(cardOrderId, pin, CardOrderCalls.DEFAULT_PIN_ALGORITHM, RequestOptions.none());
    }

    /**
     * Sets the PIN of a card order on the card-data host: fetches the encrypting key (cached by version, refreshed hourly), encrypts {@code {"pin":"...."}} as a JWE ({@code A256GCM} with {@code algorithm}), and sends it with {@code x-tw-twcard-order-id}. The {@code pin} array is zeroed before this method returns, whether or not the PIN was valid; the PIN is never logged.
     *
     * @param cardOrderId the card order's id
     * @param pin the 4-digit PIN; zeroed before this method returns
     * @param options per-call options (timeout, retries, idempotency key, correlation id, headers), or null
     * @throws ValidationException if {@code pin} is not exactly 4 digits; nothing is sent
     */
    public ApiResponse<PinPresetResult> presetPin(long cardOrderId, char[] pin, RequestOptions options) {
        return presetPin(cardOrderId, pin, CardOrderCalls.DEFAULT_PIN_ALGORITHM, options);
    }

    /**
     * Sets the PIN of a card order on the card-data host: fetches the encrypting key (cached by version, refreshed hourly), encrypts {@code {"pin":"...."}} as a JWE ({@code A256GCM} with {@code algorithm}), and sends it with {@code x-tw-twcard-order-id}. The {@code pin} array is zeroed before this method returns, whether or not the PIN was valid; the PIN is never logged.
     *
     * @param cardOrderId the card order's id
     * @param pin the 4-digit PIN; zeroed before this method returns
     * @param algorithm the JWE key-management algorithm; {@link PinEncryptionAlgorithm#RSA_OAEP_256} by default
     * @param options per-call options (timeout, retries, idempotency key, correlation id, headers), or null
     * @throws ValidationException if {@code pin} is not exactly 4 digits; nothing is sent
     */
    public ApiResponse<PinPresetResult> presetPin(
            long cardOrderId, char[] pin, PinEncryptionAlgorithm algorithm, RequestOptions options) {
        return calls.presetPin(cardOrderId, pin, algorithm, options).execute();
    }
}
