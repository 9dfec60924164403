package io.github.wisecards.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wisecards.cards.internal.CardsReaders;
import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.CardOrderCreateParams;
import io.github.wisecards.cards.model.DeliveryOption;
import io.github.wisecards.cards.model.ReplacementDetails;
import io.github.wisecards.cards.model.ReplacementReason;
import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.errors.ValidationException;
import io.github.wisecards.core.internal.JsonReader;
import io.github.wisecards.kiosk.model.CardProductionParams;
import io.github.wisecards.kiosk.model.CardProductionSimulateParams;
import io.github.wisecards.kiosk.model.ProductionErrorCode;
import io.github.wisecards.kiosk.model.ProductionStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulator's request validation, which is the SDK's own: the request body is read into the
 * SDK's models ({@link CardOrderCreateParams}, {@link Address}, {@link CardProductionParams}) and
 * checked with their rules, so the simulator and local validation cannot disagree. Only the
 * wire-level checks a model cannot express (a JSON value of the wrong type) live here.
 */
final class SharedRules {
    private SharedRules() {}

    /** Returns the violations of a card order create body, in Wise's error-entry shape; empty if valid. */
    static List<ObjectNode> createViolations(JsonNode body) {
        List<ObjectNode> errors = new ArrayList<>();
        CardOrderCreateParams.Builder b = CardOrderCreateParams.builder()
                .program(SimJson.text(body, "program"))
                .cardHolderName(SimJson.text(body, "cardHolderName"))
                .embossedName(SimJson.text(body, "embossedName"))
                .phoneNumber(SimJson.text(body, "phoneNumber"));
        JsonNode address = body.hasNonNull("address") ? body.get("address") : body.get("billingAddress");
        if (address != null && address.isObject()) {
            Address read = address(address);
            if (read == null) {
                errors.add(SimJson.errorEntry("error.invalid", "address must be an address object", "address"));
            } else {
                b.address(read);
            }
        }
        String delivery = SimJson.text(body, "deliveryOption");
        if (delivery != null) {
            b.deliveryOption(DeliveryOption.of(delivery));
        }
        JsonNode limit = body.get("lifetimeLimit");
        if (limit != null && !limit.isNull()) {
            if (limit.isNumber()) {
                b.lifetimeLimit(limit.decimalValue());
            } else {
                errors.add(SimJson.errorEntry("error.invalid", "lifetimeLimit must be a number", "lifetimeLimit"));
            }
        }
        JsonNode holderProfile = body.get("cardHolderProfileId");
        if (holderProfile != null && !holderProfile.isNull()) {
            if (holderProfile.isIntegralNumber() && holderProfile.canConvertToLong()) {
                b.cardHolderProfileId(holderProfile.asLong());
            } else {
                errors.add(SimJson.errorEntry(
                        "error.invalid", "cardHolderProfileId must be a 64-bit integer", "cardHolderProfileId"));
            }
        }
        JsonNode replacement = body.get("replacementDetails");
        if (replacement != null && !replacement.isNull()) {
            String reason = SimJson.text(replacement, "reason");
            b.replacementDetails(ReplacementDetails.of(
                    SimJson.text(replacement, "cardToken"), reason == null ? null : ReplacementReason.of(reason)));
        }
        for (FieldViolation v : b.build().validate()) {
            errors.add(SimJson.errorEntry(code(v), v.message(), v.field()));
        }
        return errors;
    }

    /** Returns the violations of an address, as {@code POST /v3/spend/address/validate} lists them. */
    static List<FieldViolation> addressViolations(JsonNode address) {
        Address read = address == null || !address.isObject() ? null : address(address);
        // a body that is no address object has none of the required fields
        return (read == null ? Address.builder().build() : read).validate();
    }

    /**
     * Returns the kiosk's request error code for a kiosk id the SDK would refuse, or null when the
     * SDK accepts it: {@code EMPTY_OR_NULL_FIELD_VALUE} for a missing or blank id, {@code
     * INVALID_FIELD_ENCODING} for text JSON cannot carry.
     */
    static String kioskIdError(String kioskId) {
        if (kioskId == null) {
            return "EMPTY_OR_NULL_FIELD_VALUE";
        }
        try {
            CardProductionParams.builder().kioskId(kioskId).build();
            return null;
        } catch (ValidationException e) {
            return kioskId.isBlank() ? "EMPTY_OR_NULL_FIELD_VALUE" : "INVALID_FIELD_ENCODING";
        }
    }

    /**
     * Returns the violation of a sandbox simulation body, in Wise's error-entry shape, or null when
     * {@link CardProductionSimulateParams} accepts it.
     */
    static ObjectNode simulateViolation(String status, String errorCode) {
        if (status == null) {
            return SimJson.errorEntry("error.required", "Required Field", "status");
        }
        try {
            CardProductionSimulateParams.builder()
                    .status(ProductionStatus.of(status))
                    .errorCode(errorCode == null ? null : ProductionErrorCode.of(errorCode))
                    .build();
            return null;
        } catch (ValidationException e) {
            FieldViolation v = e.violations().get(0);
            return SimJson.errorEntry("error.invalid", v.message(), v.field());
        }
    }

    private static Address address(JsonNode node) {
        try {
            return JsonReader.read(node, CardsReaders.ADDRESS);
        } catch (IOException e) {
            return null;
        }
    }

    private static String code(FieldViolation v) {
        if (v.field().startsWith("address.")) {
            return "error.address";
        }
        return "Required Field".equals(v.message()) ? "error.required" : "error.invalid";
    }
}
