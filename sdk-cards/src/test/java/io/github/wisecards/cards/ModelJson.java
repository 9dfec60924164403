package io.github.wisecards.cards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wisecards.cards.internal.CardsWriters;
import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.cards.model.CardOrderCreateParams;
import io.github.wisecards.cards.model.CardOrderRequirements;
import io.github.wisecards.cards.model.CardProgram;
import io.github.wisecards.cards.model.DeliveryDetails;
import io.github.wisecards.core.internal.Json;
import io.github.wisecards.core.internal.JsonBody;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Writes a decoded model back as JSON from its public accessors, so tests can compare it with the
 * reference document and prove the readers keep every value (the SDK itself never writes response
 * models).
 */
public final class ModelJson {
    private ModelJson() {}

    /** Returns {@code model} as JSON; null fields left out. */
    public static JsonNode written(Object model) {
        if (model instanceof CardOrder o) {
            return order(o);
        }
        if (model instanceof CardProgram p) {
            return program(p);
        }
        if (model instanceof Address a) {
            return parse(JsonBody.of(a, CardsWriters.ADDRESS));
        }
        if (model instanceof CardOrderCreateParams p) {
            return parse(JsonBody.of(p, CardsWriters.CARD_ORDER_CREATE));
        }
        if (model instanceof DeliveryDetails d) {
            return delivery(d);
        }
        if (model instanceof CardOrderRequirements r) {
            ObjectNode out = Json.mapper().createObjectNode();
            ArrayNode list = out.putArray("requirements");
            r.requirements()
                    .forEach(x -> list.addObject()
                            .put("type", x.type().raw())
                            .put("status", x.status().raw()));
            return out;
        }
        throw new IllegalArgumentException("no writer for " + model.getClass());
    }

    private static JsonNode order(CardOrder o) {
        ObjectNode out = Json.mapper().createObjectNode();
        out.set("id", number(o.id()));
        o.profileId().ifPresent(v -> out.set("profileId", number(v)));
        put(out, "clientId", o.clientId());
        o.cardProgram().ifPresent(p -> out.set("cardProgram", program(p)));
        o.address().ifPresent(a -> out.set("address", written(a)));
        put(out, "cardToken", o.cardToken());
        put(out, "replacesCard", o.replacesCard());
        o.creationTime().ifPresent(t -> out.put("creationTime", t.toString()));
        o.modificationTime().ifPresent(t -> out.put("modificationTime", t.toString()));
        if (o.status().isKnown() || !o.status().raw().isEmpty()) {
            out.put("status", o.status().raw());
        }
        put(out, "cardHolderName", o.cardHolderName());
        put(out, "phoneNumber", o.phoneNumber());
        // as the reference parses: 100 an integer node, 100.5 a floating one
        o.lifetimeLimit().ifPresent(v -> out.set("lifetimeLimit", Fixtures.parse(v.toPlainString())));
        o.deliveryEstimate().ifPresent(t -> out.put("deliveryEstimate", t.toString()));
        o.deliveryDetails().ifPresent(d -> out.set("deliveryDetails", delivery(d)));
        o.cardHolderProfileId().ifPresent(v -> out.set("cardHolderProfileId", number(v)));
        return out;
    }

    private static JsonNode program(CardProgram p) {
        ObjectNode out = Json.mapper().createObjectNode();
        put(out, "name", p.name());
        if (!p.scheme().raw().isEmpty()) {
            out.put("scheme", p.scheme().raw());
        }
        put(out, "defaultCurrency", p.defaultCurrency());
        if (!p.cardType().raw().isEmpty()) {
            out.put("cardType", p.cardType().raw());
        }
        return out;
    }

    private static JsonNode delivery(DeliveryDetails d) {
        ObjectNode out = Json.mapper().createObjectNode();
        put(out, "deliveryVendor", d.deliveryVendor());
        put(out, "trackingUrl", d.trackingUrl());
        put(out, "trackingNumber", d.trackingNumber());
        d.deliveryOption().ifPresent(v -> out.put("deliveryOption", v.raw()));
        return out;
    }

    /** A number node as the reference's parse gives it (an int node for a small id). */
    private static JsonNode number(long value) {
        return Fixtures.parse(Long.toString(value));
    }

    private static void put(ObjectNode out, String name, Optional<String> value) {
        value.ifPresent(v -> out.put(name, v));
    }

    private static JsonNode parse(JsonBody<?> body) {
        try {
            return Json.mapper().readTree(body.toJson());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
