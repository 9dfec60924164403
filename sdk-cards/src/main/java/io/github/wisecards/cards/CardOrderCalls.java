package io.github.wisecards.cards;

import io.github.wisecards.cards.internal.CardsWriters;
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
import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.errors.ValidationException;
import io.github.wisecards.core.internal.ApiRequest;
import io.github.wisecards.core.internal.CancellableFutures;
import io.github.wisecards.core.internal.Endpoint;
import io.github.wisecards.core.internal.Host;
import io.github.wisecards.core.internal.PathParam;
import io.github.wisecards.core.internal.PreparedCall;
import io.github.wisecards.core.internal.ResponseDecoder;
import io.github.wisecards.core.internal.RetryMode;
import io.github.wisecards.core.internal.Transport;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The card order operations, each declared once (method, host, typed path, decoder, idempotency,
 * retry mode) with the binding of its arguments into a {@link PreparedCall}; the blocking, async
 * and raw views of {@link CardOrderService} are one-line delegates to these methods.
 */
final class CardOrderCalls {
    private static final String ORDERS = "/v3/spend/profiles/{profileId}/card-orders";

    /** Wise's profile ids: positive 64-bit integers. */
    static final PathParam<Long> PROFILE_ID = PathParam.positiveId("profileId");

    /** Wise's card order ids: positive 64-bit integers. */
    static final PathParam<Long> CARD_ORDER_ID = PathParam.positiveId("cardOrderId");

    static final Endpoint<CardOrder> CREATE = Endpoint.builder("POST", ORDERS, Decoders.CARD_ORDER)
            .pathParams(PROFILE_ID)
            .idempotencyKey()
            .build();
    static final Endpoint<CardOrder> RETRIEVE = Endpoint.builder("GET", ORDERS + "/{cardOrderId}", Decoders.CARD_ORDER)
            .pathParams(PROFILE_ID, CARD_ORDER_ID)
            .build();
    static final Endpoint<Decoders.OrdersPage> LIST = Endpoint.builder("GET", ORDERS, Decoders.ORDERS_PAGE)
            .pathParams(PROFILE_ID)
            .build();
    static final Endpoint<List<CardProgram>> AVAILABILITY = Endpoint.builder(
                    "GET", ORDERS + "/availability", Decoders.PROGRAM_LIST)
            .pathParams(PROFILE_ID)
            .build();
    static final Endpoint<CardOrderRequirements> REQUIREMENTS = Endpoint.builder(
                    "GET", ORDERS + "/{cardOrderId}/requirements", Decoders.REQUIREMENTS)
            .pathParams(PROFILE_ID, CARD_ORDER_ID)
            .build();
    static final Endpoint<AddressValidationResult> VALIDATE_ADDRESS = Endpoint.builder(
                    "POST", "/v3/spend/address/validate", Decoders.ADDRESS_VALIDATION)
            .retryMode(RetryMode.ALWAYS) // no side effect
            .build();
    static final Endpoint<Void> UPDATE_STATUS = Endpoint.builder(
                    "PUT", ORDERS + "/{cardOrderId}/status", ResponseDecoder.none())
            .pathParams(PROFILE_ID, CARD_ORDER_ID)
            .build();
    static final Endpoint<EncryptionKeys.Material> FETCH_ENCRYPTING_KEY = Endpoint.builder(
                    "GET", "/twcard-data/v1/clientSideEncryption/fetchEncryptingKey", Decoders.KEY)
            .host(Host.CARD_DATA)
            .build();
    static final Endpoint<PinPresetResult> PRESET_PIN = Endpoint.builder(
                    "POST", "/twcard-data/v1/sensitive-card-data/preset-pin", Decoders.PIN_PRESET_RESULT)
            .host(Host.CARD_DATA)
            .build();

    /** The PIN preset's JWE algorithm when the caller names none: Wise's own collection uses it. */
    static final PinEncryptionAlgorithm DEFAULT_PIN_ALGORITHM = PinEncryptionAlgorithm.RSA_OAEP_256;

    /** The header naming the card order of a PIN preset. */
    static final String CARD_ORDER_ID_HEADER = "x-tw-twcard-order-id";

    private final Transport transport;
    private final EncryptionKeys keys;

    CardOrderCalls(Transport transport) {
        this.transport = transport;
        this.keys =
                new EncryptionKeys(this::fetchKeyMaterial, transport.options().clock());
    }

