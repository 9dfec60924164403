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
 * operations returning {@link CompletableFuture}s or {@link ApiResponse}s, and {@link
 * #withRequestOptions(RequestOptions)} the same operations with per-call options.
 *
 * <pre>{@code
 * CardOrder order = cards.cardOrders().create(profileId, params);
 * for (CardOrder o : cards.cardOrders().listAll(profileId)) { ... }
 * CardOrder again = cards.cardOrders()
 *     .withRequestOptions(RequestOptions.builder().idempotencyKey(key).build())
 *     .create(profileId, params);
 * }</pre>
 *
 * <p>Failures are unchecked {@code SdkException}s: {@code ValidationException} when local
 * validation fails (an id that is not positive, invalid params; nothing sent), {@code
 * ApiException} subclasses for HTTP errors, {@code ApiConnectionException} for I/O failures.
 * Immutable and thread-safe.
 */
public final class CardOrderService {
    private final CardOrderCalls calls;
    private final RequestOptions options;
    private final AsyncCardOrderService async;
    private final RawCardOrderService raw;

    CardOrderService(CardOrderCalls calls) {
        this(calls, RequestOptions.none());
    }

    private CardOrderService(CardOrderCalls calls, RequestOptions options) {
        this.calls = calls;
        this.options = options;
        this.async = new AsyncCardOrderService(calls, options);
        this.raw = new RawCardOrderService(calls, options);
    }

    /**
     * Returns the same operations with per-call options (timeout, retries, idempotency key,
     * correlation id, headers) applied to every call made through it, and through its {@link
     * #async()} and {@link #withRawResponse()} views. This service is not changed.
     *
     * @param options the per-call options; replace any this service already had
     * @return the service with {@code options}
     */
    public CardOrderService withRequestOptions(RequestOptions options) {
        return new CardOrderService(calls, Objects.requireNonNull(options, "options"));
    }

    /**
     * Returns the same operations, each returning a {@link CompletableFuture}.
     *
     * @return the async view
     */
    public AsyncCardOrderService async() {
        return async;
    }

    /**
     * Returns the same operations, each returning the {@link ApiResponse} with its metadata.
     *
     * @return the raw-response view
     */
    public RawCardOrderService withRawResponse() {
        return raw;
    }

    /**
     * Creates a card order. Sends an {@code X-idempotence-uuid}: the one in the {@link
     * #withRequestOptions(RequestOptions) request options}, or one generated for this call; every
     * retry of the call reuses it, and it is available from {@link ApiResponse#idempotencyKey()}
     * and from the exceptions. When every attempt failed after the request may have reached Wise,
     * the failure is an {@link io.github.wisecards.core.errors.OutcomeUnknownException}: the order
     * may exist, so repeat the call with its key.
     *
     * @param profileId the profile's id (positive)
     * @param params the parameters
     * @return the created order
     * @throws ValidationException if {@code profileId} is not positive or {@code params} fail local
     *     validation; nothing is sent
     */
    public CardOrder create(long profileId, CardOrderCreateParams params) {
        return calls.create(profileId, params).blocking(options);
    }

    /**
     * Retrieves a card order.
     *
     * @param profileId the profile's id (positive)
     * @param cardOrderId the card order's id (positive)
     * @return the order
     * @throws ValidationException if an id is not positive; nothing is sent
     */
    public CardOrder retrieve(long profileId, long cardOrderId) {
        return calls.retrieve(profileId, cardOrderId).blocking(options);
    }

    /**
     * Lists the first page of a profile's card orders (10 per page), with the total count.
     *
     * @param profileId the profile's id (positive)
     * @return the page
     * @throws ValidationException if {@code profileId} is not positive; nothing is sent
     */
    public Page<CardOrder> list(long profileId) {
        return list(profileId, CardOrderListParams.defaults());
    }

    /**
     * Lists one page of a profile's card orders, with the total count.
     *
     * @param profileId the profile's id (positive)
     * @param params the page size and number
     * @return the page
     * @throws ValidationException if {@code profileId} is not positive; nothing is sent
     */
    public Page<CardOrder> list(long profileId, CardOrderListParams params) {
        return calls.list(profileId, params).blocking(options);
    }

    /**
     * Iterates over every card order of a profile, 10 per request, fetching pages lazily.
     *
     * @param profileId the profile's id (positive)
     * @return the pager; each page is one {@link #list(long, CardOrderListParams)} call
     */
    public AutoPager<CardOrder> listAll(long profileId) {
        return listAll(profileId, CardOrderListParams.defaults());
    }

    /**
     * Iterates over every card order of a profile from {@code params}' page on, with its page size,
     * fetching pages lazily; each page is one {@link #list(long, CardOrderListParams)} call with
     * this service's request options.
     *
     * @param profileId the profile's id (positive)
     * @param params the page size and first page
     * @return the pager
     */
    public AutoPager<CardOrder> listAll(long profileId, CardOrderListParams params) {
        Objects.requireNonNull(params, "params");
        return AutoPager.of(
                page -> list(profileId, params.toBuilder().pageNumber(page).build()), params.pageNumber());
    }

    /**
     * Retrieves the card programs available to a profile.
     *
     * @param profileId the profile's id (positive)
     * @return the programs
     * @throws ValidationException if {@code profileId} is not positive; nothing is sent
     */
    public List<CardProgram> availability(long profileId) {
        return calls.availability(profileId).blocking(options);
    }

    /**
     * Retrieves the requirements of a card order; see {@link CardOrderRequirements#allCompleted()}.
     *
     * @param profileId the profile's id (positive)
     * @param cardOrderId the card order's id (positive)
     * @return the requirements
     * @throws ValidationException if an id is not positive; nothing is sent
     */
    public CardOrderRequirements requirements(long profileId, long cardOrderId) {
        return calls.requirements(profileId, cardOrderId).blocking(options);
    }

    /**
     * Validates an address on Wise's side. Wise answers 200 with the fields that failed; {@link
     * Address#validate()} checks the same rules locally without I/O.
     *
     * @param address the address to validate
     * @return the fields that failed, if any
     */
    public AddressValidationResult validateAddress(Address address) {
        return calls.validateAddress(address).blocking(options);
    }

    /**
     * Cancels a card order (Wise answers 202). Check {@link CardOrderStatus#canBeCancelled()}
     * first: {@code PLACED} cancels cleanly; {@code REQUIREMENTS_FULFILLED}, {@code
     * CARD_DETAILS_CREATED} and {@code PRODUCED} cancel and block the card, which may still be
     * delivered; {@code COMPLETED}, {@code RETURNED} and {@code CANCELLED} cannot be cancelled.
     *
     * @param profileId the profile's id (positive)
     * @param cardOrderId the card order's id (positive)
     * @throws ValidationException if an id is not positive; nothing is sent
     */
    public void cancel(long profileId, long cardOrderId) {
        calls.updateStatus(profileId, cardOrderId, CardOrderStatus.CANCELLED).blocking(options);
    }

    /**
     * Marks a card order {@code COMPLETED} (Wise answers 202); possible from every status but
     * {@code CANCELLED} and {@code COMPLETED}.
     *
     * @param profileId the profile's id (positive)
     * @param cardOrderId the card order's id (positive)
     * @throws ValidationException if an id is not positive; nothing is sent
     * @deprecated Wise deprecated setting {@code COMPLETED}; orders complete on their own.
     */
    @Deprecated
    public void complete(long profileId, long cardOrderId) {
        calls.updateStatus(profileId, cardOrderId, CardOrderStatus.COMPLETED).blocking(options);
    }

    /**
     * Fetches the card-data host's current encrypting key (also refreshes the key {@code
     * presetPin} uses).
     *
     * @return the key and its version
     */
    public EncryptingKey fetchEncryptingKey() {
        return calls.fetchEncryptingKey().blocking(options);
    }

    /**
     * Sets the PIN of a card order on the card-data host, encrypted with {@link
     * PinEncryptionAlgorithm#RSA_OAEP_256}; see {@link #presetPin(long, char[],
     * PinEncryptionAlgorithm)}.
     *
     * @param cardOrderId the card order's id (positive)
     * @param pin the 4-digit PIN; zeroed before this method returns
     * @return Wise's answer
     * @throws ValidationException if {@code cardOrderId} is not positive or {@code pin} is not
     *     exactly 4 digits; nothing is sent
     */
    public PinPresetResult presetPin(long cardOrderId, char[] pin) {
        return presetPin(cardOrderId, pin, CardOrderCalls.DEFAULT_PIN_ALGORITHM);
    }

    /**
     * Sets the PIN of a card order on the card-data host: fetches the encrypting key (cached by
     * version, refreshed hourly), encrypts {@code {"pin":"...."}} as a JWE ({@code A256GCM} with
     * {@code algorithm}), and sends it with {@code x-tw-twcard-order-id}. The {@code pin} array is
     * zeroed before this method returns, whether or not the PIN was valid; the PIN is never
     * logged.
     *
     * @param cardOrderId the card order's id (positive)
     * @param pin the 4-digit PIN; zeroed before this method returns
     * @param algorithm the JWE key-management algorithm
     * @return Wise's answer
     * @throws ValidationException if {@code cardOrderId} is not positive or {@code pin} is not
     *     exactly 4 digits; nothing is sent
     */
    public PinPresetResult presetPin(long cardOrderId, char[] pin, PinEncryptionAlgorithm algorithm) {
        return calls.presetPin(cardOrderId, pin, algorithm).blocking(options);
    }
}
