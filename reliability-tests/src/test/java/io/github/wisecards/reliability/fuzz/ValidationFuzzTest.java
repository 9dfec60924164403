package io.github.wisecards.reliability.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.CardOrderCreateParams;
import io.github.wisecards.cards.model.DeliveryOption;
import io.github.wisecards.cards.model.ReplacementDetails;
import io.github.wisecards.cards.model.ReplacementReason;
import io.github.wisecards.core.Environment;
import io.github.wisecards.core.errors.ApiConnectionException;
import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.errors.ValidationException;
import io.github.wisecards.core.testkit.ModelInspector;
import io.github.wisecards.kiosk.model.CardProductionParams;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Fuzzes the local validation: addresses ({@code Address.validate()} never throws and is
 * deterministic), card order create parameters through {@code create} itself (invalid: a {@link
 * ValidationException} listing exactly {@code validate()}'s violations and nothing sent; valid:
 * the request is built and sent, here to a closed port, so {@link ApiConnectionException}), and
 * kiosk ids ({@link ValidationException} or a valid id). Allowed while building: the documented
 * {@code IllegalStateException} for a missing country and {@code IllegalArgumentException} for
 * {@code Address.other("BR")}.
 */
class ValidationFuzzTest {
    private static final CardsClient CLOSED_PORT_CLIENT = CardsClient.builder()
            .environment(Environment.custom("http://127.0.0.1:" + closedPort(), "http://127.0.0.1:" + closedPort()))
            .accessToken("validation-fuzz-token")
            .maxRetries(0)
            .connectTimeout(Duration.ofMillis(500))
            .build();

    @FuzzTest(maxDuration = "60s")
    void addressValidation(FuzzedDataProvider data) {
        Address address = address(data);
        if (address == null) {
            return;
        }
        List<FieldViolation> violations = address.validate();
        ModelInspector.inspect(violations);
        ModelInspector.inspect(address);
        if (!violations.equals(address.validate())) {
            throw new AssertionError("validate() is not deterministic for " + address);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void createParameterValidation(FuzzedDataProvider data) {
        CardOrderCreateParams.Builder b = CardOrderCreateParams.builder()
                .program(maybe(data, 60))
                .cardHolderName(maybe(data, 60))
                .embossedName(maybe(data, 30))
                .phoneNumber(maybe(data, 20));
        if (data.consumeBoolean()) {
            b.deliveryOption(DeliveryOption.of(data.consumeString(30)));
        }
        if (data.consumeBoolean()) {
            b.lifetimeLimit(BigDecimal.valueOf(data.consumeLong(), data.consumeInt(-3, 6)));
        }
        if (data.consumeBoolean()) {
            b.cardHolderProfileId(data.consumeLong());
        }
        if (data.consumeBoolean()) {
            b.replacementDetails(ReplacementDetails.of(
                    maybe(data, 40), data.consumeBoolean() ? ReplacementReason.of(data.consumeString(20)) : null));
        }
        if (data.consumeBoolean()) {
            b.address(address(data));
        }
        CardOrderCreateParams params = b.build();
        List<FieldViolation> violations = params.validate();
        ModelInspector.inspect(violations);
        ModelInspector.inspect(params);
        try {
            CLOSED_PORT_CLIENT.cardOrders().create(1L, params);
        } catch (ValidationException e) {
            if (!e.violations().equals(violations) || violations.isEmpty()) {
                throw new AssertionError("create refused " + e.violations() + " but validate() said " + violations);
            }
            ModelInspector.inspect(e);
            return;
        } catch (ApiConnectionException e) {
            if (!violations.isEmpty()) {
                throw new AssertionError("create sent parameters that validate() refuses: " + violations);
            }
            return;
        }
        throw new AssertionError("create succeeded against a closed port");
    }

    @FuzzTest(maxDuration = "60s")
    void kioskIdValidation(FuzzedDataProvider data) {
        String kioskId = data.consumeRemainingAsString();
        CardProductionParams params;
        try {
            params = CardProductionParams.builder().kioskId(kioskId).build();
        } catch (ValidationException e) {
            ModelInspector.inspect(e);
            return;
        }
        // Wise documents no kiosk id format: only blank ids and text JSON cannot carry are refused.
        if (params.kioskId().isBlank()) {
            throw new AssertionError("blank kiosk id accepted");
        }
        if (!java.nio.charset.StandardCharsets.UTF_8.newEncoder().canEncode(params.kioskId())) {
            throw new AssertionError("kiosk id that is not valid Unicode accepted");
        }
        ModelInspector.inspect(params);
    }

    /** Returns a fuzzed address in any of the four shapes, or null after a documented refusal. */
    private static Address address(FuzzedDataProvider data) {
        int shape = data.consumeInt(0, 3);
        switch (shape) {
            case 0:
                String country = maybe(data, 4);
                try {
                    return Address.builder()
                            .addressNumber(maybe(data, 12))
                            .address(maybe(data, 60))
                            .district(maybe(data, 40))
                            .complement(maybe(data, 40))
                            .firstLine(maybe(data, 60))
                            .secondLine(maybe(data, 60))
                            .thirdLine(maybe(data, 60))
                            .postCode(maybe(data, 14))
                            .city(maybe(data, 40))
                            .state(maybe(data, 8))
                            .country(country)
                            .build();
                } catch (IllegalStateException e) {
                    if (country != null) {
                        throw e;
                    }
                    return null;
                }
            case 1:
                return Address.brazil()
                        .addressNumber(maybe(data, 12))
                        .address(maybe(data, 60))
                        .district(maybe(data, 40))
                        .complement(maybe(data, 40))
                        .postCode(maybe(data, 14))
                        .city(maybe(data, 40))
                        .state(maybe(data, 8))
                        .build();
            case 2:
                return Address.australia()
                        .firstLine(maybe(data, 60))
                        .secondLine(maybe(data, 60))
                        .thirdLine(maybe(data, 60))
                        .postCode(maybe(data, 14))
                        .city(maybe(data, 40))
                        .state(maybe(data, 8))
                        .build();
            default:
                String code = data.consumeString(4);
                try {
                    return Address.other(code)
                            .firstLine(maybe(data, 60))
                            .secondLine(maybe(data, 60))
                            .thirdLine(maybe(data, 60))
                            .postCode(maybe(data, 14))
                            .city(maybe(data, 40))
                            .state(maybe(data, 8))
                            .build();
                } catch (IllegalArgumentException e) {
                    if (!code.trim().toUpperCase(Locale.ROOT).equals("BR")) {
                        throw e;
                    }
                    return null;
                }
        }
    }

    private static String maybe(FuzzedDataProvider data, int maxLength) {
        return data.consumeBoolean() ? data.consumeString(maxLength) : null;
    }

    private static int closedPort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
