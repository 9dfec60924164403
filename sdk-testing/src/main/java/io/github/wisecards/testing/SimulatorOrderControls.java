package io.github.wisecards.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link WiseSimulator}'s card programs, card orders and kiosk production: reading them and
 * driving them along their state machines from a test.
 */
abstract class SimulatorOrderControls extends SimulatorAuthControls {
    SimulatorOrderControls(WiseSimulator.Builder b) {
        super(b);
    }

    /**
     * Replaces the card programs offered to {@code profileId}.
     *
     * @param profileId the profile
     * @param programs the programs, in answer order
     * @throws NullPointerException if {@code programs} is null
     */
    public void cardPrograms(long profileId, List<SimulatedCardProgram> programs) {
        state.programs(profileId, List.copyOf(programs));
    }

    /**
     * {@return the IDs of the card orders of a profile, oldest first}
     *
     * @param profileId the profile; a profile without orders gives an empty list
     */
    public List<Long> cardOrderIds(long profileId) {
        List<Long> ids = new ArrayList<>();
        state.orders(profileId).forEach(o -> ids.add(o.id));
        return ids;
    }

    /**
     * {@return the card order's status, for example {@code PLACED}}
     *
     * @param cardOrderId the card order's ID
     * @throws IllegalArgumentException if there is no such card order
     */
    public String cardOrderStatus(long cardOrderId) {
        synchronized (state) {
            return state.orderForApi(cardOrderId).status;
        }
    }

    /**
     * {@return the card order as the API would answer it, as JSON text}
     *
     * @param cardOrderId the card order's ID
     * @throws IllegalArgumentException if there is no such card order
     */
    public String cardOrderJson(long cardOrderId) {
        synchronized (state) {
            return state.orderForApi(cardOrderId).toJson().toString();
        }
    }

    /**
     * {@return the card token of an order once its card details were created}
     *
     * @param cardOrderId the card order's ID
     * @throws IllegalArgumentException if there is no such card order
     */
    public Optional<String> cardToken(long cardOrderId) {
        synchronized (state) {
            return Optional.ofNullable(state.orderForApi(cardOrderId).cardToken);
        }
    }

    /**
     * {@return the status of one requirement of an order, if the order has that requirement}
     *
     * @param cardOrderId the card order's ID
     * @param type the requirement type, for example {@code PIN}
     * @throws IllegalArgumentException if there is no such card order
     */
    public Optional<String> requirementStatus(long cardOrderId, String type) {
        synchronized (state) {
            return Optional.ofNullable(
                    state.orderForApi(cardOrderId).requirements.get(type));
        }
    }

