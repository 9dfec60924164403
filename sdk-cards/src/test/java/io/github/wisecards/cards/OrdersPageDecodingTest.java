package io.github.wisecards.cards;

import static io.github.wisecards.cards.Fixtures.jsonResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.cards.model.CardOrderListParams;
import io.github.wisecards.contract.ContractCheck;
import io.github.wisecards.contract.MalformedResponses;
import io.github.wisecards.core.FakeClock;
import io.github.wisecards.core.Page;
import io.github.wisecards.core.errors.InvalidResponseException;
import java.time.Instant;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The list page decoder streams the page: the shapes the tree-based decoder accepted still parse. */
class OrdersPageDecodingTest {
    private static final long PROFILE = 123456;
    private static final CardOrderListParams PAGE_1 =
            CardOrderListParams.builder().pageSize(10).pageNumber(1).build();

    @StartStop
    final MockWebServer api = ContractCheck.mockWebServer();

    @StartStop
    final MockWebServer cardData = ContractCheck.mockWebServer();

    private CardsClient cards;
    private String order;

    @BeforeEach
    void setUp() {
        cards = TestClients.builder(api, cardData, new FakeClock(Instant.parse("2024-09-19T06:49:49Z")))
                .maxRetries(0)
                .build();
        order = Fixtures.json("card-orders/retrieve-response.json").toString();
    }

    @AfterEach
    void tearDown() {
        cards.close();
    }

    @Test
    void unknownFieldsAroundTheOrdersAreSkippedWhateverTheirShape() {
        api.enqueue(jsonResponse(
                200,
                "{\"meta\":{\"a\":[1,{\"b\":2}]},\"cardOrders\":[" + order + "," + order
                        + "],\"next\":null,\"totalCount\":40,\"tags\":[\"x\"]}"));

        Page<CardOrder> page = cards.cardOrders().list(PROFILE, PAGE_1);

        assertThat(page.items()).hasSize(2).allSatisfy(o -> assertThat(o.id()).isEqualTo(142));
        assertThat(page.totalCount()).isEqualTo(40);
    }

    @Test
    @MalformedResponses("a string totalCount: leniency beyond the contract")
    void aMissingOrUnreadableTotalCountIsTheNumberOfItems() {
        api.enqueue(jsonResponse(200, "{\"cardOrders\":[" + order + "]}"));
        api.enqueue(jsonResponse(200, "{\"totalCount\":\"many\",\"cardOrders\":[" + order + "]}"));
        api.enqueue(jsonResponse(200, "{\"totalCount\":12.0,\"cardOrders\":[" + order + "]}"));

        assertThat(cards.cardOrders().list(PROFILE, PAGE_1).totalCount()).isEqualTo(1);
        assertThat(cards.cardOrders().list(PROFILE, PAGE_1).totalCount()).isEqualTo(1);
        assertThat(cards.cardOrders().list(PROFILE, PAGE_1).totalCount()).isEqualTo(12);
    }

    @Test
    @MalformedResponses("null cardOrders: leniency beyond the contract")
    void missingOrNullOrdersGiveAnEmptyPage() {
        api.enqueue(jsonResponse(200, "{\"totalCount\":0}"));
        api.enqueue(jsonResponse(200, "{\"totalCount\":0,\"cardOrders\":null}"));

        assertThat(cards.cardOrders().list(PROFILE, PAGE_1).items()).isEmpty();
        Page<CardOrder> page = cards.cardOrders().list(PROFILE, PAGE_1);
        assertThat(page.items()).isEmpty();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    @MalformedResponses("an array body: the SDK must refuse it")
    void aBodyThatIsNotAnObjectIsAnInvalidResponse() {
        api.enqueue(jsonResponse(200, "[" + order + "]"));

        assertThatThrownBy(() -> cards.cardOrders().list(PROFILE, PAGE_1))
                .isInstanceOf(InvalidResponseException.class)
                .hasMessageContaining("could not be read");
    }
}
