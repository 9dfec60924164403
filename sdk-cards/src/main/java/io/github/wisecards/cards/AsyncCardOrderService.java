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
import io.github.wisecards.core.internal.PreparedCall;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The operations of {@link CardOrderService}, each returning a {@link CompletableFuture} that
 * completes on the HTTP client's threads; it fails with the same exceptions the blocking methods
 * throw (wrapped in {@code CompletionException} by {@code join()}). Local validation failures fail
 * the future rather than being thrown. Obtained from {@link CardOrderService#async()}. Stateless
 * and thread-safe.
 */
public final class AsyncCardOrderService {
    private final CardOrderCalls calls;

    AsyncCardOrderService(CardOrderCalls calls) {
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
     */
    public CompletableFuture<CardOrder> create(long profileId, CardOrderCreateParams params) {
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
     */
    public CompletableFuture<CardOrder> create(long profileId, CardOrderCreateParams params, RequestOptions options) {
        return PreparedCall.async(() -> calls.create(profileId, params, options))
                .thenApply(ApiResponse::data);
    }

    /**
     * Retrieves a card order.
     *
     * @param profileId the profile's id
     * @param cardOrderId the card order's id
     */
    public CompletableFuture<CardOrder> retrieve(long profileId, long cardOrderId) {
        return retrieve(profileId, cardOrderId, RequestOptions.none());
    }

    /**
     * Retrieves a card order.
     *
     * @param profileId the profile's id
     * @param cardOrderId the card order's id
     * @param options per-call options (timeout, retries, idempotency key, correlation id, headers), or null
     */
    public CompletableFuture<CardOrder> retrieve(long profileId, long cardOrderId, RequestOptions options) {
        return PreparedCall.async(() -> calls.retrieve(profileId, cardOrderId, options))
                .thenApply(ApiResponse::data);
    }

    /**
     * Lists one page of a profile's card orders, with the total count.
     *
     * @param profileId the profile's id
     */
    public CompletableFuture<Page<CardOrder>> list(long profileId) {
        return list(profileId, CardOrderListParams.defaults(), RequestOptions.none());
    }

    /**
     * Lists one page of a profile's card orders, with the total count.
     *
     * @param profileId the profile's id
     * @param params the parameters
     */
    public CompletableFuture<Page<CardOrder>> list(long profileId, CardOrderListParams params) {
        return list(profileId, params, RequestOptions.none());
    }

    /**
     * Lists one page of a profile's card orders, with the total count.
     *
     * @param profileId the profile's id
     * @param params the parameters
     * @param options per-call options (timeout, retries, idempotency key, correlation id, headers), or null
     */
    public CompletableFuture<Page<CardOrder>> list(long profileId, CardOrderListParams params, RequestOptions options) {
        return PreparedCall.async(() -> calls.list(profileId, params, options)).thenApply(ApiResponse::data);
    }

    /**
     * Retrieves the card programs available to a profile.
     *
     * @param profileId the profile's id
     */
    public CompletableFuture<List<CardProgram>> availability(long profileId) {
        return availability(profileId, RequestOptions.none());
    }

    /**
     * Retrieves the card programs available to a profile.
     *
     * @param profileId the profile's id
     * @param options per-call options (timeout, retries, idempotency key, correlation id, headers), or null
     */
    public CompletableFuture<List<CardProgram>> availability(long profileId, RequestOptions options) {
        return PreparedCall.async(() -> calls.availability(profileId, options)).thenApply(ApiResponse::data);
    }

    /**
     * Retrieves the requirements of a card order; see {@link CardOrderRequirements#allCompleted()}.
     *
     * @param profileId the profile's id
     * @param cardOrderId the card order's id
     */
    public CompletableFuture<CardOrderRequirements> requirements(long profileId, long cardOrderId) {
        return requirements(profileId, cardOrderId, RequestOptions.none());
    }

    /**
     * Retrieves the requirements of a card order; see {@link CardOrderRequirements#allCompleted()}.
     *
     * @param profileId the profile's id
     * @param cardOrderId the card order's id
     * @param options per-call options (timeout, retries, idempotency key, correlation id, headers), or null
     */
    public CompletableFuture<CardOrderRequirements> requirements(
            long profileId, long cardOrderId, RequestOptions options) {
        return PreparedCall.async(() -> calls.requirements(profileId, cardOrderId, options))
                .thenApply(ApiResponse::data);
    }

    /**
     * Validates an address on Wise's side. Wise answers 200 with the fields that failed; {@link Address#validate()} checks the same rules locally without I/O.
     *
     * @param address the address to validate
     */
    public CompletableFuture<AddressValidationResult> validateAddress(Address address) {
        return validateAddress(address, RequestOptions.none());
    }

    /**
     * Validates an address on Wise's side. Wise answers 200 with the fields that failed; {@link Address#validate()} checks the same rules locally without I/O.
     *
     * @param address the address to validate
     * @param options per-call options (timeout, retries, idempotency key, correlation id, headers), or null
     */
    public CompletableFuture<AddressValidationResult> validateAddress(Address address, RequestOptions options) {
        return PreparedCall.async(() -> calls.validateAddress(address, options)).thenApply(ApiResponse::data);
    }

    /**
     * Cancels a card order (Wise answers 202). Check {@link CardOrderStatus#canBeCancelled()} first: {@code PLACED} cancels cleanly; {@code REQUIREMENTS_FULFILLED}, {@code CARD_DETAILS_CREATED} and {@code PRODUCED} cancel and block the card, which may still be delivered; {@code COMPLETED}, {@code RETURNED} and {@code CANCELLED} cannot be cancelled.
     *
     * @param profileId the profile's id
     * @param cardOrderId the card order's id
     */
    public CompletableFuture<Void> cancel(long profileId, long cardOrderId) {
        return cancel(profileId, cardOrderId, RequestOptions.none());
    }

    /**
     * Cancels a card order (Wise answers 202). Check {@link CardOrderStatus#canBeCancelled()} first: {@code PLACED} cancels cleanly; {@code REQUIREMENTS_FULFILLED}, {@code CARD_DETAILS_CREATED} and {@code PRODUCED} cancel and block the card, which may still be delivered; {@code COMPLETED}, {@code RETURNED} and {@code CANCELLED} cannot be cancelled.
     *
     * @param profileId the profile's id
     * @param cardOrderId the card order's id
     * @param options per-call options (timeout, retries, idempotency key, correlation id, headers), or null
     */
    public CompletableFuture<Void> cancel(long profileId, long cardOrderId, RequestOptions options) {
        return PreparedCall.async(() -> calls.updateStatus(profileId, cardOrderId, CardOrderStatus.CANCELLED, options))
                .thenApply(ApiResponse::data);
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
    public CompletableFuture<Void> complete(long profileId, long cardOrderId) {
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
    public CompletableFuture<Void> complete(long profileId, long cardOrderId, RequestOptions options) {
        return PreparedCall.async(() -> calls.updateStatus(profileId, cardOrderId, CardOrderStatus.COMPLETED, options))
                .thenApply(ApiResponse::data);
    }

    /**
     * Fetches the card-data host's current encrypting key (also refreshes the key {@code presetPin} uses).
     */
    public CompletableFuture<EncryptingKey> fetchEncryptingKey() {
        return fetchEncryptingKey(RequestOptions.none());
    }

    /**
     * Fetches the card-data host's current encrypting key (also refreshes the key {@code presetPin} uses).
     *
     * @param options per-call options (timeout, retries, idempotency key, correlation id, headers), or null
     */
    public CompletableFuture<EncryptingKey> fetchEncryptingKey(RequestOptions options) {
        return PreparedCall.async(() -> calls.fetchEncryptingKey(options)).thenApply(ApiResponse::data);
    }

    /**
     * Sets the PIN of a card order on the card-data host: fetches the encrypting key (cached by version, refreshed hourly), encrypts {@code {"pin":"...."}} as a JWE ({@code A256GCM} with {@code algorithm}), and sends it with {@code x-tw-twcard-order-id}. The {@code pin} array is zeroed before this method returns, whether or not the PIN was valid; the PIN is never logged.
     *
     * @param cardOrderId the card order's id
     * @param pin the 4-digit PIN; zeroed before this method returns
     */
    public CompletableFuture<PinPresetResult> presetPin(long cardOrderId, char[] pin) {
        return presetPin(cardOrderId, pin, CardOrderCalls.DEFAULT_PIN_ALGORITHM, RequestOptions.none());
    }

    /**
     * Sets the PIN of a card order on the card-data host: fetches the encrypting key (cached by version, refreshed hourly), encrypts {@code {"pin":"...."}} as a JWE ({@code A256GCM} with {@code algorithm}), and sends it with {@code x-tw-twcard-order-id}. The {@code pin} array is zeroed before this method returns, whether or not the PIN was valid; the PIN is never logged.
     *
     * @param cardOrderId the card order's id
     * @param pin the 4-digit PIN; zeroed before this method returns
     * @param options per-call options (timeout, retries, idempotency key, correlation id, headers), or null
     */
    public CompletableFuture<PinPresetResult> presetPin(long cardOrderId, char[] pin, RequestOptions options) {
        return presetPin(cardOrderId, pin, CardOrderCalls.DEFAULT_PIN_ALGORITHM, options);
    }

    /**
     * Sets the PIN of a card order on the card-data host: fetches the encrypting key (cached by version, refreshed hourly), encrypts {@code {"pin":"...."}} as a JWE ({@code A256GCM} with {@code algorithm}), and sends it with {@code x-tw-twcard-order-id}. The {@code pin} array is zeroed before this method returns, whether or not the PIN was valid; the PIN is never logged.
     *
     * @param cardOrderId the card order's id
     * @param pin the 4-digit PIN; zeroed before this method returns
     * @param algorithm the JWE key-management algorithm; {@link PinEncryptionAlgorithm#RSA_OAEP_256} by default
     * @param options per-call options (timeout, retries, idempotency key, correlation id, headers), or null
     */
    public CompletableFuture<PinPresetResult> presetPin(
            long cardOrderId, char[] pin, PinEncryptionAlgorithm algorithm, RequestOptions options) {
        return PreparedCall.async(() -> calls.presetPin(cardOrderId, pin, algorithm, options))
                .thenApply(ApiResponse::data);
    }
}
