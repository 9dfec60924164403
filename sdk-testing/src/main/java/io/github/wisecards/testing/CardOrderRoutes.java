package io.github.wisecards.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** The card-order endpoints and address validation. Called under the state's lock. */
final class CardOrderRoutes {
    private static final Set<String> DELIVERY_OPTIONS =
            Set.of("POSTAL_SERVICE_STANDARD", "POSTAL_SERVICE_WITH_TRACKING", "KIOSK_COLLECTION");
    private static final Set<String> REPLACEMENT_REASONS = Set.of("CARD_DAMAGED", "CARD_EXPIRING");
    private static final Pattern PHONE = Pattern.compile("\\+[1-9]\\d{5,14}");
    static final String IDEMPOTENCY_HEADER = "X-idempotence-uuid";

    private final SimulatorState state;

    CardOrderRoutes(SimulatorState state) {
        this.state = state;
    }

    /** {@code POST /v3/spend/profiles/{profileId}/card-orders}. */
    SimResponse create(SimRequest r, long profileId) {
        String key = r.header(IDEMPOTENCY_HEADER);
        if (key == null || key.isBlank()) {
            throw SimError.badRequest(
                    "error.idempotency.key.missing", "The X-idempotence-uuid header is required", IDEMPOTENCY_HEADER);
        }
        try {
            UUID.fromString(key.trim());
        } catch (IllegalArgumentException e) {
            throw SimError.badRequest(
                    "error.idempotency.key.invalid",
                    "The X-idempotence-uuid header must be a UUID",
                    IDEMPOTENCY_HEADER);
        }
        JsonNode body = r.json();
        SimOrder existing = state.byIdempotencyKey(profileId, key);
        if (existing != null) {
            if (!existing.requestBody.equals(body)) {
                throw SimError.unprocessable(
                        "error.idempotency.key.reused",
                        "The X-idempotence-uuid " + key + " was already used with a different request body",
                        IDEMPOTENCY_HEADER);
            }
            return SimResponse.json(200, existing.toJson());
        }
        SimOrder created = state.create(draft(profileId, body), key);
        return SimResponse.json(200, created.toJson());
    }

