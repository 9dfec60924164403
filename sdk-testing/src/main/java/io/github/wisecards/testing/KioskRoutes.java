package io.github.wisecards.testing;

import com.fasterxml.jackson.databind.JsonNode;
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
        if ("PRODUCED".equals(status)) {
            state.finishProduction(o, status, null);
        } else if ("PRODUCTION_ERROR".equals(status)) {
            if (errorCode == null || errorCode.isBlank()) {
                throw SimError.badRequest(
                        "error.required", "errorCode is required with status PRODUCTION_ERROR", "errorCode");
            }
            state.finishProduction(o, status, errorCode);
        } else {
            throw SimError.badRequest("error.invalid", "status must be PRODUCED or PRODUCTION_ERROR", "status");
        }
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
