package io.github.wisecards.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wisecards.core.internal.Redaction;

/** The kiosk production endpoints and the sandbox simulation endpoint. Called under the state's lock. */
final class KioskRoutes {
    private final SimulatorState state;

    KioskRoutes(SimulatorState state) {
        this.state = state;
    }

    /** {@code GET .../cards/{cardToken}/production}. */
    SimResponse retrieve(long profileId, String cardToken) {
        return SimResponse.json(200, kioskOrder(profileId, cardToken).production.toJson());
    }

    /** {@code PUT .../cards/{cardToken}/production} with {@code {"kioskId": ...}}. */
    SimResponse produce(SimRequest r, long profileId, String cardToken) {
        SimOrder o = kioskOrder(profileId, cardToken);
        return state.produce(o, SimJson.text(r.json(), "kioskId"));
    }

    /** {@code POST /v1/simulation/.../cards/{cardToken}/production}. */
    SimResponse simulate(SimRequest r, long profileId, String cardToken) {
        SimOrder o = kioskOrder(profileId, cardToken);
        JsonNode body = r.json();
        String status = SimJson.text(body, "status");
        String errorCode = SimJson.text(body, "errorCode");
        ObjectNode violation = SharedRules.simulateViolation(status, errorCode); // the SDK's own rule
        if (violation != null) {
            throw SimError.of(SimResponse.errors(400, java.util.List.of(violation)));
        }
        // The contract does not require an error code with PRODUCTION_ERROR; the simulator then
        // reports the catalogue's generic production error.
        state.finishProduction(
                o, status, "PRODUCTION_ERROR".equals(status) && errorCode == null ? "UNKNOWN_ERROR" : errorCode);
        return SimResponse.empty(200); // the contract documents no body for this answer
    }

    private SimOrder kioskOrder(long profileId, String cardToken) {
        SimOrder o = state.orderByToken(cardToken);
        if (o == null || o.profileId != profileId) {
            throw SimError.notFound("Card " + Redaction.maskCardToken(cardToken));
        }
        if (o.production == null) {
            throw SimError.unprocessable(
                    "error.card.production.unavailable",
                    "Card " + Redaction.maskCardToken(cardToken) + " is not a KIOSK_COLLECTION card",
                    "cardToken");
        }
        return o;
    }
}