    PreparedCall<CardOrder> create(long profileId, CardOrderCreateParams params) {
        return call(() -> {
            Objects.requireNonNull(params, "params");
            List<FieldViolation> violations = params.validate();
            if (!violations.isEmpty()) {
                throw new ValidationException("card order create parameters", violations);
            }
            return CREATE.request().path(PROFILE_ID, profileId).jsonBody(CardsWriters.body(params));
        });
    }

    PreparedCall<CardOrder> retrieve(long profileId, long cardOrderId) {
        return call(() -> RETRIEVE.request().path(PROFILE_ID, profileId).path(CARD_ORDER_ID, cardOrderId));
    }

    PreparedCall<Page<CardOrder>> list(long profileId, CardOrderListParams params) {
        return call(() -> {
                    Objects.requireNonNull(params, "params");
                    return LIST.request()
                            .path(PROFILE_ID, profileId)
                            .query("pageSize", params.pageSize())
                            .query("pageNumber", params.pageNumber());
                })
                .map(p -> Page.of(p.items(), p.totalCount(), params.pageNumber(), params.pageSize()));
    }

    PreparedCall<List<CardProgram>> availability(long profileId) {
        return call(() -> AVAILABILITY.request().path(PROFILE_ID, profileId));
    }

    PreparedCall<CardOrderRequirements> requirements(long profileId, long cardOrderId) {
        return call(() -> REQUIREMENTS.request().path(PROFILE_ID, profileId).path(CARD_ORDER_ID, cardOrderId));
    }

    PreparedCall<AddressValidationResult> validateAddress(Address address) {
        return call(() ->
                VALIDATE_ADDRESS.request().jsonBody(CardsWriters.body(Objects.requireNonNull(address, "address"))));
    }

    PreparedCall<Void> updateStatus(long profileId, long cardOrderId, CardOrderStatus status) {
        return call(() -> UPDATE_STATUS
                .request()
                .path(PROFILE_ID, profileId)
                .path(CARD_ORDER_ID, cardOrderId)
                .jsonBody(Map.of("status", status.raw())));
    }

    PreparedCall<EncryptingKey> fetchEncryptingKey() {
        return fetchKeyMaterial().map(material -> keys.remember(material).key());
    }

    /**
     * Binds a PIN preset. The PIN is checked, copied and the caller's array zeroed before this
     * returns, valid or not (a refusal is thrown or fails the future when the call runs); the copy
     * is zeroed once encrypted or when the call fails.
     */
    PreparedCall<PinPresetResult> presetPin(long cardOrderId, char[] pin, PinEncryptionAlgorithm algorithm) {
        char[] copy;
        try {
            Objects.requireNonNull(algorithm, "algorithm");
            CARD_ORDER_ID.format(cardOrderId);
            PinJweEncrypter.checkPin(pin);
            copy = pin.clone();
        } catch (RuntimeException e) {
            return PreparedCall.failed(e);
        } finally {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
        }
        return new PreparedCall<>() {
            @Override
            public ApiResponse<PinPresetResult> raw(RequestOptions options) {
                try {
                    return presetRequest(cardOrderId, copy, keys.current(options), algorithm)
                            .raw(options);
                } finally {
                    Arrays.fill(copy, '\0');
                }
            }

            @Override
            public CompletableFuture<ApiResponse<PinPresetResult>> rawAsync(RequestOptions options) {
                return CancellableFutures.compose(keys.currentAsync(options), key -> {
                            try {
                                return presetRequest(cardOrderId, copy, key, algorithm)
                                        .rawAsync(options);
                            } finally {
                                Arrays.fill(copy, '\0');
                            }
                        })
                        .whenComplete((r, e) -> Arrays.fill(copy, '\0'));
            }
        };
    }

    private PreparedCall<PinPresetResult> presetRequest(
            long cardOrderId, char[] pin, EncryptionKeys.Material key, PinEncryptionAlgorithm algorithm) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("keyVersion", key.key().version());
        body.put("encryptedPayload", PinJweEncrypter.encrypt(pin, key.publicKey(), algorithm));
        return call(() -> PRESET_PIN
                .request()
                .header(CARD_ORDER_ID_HEADER, Long.toString(cardOrderId))
                .jsonBody(body));
    }

    private PreparedCall<EncryptionKeys.Material> fetchKeyMaterial() {
        return call(FETCH_ENCRYPTING_KEY::request);
    }

    private <T> PreparedCall<T> call(Supplier<ApiRequest.Builder<T>> request) {
        return PreparedCall.of(transport, request);
    }
}
