package io.github.wisecards.reliability.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.core.errors.ApiConnectionException;
import io.github.wisecards.kiosk.KioskClient;
import io.github.wisecards.kiosk.model.CardProductionParams;
import io.github.wisecards.kiosk.model.CardProductionSimulateParams;
import io.github.wisecards.kiosk.model.CardProductionStatus;
import io.github.wisecards.kiosk.model.ProductionStatus;
import io.github.wisecards.testing.Fault;
import io.github.wisecards.testing.ReceivedRequest;
import io.github.wisecards.testing.WiseSimulator;
import io.github.wisecards.testing.WiseSimulatorExtension;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The faults whose harm is on the server's side, against the stateful simulator: a create whose
 * answer is lost after Wise processed it must not order a second card; a produce or cancel whose
 * answer is lost must end in the state the caller asked for.
 */
class SimulatorFaultTest {
    private static final long PROFILE_ID = Bodies.PROFILE_ID;
    private static final String CREATE_PATH = "/v3/spend/profiles/*/card-orders";

    @RegisterExtension
    static final WiseSimulatorExtension wise = new WiseSimulatorExtension();

    @Test
    void createWhoseAnswerWasLostOrdersExactlyOneCard(WiseSimulator simulator, ClientOptions options) {
        simulator.failNext(1, Fault.disconnectAfterProcessing(), "POST", CREATE_PATH);
        try (CardsClient cards = CardsClient.create(options)) {
            CardOrder order = cards.cardOrders().create(PROFILE_ID, Bodies.createParams());

            String key = oneKey(simulator, 2);
            assertThat(simulator.ordersCreatedWithIdempotencyKey(key)).isEqualTo(1);
            assertThat(simulator.cardOrderIds(PROFILE_ID)).containsExactly(order.id());
        }
    }

    @Test
    void createWhoseAnswerWasLostTwiceStillOrdersExactlyOneCard(WiseSimulator simulator, ClientOptions options) {
        simulator.failNext(2, Fault.disconnectAfterProcessing(), "POST", CREATE_PATH);
        try (CardsClient cards = CardsClient.create(options)) {
            CardOrder order = cards.cardOrders().create(PROFILE_ID, Bodies.createParams());

            String key = oneKey(simulator, 3);
            assertThat(simulator.ordersCreatedWithIdempotencyKey(key)).isEqualTo(1);
            assertThat(simulator.cardOrderIds(PROFILE_ID)).containsExactly(order.id());
        }
    }

    @Test
    void createMixingOutageLostAnswerAndRateLimitOrdersExactlyOneCard(WiseSimulator simulator, ClientOptions options) {
        simulator.failNext(1, Fault.serverError(503), "POST", CREATE_PATH);
        simulator.failNext(1, Fault.disconnectAfterProcessing(), "POST", CREATE_PATH);
        simulator.failNext(1, Fault.rateLimited(Duration.ofSeconds(2)), "POST", CREATE_PATH);
        try (CardsClient cards =
                CardsClient.create(options.toBuilder().maxRetries(3).build())) {
            CardOrder order = cards.cardOrders().create(PROFILE_ID, Bodies.createParams());

            String key = oneKey(simulator, 4);
            assertThat(simulator.ordersCreatedWithIdempotencyKey(key)).isEqualTo(1);
            assertThat(simulator.cardOrderIds(PROFILE_ID)).containsExactly(order.id());
        }
    }

    @Test
    void createResetBeforeProcessingOrdersExactlyOneCard(WiseSimulator simulator, ClientOptions options) {
        simulator.failNext(1, Fault.disconnect(), "POST", CREATE_PATH);
        try (CardsClient cards = CardsClient.create(options)) {
            CardOrder order = cards.cardOrders().create(PROFILE_ID, Bodies.createParams());

            String key = oneKey(simulator, 2);
            assertThat(simulator.ordersCreatedWithIdempotencyKey(key)).isEqualTo(1);
            assertThat(simulator.cardOrderIds(PROFILE_ID)).containsExactly(order.id());
        }
    }

    @Test
    void asyncCreateWhoseAnswerWasLostOrdersExactlyOneCard(WiseSimulator simulator, ClientOptions options) {
        simulator.failNext(1, Fault.disconnectAfterProcessing(), "POST", CREATE_PATH);
        try (CardsClient cards = CardsClient.create(options)) {
            CardOrder order = cards.cardOrders()
                    .async()
                    .create(PROFILE_ID, Bodies.createParams())
                    .join();

            String key = oneKey(simulator, 2);
            assertThat(simulator.ordersCreatedWithIdempotencyKey(key)).isEqualTo(1);
            assertThat(simulator.cardOrderIds(PROFILE_ID)).containsExactly(order.id());
        }
    }

    @Test
    void createFailingForGoodReportsTheKeyAndRepeatingWithItOrdersNothingNew(
            WiseSimulator simulator, ClientOptions options) {
        simulator.failFraction(1.0, Fault.disconnectAfterProcessing(), "POST", CREATE_PATH);
        try (CardsClient cards = CardsClient.create(options)) {
            ApiConnectionException e = catchThrowableOfType(
                    ApiConnectionException.class, () -> cards.cardOrders().create(PROFILE_ID, Bodies.createParams()));

            String key = oneKey(simulator, 3);
            assertThat(e.idempotencyKey()).contains(key);
            assertThat(simulator.ordersCreatedWithIdempotencyKey(key)).isEqualTo(1);

            simulator.clearFaults();
            CardOrder repeated = cards.cardOrders()
                    .withRequestOptions(
                            RequestOptions.builder().idempotencyKey(key).build())
                    .create(PROFILE_ID, Bodies.createParams());
            assertThat(simulator.cardOrderIds(PROFILE_ID)).containsExactly(repeated.id());
            assertThat(simulator.ordersCreatedWithIdempotencyKey(key)).isEqualTo(1);
        }
    }

