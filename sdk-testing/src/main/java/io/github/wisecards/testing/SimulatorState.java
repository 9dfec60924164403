package io.github.wisecards.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Card orders, card programs and kiosk productions of the simulator, and the state machine that
 * moves them. Every method runs under this object's monitor; events go to the publisher's queue
 * and are delivered by the caller after the monitor is released.
 */
final class SimulatorState {
    static final Set<String> REQUIREMENT_TYPES = Set.of("PIN", "VERIFICATION", "ADDRESS");
    static final Set<String> REQUIREMENT_STATUSES =
            Set.of("NOT_INITIATED", "NEEDS_ACTION", "PENDING", "COMPLETED", "FAILED");
    static final String ORDER_EVENT = "cards#card-order-status-change";
    static final String PRODUCTION_EVENT = "cards#card-production-status-change";
    static final String CARD_EVENT = "cards#card-status-change";

    private static final Map<String, Set<String>> TRANSITIONS = Map.of(
            "PLACED", Set.of("REQUIREMENTS_FULFILLED", "CANCELLED"),
            "REQUIREMENTS_FULFILLED", Set.of("CARD_DETAILS_CREATED", "CANCELLED"),
            "CARD_DETAILS_CREATED", Set.of("PRODUCED", "COMPLETED", "CANCELLED"),
            "PRODUCED", Set.of("COMPLETED", "RETURNED", "CANCELLED"));

    /** A programmed kiosk error; {@code cardToken} null means the next card of any token. */
    private record ArmedError(String cardToken, String code) {}

    final Clock clock;
    final String clientId;
    private final long seed;
    private final WebhookPublisher publisher;
    private final boolean autoCreateCardDetails;
    private final boolean autoCompleteProduction;
    private final Set<String> kioskIds;
    private final List<SimulatedCardProgram> defaultPrograms;
    private final Map<Long, List<SimulatedCardProgram>> configuredPrograms;
    private final Map<String, String> requirementTemplate;
    private final long firstOrderId;

    private Random random;
    private long nextOrderId;
    private final Map<Long, List<SimulatedCardProgram>> programs = new HashMap<>();
    private final Map<Long, SimOrder> orders = new LinkedHashMap<>();
    private final Map<String, SimOrder> byToken = new HashMap<>();
    private final Map<String, SimOrder> byIdempotencyKey = new HashMap<>();
    private final Deque<ArmedError> productionFailures = new ArrayDeque<>();
    private final Deque<ArmedError> requestFailures = new ArrayDeque<>();

    SimulatorState(WiseSimulator.Builder b, WebhookPublisher publisher) {
        this.clock = b.clock;
        this.clientId = b.clientId;
        this.seed = b.seed;
        this.publisher = publisher;
        this.autoCreateCardDetails = b.autoCreateCardDetails;
        this.autoCompleteProduction = b.autoCompleteProduction;
        this.kioskIds = Set.copyOf(b.kioskIds);
        this.defaultPrograms = List.copyOf(b.defaultPrograms);
        this.configuredPrograms = Map.copyOf(b.programs);
        this.requirementTemplate = new LinkedHashMap<>(b.requirements);
        this.firstOrderId = b.firstCardOrderId;
        reset();
    }

    synchronized void reset() {
        random = new Random(seed);
        nextOrderId = firstOrderId;
        programs.clear();
        programs.putAll(configuredPrograms);
        orders.clear();
        byToken.clear();
        byIdempotencyKey.clear();
        productionFailures.clear();
        requestFailures.clear();
    }

    synchronized Random random() {
        return random;
    }

    synchronized List<SimulatedCardProgram> programs(long profileId) {
        return programs.getOrDefault(profileId, defaultPrograms);
    }

    synchronized void programs(long profileId, List<SimulatedCardProgram> list) {
        programs.put(profileId, List.copyOf(list));
    }

    synchronized SimOrder order(long profileId, long orderId) {
        SimOrder o = orders.get(orderId);
        if (o == null || o.profileId != profileId) {
            throw SimError.notFound("Card order " + orderId);
        }
        return o;
    }

    synchronized SimOrder orderForApi(long orderId) {
        SimOrder o = orders.get(orderId);
        if (o == null) {
            throw new IllegalArgumentException("no card order " + orderId);
        }
        return o;
    }

    synchronized SimOrder orderByToken(String cardToken) {
        return byToken.get(cardToken);
    }

    synchronized List<SimOrder> orders(long profileId) {
        List<SimOrder> list = new ArrayList<>();
        for (SimOrder o : orders.values()) {
            if (o.profileId == profileId) {
                list.add(o);
            }
        }
        return list;
    }

    synchronized SimOrder byIdempotencyKey(long profileId, String key) {
        return byIdempotencyKey.get(profileId + ":" + key);
    }

