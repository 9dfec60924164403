package io.github.wisecards.cards;

import static io.github.wisecards.cards.Fixtures.jsonResponse;
import static io.github.wisecards.cards.Fixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.CardOrderCreateParams;
import io.github.wisecards.cards.model.CardOrderListParams;
import io.github.wisecards.contract.ContractCheck;
import io.github.wisecards.core.ApiResponse;
import io.github.wisecards.core.FakeClock;
import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.core.testkit.CallProbe;
import io.github.wisecards.core.testkit.MockServers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each card order operation run through the blocking, {@code async()} and {@code
 * withRawResponse()} views sends the same request and gives the same result: the views are derived
 * from one declaration.
 */
class ViewParityTest {
    private static final long PROFILE = 123456;
    private static final RequestOptions OPTIONS = RequestOptions.builder()
            .idempotencyKey("054064c9-e01e-49fb-8fd9-b0990b9442f4")
            .correlationId("f47ac10b-58cc-4372-a567-0e02b2c3d479")
            .putHeader("X-Partner-Tag", "parity")
            .build();

    @StartStop
    final MockWebServer api = ContractCheck.mockWebServer();

    @StartStop
    final MockWebServer cardData = ContractCheck.mockWebServer();

    private CardsClient cards;

    @BeforeEach
    void setUp() {
        cards = TestClients.builder(api, cardData, new FakeClock(Instant.parse("2024-09-19T06:49:49Z")))
                .build();
    }

    @AfterEach
    void tearDown() {
        cards.close();
    }

    /** One operation in its three views, with the answer it gets. */
    record Operation(
            String name,
            boolean cardDataHost,
            MockResponse answer,
            Function<CardOrderService, Object> blocking,
            Function<AsyncCardOrderService, java.util.concurrent.CompletableFuture<?>> async,
            Function<RawCardOrderService, ApiResponse<?>> raw) {
        @Override
        public String toString() {
            return name;
        }
    }

    @SuppressWarnings("deprecation") // complete(..) is one of the operations
    static Stream<Operation> operations() {
        CardOrderCreateParams create = CardOrderCreateParams.builder()
                .program("VISA_DEBIT_BUSINESS_UK_1_CARDS_API")
                .cardHolderName("John Smith")
                .address(Address.other("GB")
                        .firstLine("56 Shoreditch High St")
                        .city("London")
                        .postCode("E1 6JJ")
                        .build())
                .build();
        CardOrderListParams page =
                CardOrderListParams.builder().pageSize(20).pageNumber(2).build();
        Address address = Address.other("GB")
                .firstLine("56 Shoreditch High St")
                .city("London")
                .postCode("E1 6JJ")
                .build();
        MockResponse accepted = new MockResponse.Builder().code(202).build();
        return Stream.of(
                new Operation(
                        "create",
                        false,
                        ok("card-orders/create-response.json"),
                        s -> s.create(PROFILE, create),
                        s -> s.create(PROFILE, create),
                        s -> s.create(PROFILE, create)),
                new Operation(
                        "retrieve",
                        false,
                        ok("card-orders/retrieve-response.json"),
                        s -> s.retrieve(PROFILE, 142),
                        s -> s.retrieve(PROFILE, 142),
                        s -> s.retrieve(PROFILE, 142)),
                new Operation(
                        "list",
                        false,
                        ok("card-orders/list-response.json"),
                        s -> s.list(PROFILE, page),
                        s -> s.list(PROFILE, page),
                        s -> s.list(PROFILE, page)),
                new Operation(
                        "availability",
                        false,
                        ok("card-orders/availability-response.json"),
                        s -> s.availability(PROFILE),
                        s -> s.availability(PROFILE),
                        s -> s.availability(PROFILE)),
                new Operation(
                        "requirements",
                        false,
                        ok("card-orders/requirements-response.json"),
                        s -> s.requirements(PROFILE, 142),
                        s -> s.requirements(PROFILE, 142),
                        s -> s.requirements(PROFILE, 142)),
                new Operation(
                        "validateAddress",
                        false,
                        ok("address/validate-valid-response.json"),
                        s -> s.validateAddress(address),
                        s -> s.validateAddress(address),
                        s -> s.validateAddress(address)),
                new Operation(
                        "cancel",
                        false,
                        accepted,
                        s -> {
                            s.cancel(PROFILE, 142);
                            return null;
                        },
                        s -> s.cancel(PROFILE, 142),
                        s -> s.cancel(PROFILE, 142)),
                new Operation(
                        "complete",
                        false,
                        accepted,
                        s -> {
                            s.complete(PROFILE, 142);
                            return null;
                        },
                        s -> s.complete(PROFILE, 142),
                        s -> s.complete(PROFILE, 142)),
                new Operation(
                        "fetchEncryptingKey",
                        true,
                        jsonResponse(200, "{\"version\":1,\"key\":\"" + publicKey() + "\"}"),
                        CardOrderService::fetchEncryptingKey,
                        AsyncCardOrderService::fetchEncryptingKey,
                        RawCardOrderService::fetchEncryptingKey));
    }

