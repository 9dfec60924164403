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
import io.github.wisecards.core.AutoPager;
import io.github.wisecards.core.Page;
import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.core.errors.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Card order operations: create, retrieve, list (one page or all), card program availability,
 * requirements, server-side address validation, cancellation and the PIN preset. Obtained from
 * {@link CardsClient#cardOrders()}; {@link #async()} and {@link #withRawResponse()} give the same
 * operations returning {@link CompletableFuture}s or {@link ApiResponse}s.
 *
 * <pre>{@code
 * CardOrder order = cards.cardOrders().create(profileId, params);
 * for (CardOrder o : cards.cardOrders().listAll(profileId)) { ... }
 * }</pre>
 *
 * <p>Failures are unchecked {@code SdkException}s: {@code ValidationException} when local
 * validation fails (nothing sent), {@code ApiException} subclasses for HTTP errors, {@code
 * ApiConnectionException} for I/O failures. Stateless and thread-safe.
 */
public final class CardOrderService {
    private final CardOrderCalls calls;
    private final AsyncCardOrderService async;
    private final RawCardOrderService raw;

    CardOrderService(CardOrderCalls calls) {
        this.calls = calls;
        this.async = new AsyncCardOrderService(calls);
        this.raw = new RawCardOrderService(calls);
    }

    /** Returns the same operations, each returning a {@link CompletableFuture}. */
    public AsyncCardOrderService async() {
        return async;
    }

    /** Returns the same operations, each returning the {@link ApiResponse} with its metadata. */
    public RawCardOrderService withRawResponse() {
        return raw;
    }

    /**
     * Iterates over every card order of a profile, 10 per request, fetching pages lazily.
     *
     * @param profileId the profile's id
     */
    public AutoPager<CardOrder> listAll(long profileId) {
        return listAll(profileId, CardOrderListParams.defaults(), RequestOptions.none());
    }

    /**
     * Iterates over every card order of a profile from {@code params}' page on, with its page size,
     * fetching pages lazily; each page is one {@link #list(long, CardOrderListParams,
     * RequestOptions)} call.
     *
     * @param profileId the profile's id
     * @param params the page size and first page
     * @param options per-call options applied to each page request, or null
     */
    public AutoPager<CardOrder> listAll(long profileId, CardOrderListParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return AutoPager.of(
                page -> list(profileId, params.toBuilder().pageNumber(page).build(), options), params.pageNumber());
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
    public CardOrder create(long profileId, CardOrderCreateParams params) {
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
    public CardOrder create(long profileId, CardOrderCreateParams params, RequestOptions options) {
        return calls.create(profileId, params, options).execute().data();
    }

    /**
     * Retrieves a card order.
     *
     * @param profileId the profile's id
     * @param cardOrderId the card order's id
     */
    public CardOrder retrieve(long profileId, long cardOrderId) {
        return retrieve(profileId, cardOrderId, RequestOptions.none());
    }

    /**
     * Retrieves a card order.
     *
     * @param profileId the profile's id
     * @param cardOrderId the card order's id
     * @param options per-call options (timeout, retries, idempotency key, correlation id, headers), or null
     */
    public CardOrder retrieve(long profileId, long cardOrderId, RequestOptions options) {
        return calls.retrieve(profileId, cardOrderId, options).execute().data();
    }

    /**
     * Lists one page of a profile's card orders, with the total count.
     *
     * @param profileId the profile's id
     */
    public Page<CardOrder> list(long profileId) {
        return list(profileId, CardOrderListParams.defaults(), RequestOptions.none());
    }

    /**
     * Lists one page of a profile's card orders, with the total count.
     *
     * @param profileId the profile's id
     * @param params the parameters
     */
    public Page<CardOrder> list(long profileId, CardOrderListParams params) {
        return list(profileId, params, RequestOptions.none());
    }

    /**
     * Lists one page of a profile's card orders, with the total count.
     *
     * @param profileId the profile's id
     * @param params the parameters
     * @param options per-call options (timeout, retries, idempotency key, correlation id, headers), or null
     */
    public Page<CardOrder> list(long profileId, CardOrderListParams params, RequestOptions options) {
        return calls.list(profileId, params, options).execute().data();
    }

    /**
     * Retrieves the card programs available to a profile.
     *
     * @param profileId the profile's id
     */
    public List<CardProgram> availability(long profileId) {
        return availability(profileId, RequestOptions.none());
    }

    /**
     * Retrieves the card programs available to a profile.
     *
     * @param profileId the profile's id
     * @param options per-call options (timeout, retries, idempotency key, correlation id, headers), or null
     */
    public List<CardProgram> availability(long profileId, RequestOptions options) {
        return calls.availability(profileId, options).execute().data();
    }

    /**
     * Retrieves the requirements of a card order; see {@link CardOrderRequirements#allCompleted()}.
     *
     * @param profileId the profile's id
     * @param cardOrderId the card order's id
     */
    public CardOrderRequirements requirements(long profileId, long cardOrderId) {
        return requirements(profileId, cardOrderId, RequestOptions.none());
    }

    /**
     * Retrieves the requirements of a card order; see {@link CardOrderRequirements#allCompleted()}.
     *
     * @param profileId the profile's id
     * @param cardOrderId the card order's id
     * @param options per-call options (timeout, retries, idempotency key, correlation id, headers), or null
     */
    public CardOrderRequirements requirements(long profileId, long cardOrderId, RequestOptions options) {
        return calls.requirements(profileId, cardOrderId, options).execute().data();
    }

    /**
     * Validates an address on Wise's side. Wise answers 200 with the fields that failed; {@link Address#validate()} checks the same rules locally without I/O.
     *
     * @param address the address to validate
     */
    public AddressValidationResult validateAddress(Address address) {
        return validateAddress(address, RequestOptions.none());
    }

    /**
     * Validates an address on Wise's side. Wise answers 200 with the fields that failed; {@link Address#validate()} checks the same rules locally without I/O.
     *
     * @param address the address to validate
     * @param options per-call options (timeout, retries, idempotency key, correlation id, headers), or null
     */
    public AddressValidationResult validateAddress(Address address, RequestOptions options) {
        return calls.validateAddress(address, options).execute().data();
    }

    /**
     * Cancels a card order (Wise answers 202). Check {@link CardOrderStatus#canBeCancelled()} first: {@code PLACED} cancels cleanly; {@code REQUIREMENTS_FULFILLED}, {@code CARD_DETAILS_CREATED} and {@code PRODUCED} cancel and block the card, which may still be delivered; {@code COMPLETED}, {@code RETURNED} and {@code CANCELLED} cannot be cancelled.
     *
     * @param profileId the profile's id
     * @param cardOrderId the card order's id
     */
    public void cancel(long profileId, long cardOrderId) {
        cancel(profileId, cardOrderId, RequestOptions.none());
    }

    /**
     * Cancels a card order (Wise answers 202). Check {@link CardOrderStatus#canBeCancelled()} first: {@code PLACED} cancels cleanly; {@code REQUIREMENTS_FULFILLED}, {@code CARD_DETAILS_CREATED} and {@code PRODUCED} cancel and block the card, which may still be delivered; {@code COMPLETED}, {@code RETURNED} and {@code CANCELLED} cannot be cancelled.
     *
     * @param profileId the profile's id
     * @param cardOrderId the card order's id
     * @param options per-call options (timeout, retries, idempotency key, correlation id, headers), or null
     */
    public void cancel(long profileId, long cardOrderId, RequestOptions options) {
        calls.updateStatus(profileId, cardOrderId, CardOrderStatus.CANCELLED, options)
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
    public void complete(long profileId, long cardOrderId) {
        complete(profileId, cardOrderId, RequestOptions.none());
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
    public void complete(long profileId, long cardOrderId, RequestOptions options) {
        calls.updateStatus(profileId, cardOrderId, CardOrderStatus.COMPLETED, options)
                .execute();
    }

    /**
     * Fetches the card-data host's current encrypting key (also refreshes the key {@code presetPin} uses).
     */
    public EncryptingKey fetchEncryptingKey() {
        return fetchEncryptingKey(RequestOptions.none());
    }

    /**
     * Fetches the card-data host's current encrypting key (also refreshes the key {@code presetPin} uses).
     *
     * @param options per-call options (timeout, retries, idempotency key, correlation id, headers), or null
     */
    public EncryptingKey fetchEncryptingKey(RequestOptions options) {
        return calls.fetchEncryptingKey(options).execute().data();
    }

    /**
     * Sets the PIN of a card order on the card-data host: fetches the encrypting key (cached by version, refreshed hourly), encrypts {@code {"pin":"...."}} as a JWE ({@code A256GCM} with {@code algorithm}), and sends it with {@code x-tw-twcard-order-id}. The {@code pin} array is zeroed before this method returns, whether or not the PIN was valid; the PIN is never logged.
     *
     * @param cardOrderId the card order's id
     * @param pin the 4-digit PIN; zeroed before this method returns
     * @throws ValidationException if {@code pin} is not exactly 4 digits; nothing is sent
     */
    public PinPresetResult presetPin(long cardOrderId, char[] pin) {
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
    public PinPresetResult presetPin(long cardOrderId, char[] pin, RequestOptions options) {
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
    public PinPresetResult presetPin(
            long cardOrderId, char[] pin, PinEncryptionAlgorithm algorithm, RequestOptions options) {
        return calls.presetPin(cardOrderId, pin, algorithm, options).execute().data();
    }
}