    @Test
    void produceWhoseAnswerWasLostReportsWisesAnswerVerbatimAsAcceptedAndStartsOneProduction(
            WiseSimulator simulator, ClientOptions options) {
        String cardToken = readyCard(simulator, options);
        simulator.failNext(1, Fault.disconnectAfterProcessing(), "PUT", "/v3/spend/profiles/*/cards/*/production");
        try (KioskClient kiosk = KioskClient.create(options)) {
            CardProductionStatus status = kiosk.cardProductions()
                    .produce(
                            PROFILE_ID,
                            cardToken,
                            CardProductionParams.builder().kioskId("WIS00001").build());

            assertThat(status.status()).isEqualTo(ProductionStatus.REQUEST_ERROR);
            assertThat(status.errorCode()).contains("REQUEST_ALREADY_EXISTS");
            assertThat(status.answersOwnRetry()).isTrue();
            assertThat(status.isProductionAccepted()).isTrue();
            assertThat(simulator.productionStatus(cardToken)).contains("IN_PROGRESS");
            assertThat(simulator.requests("PUT", "/v3/spend/profiles/*/cards/*/production"))
                    .hasSize(2);
        }
    }

    @Test
    void cancelWhoseAnswerWasLostCancelsOnce(WiseSimulator simulator, ClientOptions options) {
        simulator.failNext(1, Fault.disconnectAfterProcessing(), "PUT", "/v3/spend/profiles/*/card-orders/*/status");
        try (CardsClient cards = CardsClient.create(options)) {
            CardOrder order = cards.cardOrders().create(PROFILE_ID, Bodies.createParams());
            cards.cardOrders().cancel(PROFILE_ID, order.id());

            assertThat(simulator.cardOrderStatus(order.id())).isEqualTo("CANCELLED");
            assertThat(simulator.requests("PUT", "/v3/spend/profiles/*/card-orders/*/status"))
                    .hasSize(2);
        }
    }

    @Test
    void pinPresetWhoseAnswerWasLostIsNotResentAndFailsTyped(WiseSimulator simulator, ClientOptions options) {
        simulator.failNext(
                1, Fault.disconnectAfterProcessing(), "POST", "/twcard-data/v1/sensitive-card-data/preset-pin");
        try (CardsClient cards = CardsClient.create(options)) {
            CardOrder order = cards.cardOrders().create(PROFILE_ID, Bodies.createParams());
            ApiConnectionException e = catchThrowableOfType(
                    ApiConnectionException.class,
                    () -> cards.cardOrders().presetPin(order.id(), Bodies.PIN.toCharArray()));

            assertThat(e.idempotencyKey()).isEmpty();
            assertThat(Bodies.withoutSocketAddresses(e.getMessage())).doesNotContain(Bodies.PIN);
            assertThat(simulator.requests("POST", "/twcard-data/v1/sensitive-card-data/preset-pin"))
                    .hasSize(1);
            assertThat(simulator.pinMatches(order.id(), Bodies.PIN)).isTrue();
            assertThat(simulator.pinAlgorithm(order.id())).contains("RSA-OAEP-256");
        }
    }

    @Test
    void simulateWhoseAnswerWasLostIsNotResentAndFailsTyped(WiseSimulator simulator, ClientOptions options) {
        String cardToken = readyCard(simulator, options);
        try (KioskClient kiosk = KioskClient.create(options)) {
            kiosk.cardProductions()
                    .produce(
                            PROFILE_ID,
                            cardToken,
                            CardProductionParams.builder().kioskId("WIS00001").build());
            simulator.failNext(1, Fault.disconnectAfterProcessing(), "POST", "/v1/simulation/**");

            assertThatThrownBy(() -> kiosk.cardProductions()
                            .simulate(PROFILE_ID, cardToken, CardProductionSimulateParams.produced()))
                    .isInstanceOf(ApiConnectionException.class);

            assertThat(simulator.requests("POST", "/v1/simulation/**")).hasSize(1);
            assertThat(simulator.productionStatus(cardToken)).contains("PRODUCED");
        }
    }

    /** Returns the one idempotency key all create attempts carried, checking their count. */
    private static String oneKey(WiseSimulator simulator, int attempts) {
        List<ReceivedRequest> creates = simulator.requests("POST", CREATE_PATH);
        assertThat(creates).hasSize(attempts);
        List<String> keys = creates.stream()
                .map(r -> r.idempotencyKey().orElse(null))
                .distinct()
                .collect(Collectors.toList());
        assertThat(keys).hasSize(1).doesNotContainNull();
        return keys.get(0);
    }

    /** Orders a kiosk card and presets its PIN, so its production is READY; returns its token. */
    private static String readyCard(WiseSimulator simulator, ClientOptions options) {
        try (CardsClient cards = CardsClient.create(options)) {
            CardOrder order = cards.cardOrders().create(PROFILE_ID, Bodies.createParams());
            simulator.completeAllRequirements(order.id());
            String token = simulator.cardToken(order.id()).orElseThrow();
            assertThat(simulator.productionStatus(token)).contains("READY");
            simulator.clearRequests();
            return token;
        }
    }
}