    synchronized int countByIdempotencyKey(String key) {
        int n = 0;
        for (SimOrder o : orders.values()) {
            if (o.idempotencyKey.equals(key)) {
                n++;
            }
        }
        return n;
    }

    synchronized SimOrder create(SimOrder.Draft draft, String idempotencyKey) {
        SimOrder o = draft.build(nextOrderId++, clientId, clock.instant(), idempotencyKey, requirementTemplate);
        orders.put(o.id, o);
        byIdempotencyKey.put(o.profileId + ":" + idempotencyKey, o);
        orderEvent(o);
        advance(o);
        return o;
    }

    synchronized void requirement(SimOrder o, String type, String status) {
        if (!REQUIREMENT_STATUSES.contains(status)) {
            throw new IllegalArgumentException(
                    "requirement status: expected one of " + REQUIREMENT_STATUSES + " but was " + status);
        }
        o.requirements.put(type, status);
        o.modificationTime = clock.instant();
        advance(o);
    }

    /** Moves an order as far as Wise would on its own: fulfilled requirements, card details. */
    synchronized void advance(SimOrder o) {
        if ("PLACED".equals(o.status) && o.requirements.values().stream().allMatch("COMPLETED"::equals)) {
            transition(o, "REQUIREMENTS_FULFILLED");
        }
        if ("REQUIREMENTS_FULFILLED".equals(o.status) && autoCreateCardDetails) {
            createCardDetails(o);
        }
    }

    synchronized void createCardDetails(SimOrder o) {
        if (!"REQUIREMENTS_FULFILLED".equals(o.status)) {
            throw new IllegalStateException(
                    "card order " + o.id + " is " + o.status + ", card details need REQUIREMENTS_FULFILLED");
        }
        o.cardToken = new UUID(
                        random.nextLong() & 0xffffffffffff0fffL | 0x4000L,
                        random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L)
                .toString();
        byToken.put(o.cardToken, o);
        transition(o, "CARD_DETAILS_CREATED");
        if (o.program.isPhysical() && o.isKiosk()) {
            SimOrder.Production p = new SimOrder.Production();
            o.production = p;
            production(o, "READY", null, null, "Card ready for production");
        }
    }

    synchronized void transition(SimOrder o, String status) {
        o.status = status;
        o.modificationTime = clock.instant();
        orderEvent(o);
    }

    /** Moves an order along the documented state machine, as a test asks. */
    synchronized void advanceTo(SimOrder o, String status) {
        if ("CARD_DETAILS_CREATED".equals(status)) {
            createCardDetails(o);
            return;
        }
        if ("CANCELLED".equals(status)) {
            cancel(o);
            return;
        }
        Set<String> next = TRANSITIONS.getOrDefault(o.status, Set.of());
        if (!next.contains(status)
                || ("PRODUCED".equals(status) || "RETURNED".equals(status)) && !o.program.isPhysical()) {
            throw new IllegalStateException("card order " + o.id + " cannot move from " + o.status + " to " + status);
        }
        if ("COMPLETED".equals(status)) {
            complete(o);
        } else {
            transition(o, status);
        }
    }

    /** PUT status CANCELLED: allowed before COMPLETED and RETURNED; repeating it changes nothing. */
    synchronized void cancel(SimOrder o) {
        switch (o.status) {
            case "CANCELLED" -> {
                return;
            }
            case "COMPLETED", "RETURNED" ->
                throw SimError.unprocessable(
                        "error.card.order.status",
                        "Card order " + o.id + " in status " + o.status + " cannot be cancelled",
                        "status");
            default -> {
                // PLACED needs nothing more; later statuses also block the card.
            }
        }
        transition(o, "CANCELLED");
        if (o.cardToken != null) {
            cardStatusEvent(o, "BLOCKED");
        }
    }

    /** PUT status COMPLETED (deprecated): allowed from every status except CANCELLED and COMPLETED. */
    synchronized void complete(SimOrder o) {
        if ("CANCELLED".equals(o.status) || "COMPLETED".equals(o.status)) {
            throw SimError.unprocessable(
                    "error.card.order.status",
                    "Card order " + o.id + " in status " + o.status + " cannot be completed",
                    "status");
        }
        transition(o, "COMPLETED");
        if (o.cardToken != null) {
            cardStatusEvent(o, "ACTIVE");
        }
    }

    synchronized void failNextProduction(String cardToken, String code) {
        productionFailures.add(new ArmedError(cardToken, code));
    }

    synchronized void failNextProduceRequest(String cardToken, String code) {
        requestFailures.add(new ArmedError(cardToken, code));
    }

