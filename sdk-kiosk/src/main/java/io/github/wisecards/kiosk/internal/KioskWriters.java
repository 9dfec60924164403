package io.github.wisecards.kiosk.internal;

import static io.github.wisecards.core.internal.JsonBody.string;

import io.github.wisecards.core.internal.JsonBody;
import io.github.wisecards.core.internal.JsonBody.Writer;
import io.github.wisecards.kiosk.model.CardProductionParams;
import io.github.wisecards.kiosk.model.CardProductionSimulateParams;

/** Writes the kiosk request bodies: every field that is set, nothing for one that is not. */
public final class KioskWriters {
    private KioskWriters() {}

    /** Writes {@link CardProductionParams}, the body of produce. */
    public static final Writer<CardProductionParams> PRODUCTION = (out, p) -> {
        out.writeStartObject();
        string(out, "kioskId", p.kioskId());
        out.writeEndObject();
    };

    /** Writes {@link CardProductionSimulateParams}, the body of the sandbox simulation. */
    public static final Writer<CardProductionSimulateParams> SIMULATION = (out, p) -> {
        out.writeStartObject();
        out.writeStringField("status", p.status().raw());
        if (p.errorCode().isPresent()) {
            out.writeStringField("errorCode", p.errorCode().get().raw());
        }
        out.writeEndObject();
    };

    /** Returns the body of produce. */
    public static JsonBody<CardProductionParams> body(CardProductionParams params) {
        return JsonBody.of(params, PRODUCTION);
    }

    /** Returns the body of the sandbox simulation. */
    public static JsonBody<CardProductionSimulateParams> body(CardProductionSimulateParams params) {
        return JsonBody.of(params, SIMULATION);
    }
}
