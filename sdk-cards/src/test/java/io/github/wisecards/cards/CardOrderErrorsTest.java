package io.github.wisecards.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.CardOrderCreateParams;
import io.github.wisecards.contract.ContractCheck;
import io.github.wisecards.core.FakeClock;
import io.github.wisecards.core.errors.ApiException;
import io.github.wisecards.core.errors.AuthenticationException;
import io.github.wisecards.core.errors.BadRequestException;
import io.github.wisecards.core.errors.NotFoundException;
import io.github.wisecards.core.errors.PermissionDeniedException;
import io.github.wisecards.core.errors.RateLimitException;
import io.github.wisecards.core.errors.ServerException;
import io.github.wisecards.core.errors.UnprocessableEntityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every operation maps 400, 401, 403, 404, 422, 429 and 5xx answers to typed exceptions. */
class CardOrderErrorsTest {
    private static final String ERROR_BODY =
            "{\"errors\":[{\"code\":\"error.card-order\",\"message\":\"Something is wrong\",\"path\":\"program\","
                    + "\"arguments\":null}],\"timestamp\":\"2024-09-19T06:49:49Z\"}";
    private static final String KEY_JSON = keyJson();

    @StartStop
    final MockWebServer api = ContractCheck.mockWebServer();

    @StartStop
    final MockWebServer cardData = ContractCheck.mockWebServer();

    private CardsClient cards;

    @BeforeEach
    void setUp() {
        cards = TestClients.builder(api, cardData, new FakeClock(Instant.parse("2024-09-19T06:49:49Z")))
                .maxRetries(0)
                .build();
    }

    @AfterEach
    void tearDown() {
        cards.close();
    }

    private static String keyJson() {
        return "{\"version\":1,\"key\":\"" + TestKeys.publicKeyDer(TestKeys.rsa2048()) + "\"}";
    }

    private static CardOrderCreateParams validParams() {
        return CardOrderCreateParams.builder()
                .program("VISA_DEBIT_BUSINESS_UK_1_CARDS_API")
                .cardHolderName("John Smith")
                .address(Address.other("GB")
                        .firstLine("56 Shoreditch High St")
                        .city("London")
                        .postCode("E1 6JJ")
                        .build())
                .build();
    }

    @SuppressWarnings("deprecation")
    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        List<Object[]> operations = List.of(
                new Object[] {
                    "create", (Consumer<CardsClient>) c -> c.cardOrders().create(1, validParams())
                },
                new Object[] {
                    "retrieve", (Consumer<CardsClient>) c -> c.cardOrders().retrieve(1, 2)
                },
                new Object[] {
                    "list", (Consumer<CardsClient>) c -> c.cardOrders().list(1)
                },
                new Object[] {
                    "listAll",
                    (Consumer<CardsClient>)
                            c -> c.cardOrders().listAll(1).iterator().hasNext()
                },
                new Object[] {
                    "availability", (Consumer<CardsClient>) c -> c.cardOrders().availability(1)
                },
                new Object[] {
                    "requirements", (Consumer<CardsClient>) c -> c.cardOrders().requirements(1, 2)
                },
                new Object[] {
                    "validateAddress",
                    (Consumer<CardsClient>) c -> c.cardOrders()
                            .validateAddress(validParams().address().orElseThrow())
                },
                new Object[] {
                    "cancel", (Consumer<CardsClient>) c -> c.cardOrders().cancel(1, 2)
                },
                new Object[] {
                    "complete", (Consumer<CardsClient>) c -> c.cardOrders().complete(1, 2)
                },
                new Object[] {
                    "fetchEncryptingKey",
                    (Consumer<CardsClient>) c -> c.cardOrders().fetchEncryptingKey()
                },
                new Object[] {
                    "presetPin", (Consumer<CardsClient>) c -> c.cardOrders().presetPin(2, "1234".toCharArray())
                },
                new Object[] {
                    "async retrieve",
                    (Consumer<CardsClient>)
                            c -> c.cardOrders().async().retrieve(1, 2).join()
                },
                new Object[] {
                    "async presetPin",
                    (Consumer<CardsClient>) c -> c.cardOrders()
                            .async()
                            .presetPin(2, "1234".toCharArray())
                            .join()
                });
        int[] statuses = {400, 401, 403, 404, 422, 429, 500, 502, 503};
        for (Object[] op : operations) {
            for (int status : statuses) {
                out.add(Arguments.of(op[0], op[1], status));
            }
        }
        return out.stream();
    }

    private static Class<? extends ApiException> expectedType(int status) {
        switch (status) {
            case 400:
                return BadRequestException.class;
            case 401:
                return AuthenticationException.class;
            case 403:
                return PermissionDeniedException.class;
            case 404:
                return NotFoundException.class;
            case 422:
                return UnprocessableEntityException.class;
            case 429:
                return RateLimitException.class;
            default:
                return ServerException.class;
        }
    }

    @ParameterizedTest(name = "{0} answers {2}")
    @MethodSource("cases")
    void errorStatusesMapToTypedExceptions(String operation, Consumer<CardsClient> call, int status) {
        Dispatcher failing = new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getTarget().endsWith("/fetchEncryptingKey") && operation.contains("presetPin")) {
                    return Fixtures.jsonResponse(200, KEY_JSON);
                }
                return new MockResponse.Builder()
                        .code(status)
                        .addHeader("Content-Type", "application/json")
                        .addHeader("x-trace-id", "trace-" + status)
                        .addHeader("Retry-After", "1")
                        .body(ERROR_BODY)
                        .build();
            }
        };
        api.setDispatcher(failing);
        cardData.setDispatcher(failing);

        Throwable thrown = catchThrowable(() -> call.accept(cards));
        if (thrown instanceof CompletionException) {
            thrown = thrown.getCause();
        }

        assertThat(thrown).isInstanceOf(expectedType(status));
        ApiException e = (ApiException) thrown;
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.traceId()).contains("trace-" + status);
        assertThat(e.errors())
                .singleElement()
                .satisfies(err -> assertThat(err.toString()).contains("error.card-order"));
        if (operation.equals("create")) {
            assertThat(e.idempotencyKey()).contains("00000000-0000-4000-8000-000000000001");
        }
        assertThat(e.getMessage()).doesNotContain("1234").doesNotContain(TestClients.TOKEN);
    }
}