    private static String publicKey() {
        return TestKeys.publicKeyDer(TestKeys.rsa2048());
    }

    @ParameterizedTest
    @MethodSource("operations")
    void theThreeViewsOfAnOperationSendIdenticalRequestsAndGiveTheSameResult(Operation op) throws Exception {
        MockWebServer server = op.cardDataHost() ? cardData : api;
        for (int i = 0; i < 3; i++) {
            server.enqueue(op.answer());
        }
        CardOrderService service = cards.cardOrders().withRequestOptions(OPTIONS);

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
    void theFirstPageOfEveryViewIsPageOneOfTen() throws Exception {
        for (int i = 0; i < 3; i++) {
            api.enqueue(ok("card-orders/list-response.json"));
        }
        CardOrderService service = cards.cardOrders();

        var blocking = service.list(PROFILE);
        var async = service.async().list(PROFILE).get(10, TimeUnit.SECONDS);
        var raw = service.withRawResponse().list(PROFILE);

        assertThat(blocking.items()).isNotEmpty();
        assertThat(async).isEqualTo(blocking);
        assertThat(raw.data()).isEqualTo(blocking);
        for (int i = 0; i < 3; i++) {
            assertThat(api.takeRequest().getTarget()).endsWith("/card-orders?pageSize=10&pageNumber=1");
        }
    }

    @Test
    void optionsGivenOnTheAsyncAndRawViewsAreSent() throws Exception {
        api.enqueue(ok("card-orders/retrieve-response.json"));
        api.enqueue(ok("card-orders/retrieve-response.json"));

        cards.cardOrders()
                .async()
                .withRequestOptions(OPTIONS)
                .retrieve(PROFILE, 142)
                .get(10, TimeUnit.SECONDS);
        cards.cardOrders().withRawResponse().withRequestOptions(OPTIONS).retrieve(PROFILE, 142);

        assertThat(api.takeRequest().getHeaders().get("X-Partner-Tag")).isEqualTo("parity");
        assertThat(api.takeRequest().getHeaders().get("X-Partner-Tag")).isEqualTo("parity");
    }

    @Test
    void withRequestOptionsLeavesTheServiceItCameFromUnchanged() throws Exception {
        api.enqueue(ok("card-orders/retrieve-response.json"));
        api.enqueue(ok("card-orders/retrieve-response.json"));

        cards.cardOrders()
                .withRequestOptions(OPTIONS)
                .async()
                .retrieve(PROFILE, 142)
                .get(10, TimeUnit.SECONDS);
        cards.cardOrders().async().retrieve(PROFILE, 142).get(10, TimeUnit.SECONDS);

        assertThat(api.takeRequest().getHeaders().get("X-Partner-Tag")).isEqualTo("parity");
        assertThat(api.takeRequest().getHeaders().get("X-Partner-Tag")).isNull();
    }

    @Test
    void cancellingAnAsyncOperationsFutureCancelsItsHttpCall() throws Exception {
        CallProbe probe = new CallProbe();
        api.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.Stall.INSTANCE)
                .build());
        try (CardsClient client = TestClients.builder(api, cardData, new FakeClock())
                .okHttpClient(probe.client())
                .build()) {
            CompletableFuture<?> future = client.cardOrders().async().retrieve(PROFILE, 142);
            assertThat(probe.awaitSent()).isTrue();

            assertThat(future.cancel(true)).isTrue();

            assertThat(probe.awaitCanceled()).as("the HTTP call was cancelled").isTrue();
        } finally {
            probe.close();
        }
    }
}
