package io.github.wisecards.reliability.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.cards.model.AddressValidationResult;
import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.cards.model.CardOrderRequirements;
import io.github.wisecards.cards.model.CardProgram;
import io.github.wisecards.cards.model.EncryptingKey;
import io.github.wisecards.cards.model.PinPresetResult;
import io.github.wisecards.core.Page;
import io.github.wisecards.kiosk.KioskClient;
import io.github.wisecards.kiosk.model.CardProductionParams;
import io.github.wisecards.kiosk.model.CardProductionSimulateParams;
import io.github.wisecards.kiosk.model.CardProductionStatus;
import io.github.wisecards.kiosk.model.ProductionStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Every operation of sdk-cards and sdk-kiosk, with the request a fault is injected into, the
 * answer a healthy server gives, how the SDK may retry it, and what a success looks like.
 */
enum Operation {
    CREATE(
            "POST",
            "/v3/spend/profiles/123456/card-orders",
            200,
            Bodies.CARD_ORDER,
            Retry.ALWAYS,
            c -> c.cards().cardOrders().create(Bodies.PROFILE_ID, Bodies.createParams()),
            r -> assertThat(((CardOrder) r).id()).isEqualTo(142L)),
    RETRIEVE(
            "GET",
            "/v3/spend/profiles/123456/card-orders/142",
            200,
            Bodies.CARD_ORDER,
            Retry.ALWAYS,
            c -> c.cards().cardOrders().retrieve(Bodies.PROFILE_ID, 142L),
            r -> assertThat(((CardOrder) r).cardToken()).contains(Bodies.CARD_TOKEN)),
    LIST(
            "GET",
            "/v3/spend/profiles/123456/card-orders?pageSize=10&pageNumber=1",
            200,
            Bodies.ORDER_PAGE,
            Retry.ALWAYS,
            c -> c.cards().cardOrders().list(Bodies.PROFILE_ID),
            r -> assertThat(((Page<?>) r).items()).hasSize(1)),
    LIST_ALL(
            "GET",
            "/v3/spend/profiles/123456/card-orders?pageSize=10&pageNumber=1",
            200,
            Bodies.ORDER_PAGE,
            Retry.ALWAYS,
            c -> {
                List<CardOrder> all = new ArrayList<>();
                c.cards().cardOrders().listAll(Bodies.PROFILE_ID).forEach(all::add);
                return all;
            },
            r -> assertThat((List<?>) r).hasSize(1)),
    AVAILABILITY(
            "GET",
            "/v3/spend/profiles/123456/card-orders/availability",
            200,
            Bodies.PROGRAMS,
            Retry.ALWAYS,
            c -> c.cards().cardOrders().availability(Bodies.PROFILE_ID),
            r -> assertThat(((List<?>) r)).singleElement().isInstanceOf(CardProgram.class)),
    REQUIREMENTS(
            "GET",
            "/v3/spend/profiles/123456/card-orders/142/requirements",
            200,
            Bodies.REQUIREMENTS,
            Retry.ALWAYS,
            c -> c.cards().cardOrders().requirements(Bodies.PROFILE_ID, 142L),
            r -> assertThat(((CardOrderRequirements) r).allCompleted()).isFalse()),
    VALIDATE_ADDRESS(
            "POST",
            "/v3/spend/address/validate",
            200,
            Bodies.ADDRESS_VALID,
            Retry.ALWAYS,
            c -> c.cards().cardOrders().validateAddress(Bodies.address()),
            r -> assertThat(((AddressValidationResult) r).isValid()).isTrue()),
    CANCEL(
            "PUT",
            "/v3/spend/profiles/123456/card-orders/142/status",
            202,
            null,
            Retry.ALWAYS,
            c -> {
                c.cards().cardOrders().cancel(Bodies.PROFILE_ID, 142L);
                return "cancelled";
            },
            r -> assertThat(r).isEqualTo("cancelled")),
    FETCH_ENCRYPTING_KEY(
            "GET",
            "/twcard-data/v1/clientSideEncryption/fetchEncryptingKey",
            200,
            Bodies.KEY,
            Retry.ALWAYS,
            c -> c.cards().cardOrders().fetchEncryptingKey(),
            r -> assertThat(((EncryptingKey) r).version()).isEqualTo(1)),
    /** POST without an idempotency key: the preset itself is never retried; its key fetch is. */
    PRESET_PIN(
            "POST",
            "/twcard-data/v1/sensitive-card-data/preset-pin",
            200,
            Bodies.PIN_RESULT,
            Retry.FIRST_REQUEST_ONLY,
            c -> c.cards().cardOrders().presetPin(142L, Bodies.PIN.toCharArray()),
            r -> assertThat(((PinPresetResult) r).cardOrderId()).contains("142")),
    PRODUCE(
            "PUT",
            "/v3/spend/profiles/123456/cards/" + Bodies.CARD_TOKEN + "/production",
            200,
            Bodies.IN_PROGRESS,
            Retry.ALWAYS,
            c -> c.kiosk()
                    .cardProductions()
                    .produce(
                            Bodies.PROFILE_ID,
                            Bodies.CARD_TOKEN,
                            CardProductionParams.builder().kioskId("WIS00001").build()),
            r -> assertThat(((CardProductionStatus) r).status()).isEqualTo(ProductionStatus.IN_PROGRESS)),
    RETRIEVE_PRODUCTION(
            "GET",
            "/v3/spend/profiles/123456/cards/" + Bodies.CARD_TOKEN + "/production",
            200,
            Bodies.IN_PROGRESS,
            Retry.ALWAYS,
            c -> c.kiosk().cardProductions().retrieve(Bodies.PROFILE_ID, Bodies.CARD_TOKEN),
            r -> assertThat(((CardProductionStatus) r).status()).isEqualTo(ProductionStatus.IN_PROGRESS)),
    /** POST without an idempotency key (sandbox only): never retried. */
    SIMULATE(
            "POST",
            "/v1/simulation/spend/profiles/123456/cards/" + Bodies.CARD_TOKEN + "/production",
            200,
            Bodies.PRODUCED,
            Retry.NEVER,
            c -> c.kiosk()
                    .cardProductions()
                    .simulate(Bodies.PROFILE_ID, Bodies.CARD_TOKEN, CardProductionSimulateParams.produced()),
            r -> assertThat(((Optional<?>) r)).isPresent());

