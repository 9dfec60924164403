package io.github.wisecards.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.CardOrderCreateParams;
import io.github.wisecards.cards.model.CardOrderListParams;
import io.github.wisecards.contract.ContractCheck;
import io.github.wisecards.core.FakeClock;
import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.errors.ValidationException;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code profileId} and {@code cardOrderId} are positive ids: 0 and negatives never leave the SDK. */
class PathIdContractTest {
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

    private static CardOrderCreateParams params() {
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

    private void assertRefused(String field, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(field)
                .hasMessageContaining("positive")
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(FieldViolation::field)
                        .containsExactly(field));
        assertThat(api.getRequestCount()).isZero();
        assertThat(cardData.getRequestCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -5, Long.MIN_VALUE})
    void everyCardOrderOperationRefusesANonPositiveProfileIdBeforeSending(long profileId) {
        var orders = cards.cardOrders();
        assertRefused("profileId", () -> orders.create(profileId, params()));
        assertRefused("profileId", () -> orders.retrieve(profileId, 142));
        assertRefused(
                "profileId",
                () -> orders.list(profileId, CardOrderListParams.builder().build()));
        assertRefused("profileId", () -> orders.availability(profileId));
        assertRefused("profileId", () -> orders.requirements(profileId, 142));
        assertRefused("profileId", () -> orders.cancel(profileId, 142));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -5})
    void everyCardOrderOperationRefusesANonPositiveCardOrderIdBeforeSending(long cardOrderId) {
        var orders = cards.cardOrders();
        assertRefused("cardOrderId", () -> orders.retrieve(123456, cardOrderId));
        assertRefused("cardOrderId", () -> orders.requirements(123456, cardOrderId));
        assertRefused("cardOrderId", () -> orders.cancel(123456, cardOrderId));
        assertRefused("cardOrderId", () -> orders.complete(123456, cardOrderId));
        char[] pin = "1234".toCharArray();
        assertRefused("cardOrderId", () -> orders.presetPin(cardOrderId, pin));
        assertThat(pin).containsOnly('\0');
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -5})
    void asyncViewFailsTheFutureForANonPositiveId(long id) {
        assertThatThrownBy(() -> cards.cardOrders().async().retrieve(id, 142).join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(ValidationException.class);
        assertThat(api.getRequestCount()).isZero();
    }
}
