package io.github.wisecards.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A card order held by the simulator. Guarded by the simulator state's lock. */
final class SimOrder {
    final long id;
    final long profileId;
    final String clientId;
    final SimulatedCardProgram program;
    final JsonNode address;
    final String cardHolderName;
    final String phoneNumber;
    final JsonNode lifetimeLimit;
    final String deliveryOption;
    final Long cardHolderProfileId;
    final Instant creationTime;
    final String idempotencyKey;
    final JsonNode requestBody;
    final Map<String, String> requirements;

    String status = "PLACED";
    Instant modificationTime;
    String cardToken;
    String pinHash;
    String pinAlgorithm;
    Production production;

    /** What a create request asked for, before the order gets an ID. */
    record Draft(
            long profileId,
            SimulatedCardProgram program,
            JsonNode address,
            String cardHolderName,
            String phoneNumber,
            JsonNode lifetimeLimit,
            String deliveryOption,
            Long cardHolderProfileId,
            JsonNode requestBody) {

        SimOrder build(long id, String clientId, Instant now, String idempotencyKey, Map<String, String> requirements) {
            return new SimOrder(
                    id,
                    profileId,
                    clientId,
                    program,
                    address,
                    cardHolderName,
                    phoneNumber,
                    lifetimeLimit,
                    deliveryOption,
                    cardHolderProfileId,
                    now,
                    idempotencyKey,
                    requestBody,
                    requirements);
        }
    }

    /** Kiosk production state of the order's card. */
    static final class Production {
        String status;
        String kioskId;
        Instant occurredAt;
        String errorCode;
        String description;

        ObjectNode toJson() {
            ObjectNode n = SimJson.object();
            n.put("status", status);
            n.put("kioskId", kioskId);
            n.put("occurredAt", occurredAt.toString());
            n.put("errorCode", errorCode);
            n.put("description", description);
            return n;
        }
    }

    SimOrder(
            long id,
            long profileId,
            String clientId,
            SimulatedCardProgram program,
            JsonNode address,
            String cardHolderName,
            String phoneNumber,
            JsonNode lifetimeLimit,
            String deliveryOption,
            Long cardHolderProfileId,
            Instant creationTime,
            String idempotencyKey,
            JsonNode requestBody,
            Map<String, String> requirements) {
        this.id = id;
        this.profileId = profileId;
        this.clientId = clientId;
        this.program = program;
        this.address = address;
        this.cardHolderName = cardHolderName;
        this.phoneNumber = phoneNumber;
        this.lifetimeLimit = lifetimeLimit;
        this.deliveryOption = deliveryOption;
        this.cardHolderProfileId = cardHolderProfileId;
        this.creationTime = creationTime;
        this.modificationTime = creationTime;
        this.idempotencyKey = idempotencyKey;
        this.requestBody = requestBody;
        this.requirements = new LinkedHashMap<>(requirements);
    }

    boolean isKiosk() {
        return "KIOSK_COLLECTION".equals(deliveryOption);
    }

    ObjectNode toJson() {
        ObjectNode n = SimJson.object();
        n.put("id", id);
        n.put("profileId", profileId);
        n.put("clientId", clientId);
        ObjectNode p = n.putObject("cardProgram");
        p.put("name", program.name());
        p.put("scheme", program.scheme());
        p.put("defaultCurrency", program.defaultCurrency());
        p.put("cardType", program.cardType());
        n.set("address", address.deepCopy());
        n.put("cardToken", cardToken);
        n.putNull("replacesCard");
        n.put("creationTime", creationTime.toString());
        n.put("modificationTime", modificationTime.toString());
        n.put("status", status);
        n.put("cardHolderName", cardHolderName);
        n.put("phoneNumber", phoneNumber);
        n.set("lifetimeLimit", lifetimeLimit == null ? SimJson.MAPPER.nullNode() : lifetimeLimit.deepCopy());
        Instant estimate = program.isPhysical() ? creationTime.plus(Duration.ofDays(7)) : creationTime;
        n.put("deliveryEstimate", estimate.toString());
        if (program.isPhysical()) {
            ObjectNode d = n.putObject("deliveryDetails");
            d.putNull("deliveryVendor");
            d.putNull("trackingUrl");
            d.putNull("trackingNumber");
            d.put("deliveryOption", deliveryOption == null ? "POSTAL_SERVICE_STANDARD" : deliveryOption);
        } else {
            n.putNull("deliveryDetails");
        }
        if (cardHolderProfileId != null) {
            n.put("cardHolderProfileId", cardHolderProfileId);
        }
        return n;
    }

    ObjectNode requirementsJson() {
        ObjectNode n = SimJson.object();
        var array = n.putArray("requirements");
        requirements.forEach((type, status) -> {
            ObjectNode r = array.addObject();
            r.put("type", type);
            r.put("status", status);
        });
        return n;
    }
}