    /** How the SDK retries the operation's requests. */
    enum Retry {
        /** Every request of the operation is retried (GET, PUT, POST with an idempotency key). */
        ALWAYS,
        /** The operation's first request (the key fetch) is retried, the faulted one is not. */
        FIRST_REQUEST_ONLY,
        /** Nothing is retried. */
        NEVER
    }

    final String method;
    final String target;
    final int okStatus;
    final String okBody;
    final Retry retry;
    private final Function<Clients, Object> call;
    private final Consumer<Object> check;

    Operation(
            String method,
            String target,
            int okStatus,
            String okBody,
            Retry retry,
            Function<Clients, Object> call,
            Consumer<Object> check) {
        this.method = method;
        this.target = target;
        this.okStatus = okStatus;
        this.okBody = okBody;
        this.retry = retry;
        this.call = call;
        this.check = check;
    }

    /** Runs the operation. */
    Object invoke(Clients clients) {
        return call.apply(clients);
    }

    /** Asserts a result is the healthy server's answer. */
    void checkResult(Object result) {
        check.accept(result);
    }

    /** Whether the faulted request is retried by the SDK. */
    boolean retriesTarget() {
        return retry == Retry.ALWAYS;
    }

    /** Whether the operation's first request is retried (a fault before any request was read). */
    boolean retriesFirstRequest() {
        return retry != Retry.NEVER;
    }

    /** Whether a 2xx answer's body is ignored (cancel answers 202 without a body). */
    boolean ignoresBody() {
        return okBody == null;
    }

    /** Whether a 2xx answer with an empty body is a documented success (simulate's body is optional). */
    boolean acceptsEmptyBody() {
        return ignoresBody() || this == SIMULATE;
    }

    /** The clients under test. */
    record Clients(CardsClient cards, KioskClient kiosk) {}
}
