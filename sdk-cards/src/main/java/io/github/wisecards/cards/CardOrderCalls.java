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
import io.github.wisecards.core.internal.ContractFormats;
import io.github.wisecards.core.internal.Endpoint;
import io.github.wisecards.core.internal.Host;
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

/**
 * The card order endpoints, each declared once, and the preparation of each operation (local
 * validation, request, result mapping) shared by the blocking, async and raw views.
 */
final class CardOrderCalls {
    private static final String ORDERS = "/v3/spend/profiles/{profileId}/card-orders";

    static final Endpoint<CardOrder> CREATE = Endpoint.builder("POST", ORDERS, Decoders.CARD_ORDER)
            .idempotencyKey()
            .build();
    static final Endpoint<CardOrder> RETRIEVE = Endpoint.builder("GET", ORDERS + "/{cardOrderId}", Decoders.CARD_ORDER)
            .build();
    static final Endpoint<Decoders.OrdersPage> LIST =
            Endpoint.builder("GET", ORDERS, Decoders.ORDERS_PAGE).build();
    static final Endpoint<List<CardProgram>> AVAILABILITY = Endpoint.builder(
                    "GET", ORDERS + "/availability", Decoders.PROGRAM_LIST)
            .build();
    static final Endpoint<CardOrderRequirements> REQUIREMENTS = Endpoint.builder(
                    "GET", ORDERS + "/{cardOrderId}/requirements", Decoders.REQUIREMENTS)
            .build();
    static final Endpoint<AddressValidationResult> VALIDATE_ADDRESS = Endpoint.builder(
                    "POST", "/v3/spend/address/validate", Decoders.ADDRESS_VALIDATION)
            .retryMode(RetryMode.ALWAYS) // no side effect
            .build();
    static final Endpoint<Void> UPDATE_STATUS = Endpoint.builder(
                    "PUT", ORDERS + "/{cardOrderId}/status", ResponseDecoder.none())
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

    PreparedCall<CardOrder> create(long profileId, CardOrderCreateParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        List<FieldViolation> violations = params.validate();
        if (!violations.isEmpty()) {
            throw new ValidationException("card order create parameters", violations);
        }
        return call(CREATE.request(profile(profileId))
                .jsonBody(CardsWriters.body(params))
                .options(options));
    }

    PreparedCall<CardOrder> retrieve(long profileId, long cardOrderId, RequestOptions options) {
        return call(RETRIEVE.request(profile(profileId), order(cardOrderId)).options(options));
    }

    PreparedCall<Page<CardOrder>> list(long profileId, CardOrderListParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return call(LIST.request(profile(profileId))
                        .query("pageSize", params.pageSize())
                        .query("pageNumber", params.pageNumber())
                        .options(options))
                .map(p -> Page.of(p.items(), p.totalCount(), params.pageNumber(), params.pageSize()));
    }

    PreparedCall<List<CardProgram>> availability(long profileId, RequestOptions options) {
        return call(AVAILABILITY.request(profile(profileId)).options(options));
    }

    PreparedCall<CardOrderRequirements> requirements(long profileId, long cardOrderId, RequestOptions options) {
        return call(REQUIREMENTS.request(profile(profileId), order(cardOrderId)).options(options));
    }

    PreparedCall<AddressValidationResult> validateAddress(Address address, RequestOptions options) {
        Objects.requireNonNull(address, "address");
        return call(
                VALIDATE_ADDRESS.request().jsonBody(CardsWriters.body(address)).options(options));
    }

    PreparedCall<Void> updateStatus(long profileId, long cardOrderId, CardOrderStatus status, RequestOptions options) {
        return call(UPDATE_STATUS
                .request(profile(profileId), order(cardOrderId))
                .jsonBody(Map.of("status", status.raw()))
                .options(options));
    }

    PreparedCall<EncryptingKey> fetchEncryptingKey(RequestOptions options) {
        PreparedCall<EncryptionKeys.Material> fetch = fetchKeyMaterial(options);
        return new PreparedCall<>() {
            @Override
            public ApiResponse<EncryptingKey> execute() {
                ApiResponse<EncryptionKeys.Material> r = fetch.execute();
                return r.withData(keys.remember(r.data()).key());
            }

            @Override
            public CompletableFuture<ApiResponse<EncryptingKey>> executeAsync() {
                return fetch.executeAsync()
                        .thenApply(r -> r.withData(keys.remember(r.data()).key()));
            }
        };
    }

    /**
     * Prepares a PIN preset. The PIN is checked, copied and the caller's array zeroed before this
     * returns, valid or not; the copy is zeroed once encrypted or when the call fails.
     */
    PreparedCall<PinPresetResult> presetPin(
            long cardOrderId, char[] pin, PinEncryptionAlgorithm algorithm, RequestOptions options) {
        Objects.requireNonNull(algorithm, "algorithm");
        if (cardOrderId <= 0) {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
            order(cardOrderId);
        }
        char[] copy;
        try {
            PinJweEncrypter.checkPin(pin);
            copy = pin.clone();
        } finally {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
        }
        return new PreparedCall<>() {
            @Override
            public ApiResponse<PinPresetResult> execute() {
                try {
                    return presetRequest(cardOrderId, copy, keys.current(options), algorithm, options)
                            .execute();
                } finally {
                    Arrays.fill(copy, '\0');
                }
            }

            @Override
            public CompletableFuture<ApiResponse<PinPresetResult>> executeAsync() {
                return keys.currentAsync(options)
                        .thenCompose(key -> {
                            try {
                                return presetRequest(cardOrderId, copy, key, algorithm, options)
                                        .executeAsync();
                            } finally {
                                Arrays.fill(copy, '\0');
                            }
                        })
                        .whenComplete((r, e) -> Arrays.fill(copy, '\0'));
            }
        };
    }

    private PreparedCall<PinPresetResult> presetRequest(
            long cardOrderId,
            char[] pin,
            EncryptionKeys.Material key,
            PinEncryptionAlgorithm algorithm,
            RequestOptions options) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("keyVersion", key.key().version());
        body.put("encryptedPayload", PinJweEncrypter.encrypt(pin, key.publicKey(), algorithm));
        return call(PRESET_PIN
                .request()
                .header(CARD_ORDER_ID_HEADER, Long.toString(cardOrderId))
                .jsonBody(body)
                .options(options));
    }

    private PreparedCall<EncryptionKeys.Material> fetchKeyMaterial(RequestOptions options) {
        return call(FETCH_ENCRYPTING_KEY.request().options(options));
    }

    /** Wise's profile ids are positive: 0 or a negative id is refused before anything is sent. */
    private static long profile(long profileId) {
        return ContractFormats.requirePositiveId("profileId", profileId);
    }

    /** Wise's card order ids are positive: 0 or a negative id is refused before anything is sent. */
    private static long order(long cardOrderId) {
        return ContractFormats.requirePositiveId("cardOrderId", cardOrderId);
    }

    private <T> PreparedCall<T> call(io.github.wisecards.core.internal.ApiRequest.Builder<T> request) {
        return PreparedCall.of(transport, request.build());
    }
}