    /**
     * Sets (or adds) a requirement's status; completing the last one advances the order.
     *
     * @param type {@code PIN}, {@code VERIFICATION} or {@code ADDRESS}
     * @param status {@code NOT_INITIATED}, {@code NEEDS_ACTION}, {@code PENDING}, {@code COMPLETED}
     *     or {@code FAILED}
     * @param cardOrderId the card order's ID
     * @throws IllegalArgumentException for an unknown order or status
     */
    public void setRequirementStatus(long cardOrderId, String type, String status) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        admin(() -> {
            state.requirement(state.orderForApi(cardOrderId), type, status);
            return null;
        });
    }

    /**
     * Completes one requirement of an order; see {@link #setRequirementStatus}.
     *
     * @param cardOrderId the card order's ID
     * @param type the requirement type, for example {@code PIN}
     * @throws IllegalArgumentException if there is no such card order
     */
    public void completeRequirement(long cardOrderId, String type) {
        setRequirementStatus(cardOrderId, type, "COMPLETED");
    }

    /**
     * Completes every requirement of an order, which fulfils it.
     *
     * @param cardOrderId the card order's ID
     * @throws IllegalArgumentException if there is no such card order
     */
    public void completeAllRequirements(long cardOrderId) {
        admin(() -> {
            SimOrder o = state.orderForApi(cardOrderId);
            for (String type : new ArrayList<>(o.requirements.keySet())) {
                state.requirement(o, type, "COMPLETED");
            }
            return null;
        });
    }

    /**
     * Moves an order along the documented state machine: {@code CARD_DETAILS_CREATED} (issues the
     * card token, needs {@code REQUIREMENTS_FULFILLED}), {@code PRODUCED}, {@code COMPLETED},
     * {@code RETURNED} or {@code CANCELLED}.
     *
     * @param cardOrderId the card order's ID
     * @param status the target status, case-insensitive
     * @throws IllegalStateException if the transition is not allowed from the current status
     * @throws IllegalArgumentException if there is no such card order
     * @throws NullPointerException if {@code status} is null
     */
    public void advanceCardOrder(long cardOrderId, String status) {
        Objects.requireNonNull(status, "status");
        admin(() -> {
            state.advanceTo(state.orderForApi(cardOrderId), status.toUpperCase(Locale.ROOT));
            return null;
        });
    }

    /**
     * {@return whether {@code pin} is the PIN preset on the order (the simulator keeps only a
     * hash)}
     *
     * @param cardOrderId the card order's ID
     * @param pin the PIN to compare
     * @throws IllegalArgumentException if there is no such card order
     */
    public boolean pinMatches(long cardOrderId, String pin) {
        synchronized (state) {
            String hash = state.orderForApi(cardOrderId).pinHash;
            return hash != null && hash.equals(PinRoutes.hash(pin));
        }
    }

    /**
     * {@return the JWE {@code alg} of the PIN preset the order accepted ({@code RSA-OAEP-256} or
     * {@code RSA1_5}), or empty when no PIN was preset; lets a test assert which algorithm reached
     * the card-data host}
     *
     * @param cardOrderId the card order's ID
     * @throws IllegalArgumentException if there is no such card order
     */
    public Optional<String> pinAlgorithm(long cardOrderId) {
        synchronized (state) {
            return Optional.ofNullable(state.orderForApi(cardOrderId).pinAlgorithm);
        }
    }

    /**
     * {@return how many orders were created with an idempotency key (at most 1, whatever the
     * retries)}
     *
     * @param idempotencyKey the key sent in the create request's header
     * @throws NullPointerException if {@code idempotencyKey} is null
     */
    public int ordersCreatedWithIdempotencyKey(String idempotencyKey) {
        return state.countByIdempotencyKey(Objects.requireNonNull(idempotencyKey, "idempotencyKey"));
    }

    // ---- kiosk ----

    /**
     * {@return a card's kiosk production status, if it is a {@code KIOSK_COLLECTION} card}
     *
     * @param cardToken the card's token; an unknown token gives empty
     */
    public Optional<String> productionStatus(String cardToken) {
        synchronized (state) {
            SimOrder o = state.orderByToken(cardToken);
            return o == null || o.production == null ? Optional.empty() : Optional.of(o.production.status);
        }
    }

    /**
     * Makes the next finished production of any card end in {@code PRODUCTION_ERROR} with {@code
     * errorCode}.
     *
     * @param errorCode the error code the production webhook and status carry
     * @throws NullPointerException if {@code errorCode} is null
     * @throws IllegalArgumentException if {@code errorCode} is blank
     */
    public void failNextProduction(String errorCode) {
        state.failNextProduction(null, nonBlank(errorCode, "errorCode"));
    }

    /**
     * Makes the next finished production of one card end in {@code PRODUCTION_ERROR} with {@code
     * errorCode}.
     *
     * @param cardToken the card's token
     * @param errorCode the error code the production webhook and status carry
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public void failNextProduction(String cardToken, String errorCode) {
        state.failNextProduction(nonBlank(cardToken, "cardToken"), nonBlank(errorCode, "errorCode"));
    }

    /**
     * Makes the next produce request of any card answer 422 {@code REQUEST_ERROR} with {@code
     * errorCode}.
     *
     * @param errorCode the code of the error in the 422 answer
     * @throws NullPointerException if {@code errorCode} is null
     * @throws IllegalArgumentException if {@code errorCode} is blank
     */
    public void failNextProduceRequest(String errorCode) {
        state.failNextProduceRequest(null, nonBlank(errorCode, "errorCode"));
    }

    /**
     * Makes the next produce request of one card answer 422 {@code REQUEST_ERROR} with {@code
     * errorCode}.
     *
     * @param cardToken the card's token
     * @param errorCode the code of the error in the 422 answer
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public void failNextProduceRequest(String cardToken, String errorCode) {
        state.failNextProduceRequest(nonBlank(cardToken, "cardToken"), nonBlank(errorCode, "errorCode"));
    }

    /**
     * Finishes a card's production like the sandbox simulation endpoint with {@code PRODUCED}
     * (unless a production failure is armed): the card order moves to {@code PRODUCED}.
     *
     * @param cardToken the card's token
     * @throws IllegalStateException unless the production is {@code IN_PROGRESS}
     * @throws IllegalArgumentException if no card has this token
     */
    public void completeProduction(String cardToken) {
        finish(cardToken, "PRODUCED", null);
    }

    /**
     * Ends a card's production in {@code PRODUCTION_ERROR} with {@code errorCode}; see {@link
     * #completeProduction}.
     *
     * @param cardToken the card's token
     * @param errorCode the error code the production ends with
     * @throws IllegalArgumentException if no card has this token, or {@code errorCode} is blank
     * @throws IllegalStateException unless the production is {@code IN_PROGRESS}
     * @throws NullPointerException if {@code errorCode} is null
     */
    public void failProduction(String cardToken, String errorCode) {
        finish(cardToken, "PRODUCTION_ERROR", nonBlank(errorCode, "errorCode"));
    }

    private void finish(String cardToken, String status, String errorCode) {
        admin(() -> {
            SimOrder o = state.orderByToken(cardToken);
            if (o == null) {
                throw new IllegalArgumentException("no card with the given token");
            }
            state.finishProduction(o, status, errorCode);
            return null;
        });
    }
}
