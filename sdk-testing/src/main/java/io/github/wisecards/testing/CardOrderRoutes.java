package io.github.wisecards.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.internal.ContractFormats;
import java.util.Collections;
import java.util.List;

/** The card-order endpoints and address validation. Called under the state's lock. */
final class CardOrderRoutes {
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
        if (!ContractFormats.isUuid(key)) { // format: uuid, as the SDK checks it before sending
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

    /**
     * Validates a create body with the SDK's own rules ({@link SharedRules}) and answers violations
     * as Wise does: 400 with every error at once. An unavailable program is a 422 first, as before.
     */
    private SimOrder.Draft draft(long profileId, JsonNode body) {
        String programName = SimJson.text(body, "program");
        SimulatedCardProgram program = null;
        if (programName != null && !programName.isBlank()) {
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
        List<ObjectNode> errors = SharedRules.createViolations(body);
        if (!errors.isEmpty()) {
            throw SimError.of(SimResponse.errors(400, errors));
        }
        JsonNode address = body.hasNonNull("address") ? body.get("address") : body.get("billingAddress");
        JsonNode limit = body.get("lifetimeLimit");
        JsonNode holderProfile = body.get("cardHolderProfileId");
        return new SimOrder.Draft(
                profileId,
                program,
                address.deepCopy(),
                SimJson.text(body, "cardHolderName"),
                SimJson.text(body, "phoneNumber"),
                limit == null || limit.isNull() ? null : limit.deepCopy(),
                SimJson.text(body, "deliveryOption"),
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
        for (FieldViolation e : SharedRules.addressViolations(address)) {
            ObjectNode entry = errors.addObject();
            entry.put("field", e.field());
            entry.put("message", e.message());
        }
        return SimResponse.json(200, n);
    }
}