    private SimOrder.Draft draft(long profileId, JsonNode body) {
        List<ObjectNode> errors = new ArrayList<>();
        String programName = SimJson.text(body, "program");
        SimulatedCardProgram program = null;
        if (programName == null || programName.isBlank()) {
            errors.add(SimJson.errorEntry("error.required", "program is required", "program"));
        } else {
            program = state.programs(profileId).stream()
                    .filter(p -> p.name().equals(programName))
                    .findFirst()
                    .orElse(null);
            if (program == null) {
                throw SimError.unprocessable(
                        "error.card.program.unavailable",
                        "Card program " + programName + " is not available to profile " + profileId,
                        "program");
            }
        }
        String holder = SimJson.text(body, "cardHolderName");
        if (holder == null || holder.isBlank()) {
            errors.add(SimJson.errorEntry("error.required", "cardHolderName is required", "cardHolderName"));
        }
        String embossed = SimJson.text(body, "embossedName");
        if (embossed != null && (embossed.isEmpty() || embossed.length() > 22)) {
            ObjectNode e = SimJson.errorEntry(
                    "error.size", "embossedName must be between 1 and 22 characters", "embossedName");
            ((ArrayNode) e.get("arguments")).add(1).add(22);
            errors.add(e);
        } else if (embossed == null && program != null && program.isPhysical()) {
            errors.add(SimJson.errorEntry(
                    "error.required", "embossedName is required for a physical card", "embossedName"));
        }
        String phone = SimJson.text(body, "phoneNumber");
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(SimJson.errorEntry(
                    "error.invalid",
                    "phoneNumber must start with + followed by the country code, for example +6588888888",
                    "phoneNumber"));
        }
        JsonNode address = body.hasNonNull("address") ? body.get("address") : body.get("billingAddress");
        if (address == null || address.isNull() || !address.isObject()) {
            errors.add(SimJson.errorEntry("error.required", "address is required", "address"));
        } else {
            for (AddressRules.FieldError e : AddressRules.validate(address)) {
                errors.add(SimJson.errorEntry("error.address", e.message(), "address." + e.field()));
            }
        }
        String delivery = SimJson.text(body, "deliveryOption");
        if (delivery != null && !DELIVERY_OPTIONS.contains(delivery)) {
            errors.add(SimJson.errorEntry(
                    "error.invalid", "deliveryOption must be one of " + DELIVERY_OPTIONS, "deliveryOption"));
        } else if (delivery != null && program != null && !program.isPhysical()) {
            errors.add(SimJson.errorEntry(
                    "error.invalid", "deliveryOption is only available for physical cards", "deliveryOption"));
        }
        JsonNode limit = body.get("lifetimeLimit");
        if (limit != null
                && !limit.isNull()
                && (!limit.isNumber() || limit.decimalValue().signum() < 0)) {
            errors.add(SimJson.errorEntry(
                    "error.invalid", "lifetimeLimit must be a number of at least 0", "lifetimeLimit"));
        }
        JsonNode holderProfile = body.get("cardHolderProfileId");
        if (holderProfile != null && !holderProfile.isNull() && !holderProfile.canConvertToLong()) {
            errors.add(SimJson.errorEntry(
                    "error.invalid", "cardHolderProfileId must be a 64-bit integer", "cardHolderProfileId"));
        }
        JsonNode replacement = body.get("replacementDetails");
        if (replacement != null && !replacement.isNull()) {
            String reason = SimJson.text(replacement, "reason");
            if (!REPLACEMENT_REASONS.contains(String.valueOf(reason))) {
                errors.add(SimJson.errorEntry(
                        "error.invalid",
                        "replacementDetails.reason must be one of " + REPLACEMENT_REASONS,
                        "replacementDetails.reason"));
            }
            if (SimJson.text(replacement, "cardToken") == null) {
                errors.add(SimJson.errorEntry(
                        "error.required", "replacementDetails.cardToken is required", "replacementDetails.cardToken"));
            }
        }
        if (!errors.isEmpty()) {
            throw SimError.of(SimResponse.errors(400, errors));
        }
        return new SimOrder.Draft(
                profileId,
                program,
                address.deepCopy(),
                holder,
                phone,
                limit == null || limit.isNull() ? null : limit.deepCopy(),
                delivery,
                holderProfile == null || holderProfile.isNull() ? null : holderProfile.asLong(),
                body.deepCopy());
    }

    /** {@code GET /v3/spend/profiles/{profileId}/card-orders?pageSize&pageNumber}, newest first. */
    SimResponse list(SimRequest r, long profileId) {
        int pageSize = intQuery(r, "pageSize", 10);
        int pageNumber = intQuery(r, "pageNumber", 1);
        if (pageSize < 10 || pageSize > 100) {
            ObjectNode e = SimJson.errorEntry("error.range", "pageSize must be between 10 and 100", "pageSize");
            ((ArrayNode) e.get("arguments")).add(10).add(100);
            throw SimError.of(SimResponse.errors(400, List.of(e)));
        }
        if (pageNumber < 1) {
            throw SimError.badRequest("error.range", "pageNumber must be greater than or equal to 1", "pageNumber");
        }
        List<SimOrder> all = state.orders(profileId);
        Collections.reverse(all);
        ObjectNode n = SimJson.object();
        n.put("totalCount", all.size());
        ArrayNode page = n.putArray("cardOrders");
        long from = (long) (pageNumber - 1) * pageSize;
        for (long i = from; i < Math.min(all.size(), from + pageSize); i++) {
            page.add(all.get((int) i).toJson());
        }
        return SimResponse.json(200, n);
    }

    private static int intQuery(SimRequest r, String name, int fallback) {
        String v = r.query(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw SimError.badRequest("error.invalid", name + " must be an integer", name);
        }
    }

    SimResponse retrieve(long profileId, long orderId) {
        return SimResponse.json(200, state.order(profileId, orderId).toJson());
    }

    SimResponse availability(long profileId) {
        ObjectNode n = SimJson.object();
        ArrayNode array = n.putArray("cardPrograms");
        for (SimulatedCardProgram p : state.programs(profileId)) {
            ObjectNode o = array.addObject();
            o.put("name", p.name());
            o.put("scheme", p.scheme());
            o.put("defaultCurrency", p.defaultCurrency());
            o.put("cardType", p.cardType());
        }
        return SimResponse.json(200, n);
    }

    SimResponse requirements(long profileId, long orderId) {
        return SimResponse.json(200, state.order(profileId, orderId).requirementsJson());
    }

    /** {@code PUT .../card-orders/{id}/status}: 202 without a body. */
    SimResponse updateStatus(SimRequest r, long profileId, long orderId) {
        SimOrder o = state.order(profileId, orderId);
        String status = SimJson.text(r.json(), "status");
        if ("CANCELLED".equals(status)) {
            state.cancel(o);
        } else if ("COMPLETED".equals(status)) {
            state.complete(o);
        } else {
            throw SimError.badRequest("error.invalid", "status must be CANCELLED or COMPLETED", "status");
        }
        return SimResponse.empty(202);
    }

    /** {@code POST /v3/spend/address/validate}: always 200, with the failed fields. */
    SimResponse validateAddress(SimRequest r) {
        JsonNode address = r.json();
        ObjectNode n = SimJson.object();
        ArrayNode errors = n.putArray("errors");
        for (AddressRules.FieldError e : AddressRules.validate(address)) {
            ObjectNode entry = errors.addObject();
            entry.put("field", e.field());
            entry.put("message", e.message());
        }
        return SimResponse.json(200, n);
    }
}
