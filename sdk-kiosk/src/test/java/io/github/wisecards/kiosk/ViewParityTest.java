package io.github.wisecards.kiosk;

import static io.github.wisecards.kiosk.KioskTestSupport.CARD_TOKEN;
import static io.github.wisecards.kiosk.KioskTestSupport.PROFILE_ID;
import static io.github.wisecards.kiosk.KioskTestSupport.fixtureResponse;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.contract.ContractCheck;
import io.github.wisecards.core.ApiResponse;
import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.core.testkit.MockServers;
import io.github.wisecards.kiosk.model.CardProductionParams;
import io.github.wisecards.kiosk.model.CardProductionSimulateParams;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kiosk operation run through the blocking, {@code async()} and {@code withRawResponse()}
 * views sends the same request and gives the same result, as in sdk-cards: the views are derived
 * from one declaration.
 */
class ViewParityTest {
    private static final RequestOptions OPTIONS = RequestOptions.builder()
            .correlationId("f47ac10b-58cc-4372-a567-0e02b2c3d479")
            .putHeader("X-Partner-Tag", "parity")
            .build();

    @StartStop
    private final MockWebServer server = ContractCheck.mockWebServer();

    private final KioskTestSupport support = KioskTestSupport.create();
    private KioskClient kiosk;

    @BeforeEach
    void setUp() {
        kiosk = support.client(server);
    }

    @AfterEach
    void tearDown() {
        kiosk.close();
    }

    /** One operation in its three views, with the answer it gets. */
    record Operation(
            String name,
            MockResponse answer,
            Function<CardProductionService, Object> blocking,
            Function<AsyncCardProductionService, CompletableFuture<?>> async,
            Function<RawCardProductionService, ApiResponse<?>> raw) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Operation> operations() {
        CardProductionParams produce =
                CardProductionParams.builder().kioskId("WIS00001").build();
        CardProductionSimulateParams simulate = CardProductionSimulateParams.produced();
        return Stream.of(
                new Operation(
                        "produce",
                        fixtureResponse(200, "produce-in-progress"),
                        s -> s.produce(PROFILE_ID, CARD_TOKEN, produce),
                        s -> s.produce(PROFILE_ID, CARD_TOKEN, produce),
                        s -> s.produce(PROFILE_ID, CARD_TOKEN, produce)),
                new Operation(
                        "produce answered pending (422)",
                        fixtureResponse(422, "produce-request-pending"),
                        s -> s.produce(PROFILE_ID, CARD_TOKEN, produce),
                        s -> s.produce(PROFILE_ID, CARD_TOKEN, produce),
                        s -> s.produce(PROFILE_ID, CARD_TOKEN, produce)),
                new Operation(
                        "retrieve",
                        fixtureResponse(200, "retrieve-ready"),
                        s -> s.retrieve(PROFILE_ID, CARD_TOKEN),
                        s -> s.retrieve(PROFILE_ID, CARD_TOKEN),
                        s -> s.retrieve(PROFILE_ID, CARD_TOKEN)),
                new Operation(
                        "simulate",
                        new MockResponse.Builder().code(200).build(), // the contract documents no body
                        s -> s.simulate(PROFILE_ID, CARD_TOKEN, simulate),
                        s -> s.simulate(PROFILE_ID, CARD_TOKEN, simulate),
                        s -> s.simulate(PROFILE_ID, CARD_TOKEN, simulate)));
    }

    @ParameterizedTest
    @MethodSource("operations")
    void theThreeViewsOfAnOperationSendIdenticalRequestsAndGiveTheSameResult(Operation op) throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(op.answer());
        }
        CardProductionService service = kiosk.cardProductions().withRequestOptions(OPTIONS);

        Object blocking = op.blocking().apply(service);
        Object async = op.async().apply(service.async()).get(10, TimeUnit.SECONDS);
        ApiResponse<?> raw = op.raw().apply(service.withRawResponse());

        assertThat(async).isEqualTo(blocking);
        assertThat(raw.data()).isEqualTo(blocking);
        List<String> requests = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            requests.add(MockServers.describe(server.takeRequest(1, TimeUnit.SECONDS)));
        }
        assertThat(requests.get(0)).contains("f47ac10b-58cc-4372-a567-0e02b2c3d479", "parity");
        assertThat(requests).containsOnly(requests.get(0));
    }

    @Test
    void optionsGivenOnTheAsyncAndRawViewsThemselvesAreSent() throws Exception {
        server.enqueue(fixtureResponse(200, "retrieve-ready"));
        server.enqueue(fixtureResponse(200, "retrieve-ready"));

        kiosk.cardProductions()
                .async()
                .withRequestOptions(OPTIONS)
                .retrieve(PROFILE_ID, CARD_TOKEN)
                .get(10, TimeUnit.SECONDS);
        kiosk.cardProductions().withRawResponse().withRequestOptions(OPTIONS).retrieve(PROFILE_ID, CARD_TOKEN);

        for (int i = 0; i < 2; i++) {
            assertThat(MockServers.describe(server.takeRequest(1, TimeUnit.SECONDS)))
                    .contains("f47ac10b-58cc-4372-a567-0e02b2c3d479", "parity");
        }
    }
}