    /** PUT production: answers 200 IN_PROGRESS, or 422 with the production-status object. */
    synchronized SimResponse produce(SimOrder o, String kioskId) {
        SimOrder.Production p = o.production;
        String error = null;
        if ("CANCELLED".equals(o.status) || "RETURNED".equals(o.status)) {
            return requestError(o, kioskId, "INVALID_FIELD_VALUE", "The card order is " + o.status, false);
        }
        if ("IN_PROGRESS".equals(p.status) || "PRODUCED".equals(p.status)) {
            return requestError(o, kioskId, "REQUEST_ALREADY_EXISTS", null, false);
        }
        String kioskIdError = SharedRules.kioskIdError(kioskId); // the SDK's own kiosk id rule
        if (kioskIdError != null) {
            error = kioskIdError;
        } else if (!kioskIds.isEmpty() && !kioskIds.contains(kioskId)) {
            error = "KIOSK_ID_NOT_FOUND";
        } else {
            error = takeArmed(requestFailures, o.cardToken);
        }
        if (error != null) {
            return requestError(o, kioskId, error, null, true);
        }
        production(o, "IN_PROGRESS", kioskId, null, "Card production in progress");
        ObjectNode answer = p.toJson();
        if (autoCompleteProduction) {
            finishProduction(o, "PRODUCED", null);
        }
        return SimResponse.json(200, answer);
    }

    /** The sandbox simulation endpoint and the test API: IN_PROGRESS to PRODUCED or PRODUCTION_ERROR. */
    synchronized void finishProduction(SimOrder o, String status, String errorCode) {
        SimOrder.Production p = o.production;
        if (p == null || !"IN_PROGRESS".equals(p.status)) {
            throw SimError.unprocessable(
                    "error.card.production.status",
                    "The card must be sent to production first (production status is " + (p == null ? "none" : p.status)
                            + ")",
                    "status");
        }
        String failure = "PRODUCED".equals(status) ? takeArmed(productionFailures, o.cardToken) : errorCode;
        if (failure != null) {
            production(o, "PRODUCTION_ERROR", p.kioskId, failure, KioskCodes.productionErrorDescription(failure));
            return;
        }
        production(o, "PRODUCED", p.kioskId, null, "Card produced");
        if ("CARD_DETAILS_CREATED".equals(o.status)) {
            transition(o, "PRODUCED");
        }
    }

    private SimResponse requestError(SimOrder o, String kioskId, String code, String description, boolean store) {
        String text = description != null ? description : KioskCodes.requestErrorDescription(code);
        ObjectNode answer;
        if (store) {
            production(o, "REQUEST_ERROR", kioskId, code, text);
            answer = o.production.toJson();
        } else {
            answer = SimJson.object();
            answer.put("status", "REQUEST_ERROR");
            answer.put("kioskId", kioskId);
            answer.put("occurredAt", clock.instant().toString());
            answer.put("errorCode", code);
            answer.put("description", text);
        }
        return SimResponse.json(422, answer);
    }

    private static String takeArmed(Deque<ArmedError> armed, String cardToken) {
        for (Iterator<ArmedError> it = armed.iterator(); it.hasNext(); ) {
            ArmedError e = it.next();
            if (e.cardToken() == null || e.cardToken().equals(cardToken)) {
                it.remove();
                return e.code();
            }
        }
        return null;
    }

    private void production(SimOrder o, String status, String kioskId, String errorCode, String description) {
        SimOrder.Production p = o.production;
        p.status = status;
        p.kioskId = kioskId;
        p.occurredAt = clock.instant();
        p.errorCode = errorCode;
        p.description = description;
        ObjectNode data = resource(o);
        data.put("status", status);
        data.put("kiosk_id", kioskId);
        data.put("error_code", errorCode);
        data.put("description", description);
        data.put("occurred_at", p.occurredAt.toString());
        publisher.enqueue(PRODUCTION_EVENT, data);
    }

    private void orderEvent(SimOrder o) {
        ObjectNode data = resource(o);
        data.put("order_id", String.valueOf(o.id));
        data.put("order_status", o.status);
        data.putNull("delivery_vendor");
        data.put("occurred_at", o.modificationTime.toString());
        publisher.enqueue(ORDER_EVENT, data);
    }

    private void cardStatusEvent(SimOrder o, String cardStatus) {
        ObjectNode data = resource(o);
        data.put("card_status", cardStatus);
        data.put("changed_by", "SYSTEM");
        data.put("occurred_at", clock.instant().toString());
        publisher.enqueue(CARD_EVENT, data);
    }

    private static ObjectNode resource(SimOrder o) {
        ObjectNode data = SimJson.object();
        ObjectNode r = data.putObject("resource");
        r.put("type", "card");
        r.put("profile_id", o.profileId);
        r.put("client_id", o.clientId);
        r.put("card_token", o.cardToken);
        r.put("card_program", o.program.name());
        return data;
    }
}
