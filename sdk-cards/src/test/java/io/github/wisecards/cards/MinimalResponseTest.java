package io.github.wisecards.cards;

import static io.github.wisecards.cards.Fixtures.jsonResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.cards.model.CardOrderListParams;
import io.github.wisecards.cards.model.CardOrderRequirements;
import io.github.wisecards.cards.model.CardOrderStatus;
import io.github.wisecards.cards.model.CardProgram;
import io.github.wisecards.cards.model.CardScheme;
import io.github.wisecards.cards.model.CardType;
import io.github.wisecards.cards.model.RequirementStatus;
import io.github.wisecards.cards.model.RequirementType;
import io.github.wisecards.contract.ContractCheck;
import io.github.wisecards.core.FakeClock;
import io.github.wisecards.core.Page;
import io.github.wisecards.core.errors.InvalidResponseException;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Wise's contract marks no response field required: schema-valid bodies that leave fields out
 * decode, absent data reads as empty (or an {@code ABSENT} enum value), and one sparse item never
 * fails a page or a list. Only a card order's {@code id}, its identity, stays required.
 */
class MinimalResponseTest {
    private static final long PROFILE = 123456;

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

    @Test
    void cardOrderWithOnlyAnIdDecodesWithEveryOtherFieldEmpty() {
        api.enqueue(jsonResponse(200, "{\"id\":142}"));

        CardOrder order = cards.cardOrders().retrieve(PROFILE, 142);

        assertThat(order.id()).isEqualTo(142);
        assertThat(order.profileId()).isEmpty();
        assertThat(order.cardProgram()).isEmpty();
        assertThat(order.status()).isEqualTo(CardOrderStatus.ABSENT);
        assertThat(order.status().raw()).isEmpty();
        assertThat(order.status().isKnown()).isFalse();
        assertThat(order.status().canBeCancelled()).isFalse();
        assertThat(order.creationTime()).isEmpty();
        assertThat(order.modificationTime()).isEmpty();
        assertThat(order.address()).isEmpty();
        assertThat(order.cardHolderName()).isEmpty();
    }

    @Test
    void cardOrderWithoutIdIsStillAnInvalidResponse() {
        api.enqueue(jsonResponse(200, "{\"status\":\"PLACED\"}"));

        assertThatThrownBy(() -> cards.cardOrders().retrieve(PROFILE, 142))
                .isInstanceOf(InvalidResponseException.class);
    }

    @Test
    void oneSparseOrderDoesNotFailTheWholePage() {
        api.enqueue(jsonResponse(
                200,
                "{\"totalCount\":2,\"cardOrders\":[{\"id\":142,\"status\":\"PLACED\",\"cardProgram\":{\"name\":\"P\"}},"
                        + "{\"id\":143,\"address\":{\"firstLine\":\"56 Shoreditch High St\"}}]}"));

        Page<CardOrder> page =
                cards.cardOrders().list(PROFILE, CardOrderListParams.builder().build());

        assertThat(page.items()).extracting(CardOrder::id).containsExactly(142L, 143L);
        CardOrder first = page.items().get(0);
        assertThat(first.cardProgram().orElseThrow().name()).contains("P");
        assertThat(first.cardProgram().orElseThrow().scheme()).isEqualTo(CardScheme.ABSENT);
        assertThat(first.cardProgram().orElseThrow().defaultCurrency()).isEmpty();
        CardOrder second = page.items().get(1);
        assertThat(second.address().orElseThrow().country()).isEmpty();
        assertThat(second.address().orElseThrow().firstLine()).contains("56 Shoreditch High St");
    }

    @Test
    void cardProgramWithoutCurrencySchemeOrTypeDoesNotFailTheProgramList() {
        api.enqueue(
                jsonResponse(
                        200,
                        "{\"cardPrograms\":[{\"name\":\"VISA_DEBIT_BUSINESS_UK_1_CARDS_API\"},{},"
                                + "{\"name\":\"B\",\"scheme\":\"VISA\",\"defaultCurrency\":\"GBP\",\"cardType\":\"PHYSICAL\"}]}"));

        List<CardProgram> programs = cards.cardOrders().availability(PROFILE);

        assertThat(programs).hasSize(3);
        assertThat(programs.get(0).name()).contains("VISA_DEBIT_BUSINESS_UK_1_CARDS_API");
        assertThat(programs.get(0).defaultCurrency()).isEmpty();
        assertThat(programs.get(0).scheme()).isEqualTo(CardScheme.ABSENT);
        assertThat(programs.get(0).cardType()).isEqualTo(CardType.ABSENT);
        assertThat(programs.get(1).name()).isEmpty();
        assertThat(programs.get(2).cardType()).isEqualTo(CardType.PHYSICAL);
    }

    @Test
    void requirementWithoutStatusOrTypeDoesNotFailTheRequirements() {
        api.enqueue(jsonResponse(200, "{\"requirements\":[{\"type\":\"PIN\"},{\"status\":\"COMPLETED\"},{}]}"));

        CardOrderRequirements requirements = cards.cardOrders().requirements(PROFILE, 142);

        assertThat(requirements.requirements()).hasSize(3);
        assertThat(requirements.requirements().get(0).type()).isEqualTo(RequirementType.PIN);
        assertThat(requirements.requirements().get(0).status()).isEqualTo(RequirementStatus.ABSENT);
        assertThat(requirements.requirements().get(0).isCompleted()).isFalse();
        assertThat(requirements.requirements().get(1).type()).isEqualTo(RequirementType.ABSENT);
        assertThat(requirements.allCompleted()).isFalse();
    }

    @Test
    void emptyRequirementsObjectMeansNoRequirements() {
        api.enqueue(jsonResponse(200, "{}"));

        assertThat(cards.cardOrders().requirements(PROFILE, 142).requirements()).isEmpty();
    }
}
