package io.github.wisecards.cards;

import static io.github.wisecards.cards.Fixtures.jsonResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.wisecards.cards.model.CardOrderListParams;
import io.github.wisecards.contract.ContractCheck;
import io.github.wisecards.contract.MalformedResponses;
import io.github.wisecards.core.FakeClock;
import io.github.wisecards.core.errors.InvalidResponseException;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An unreadable answer says what failed and where, keeps its cause, and shows a safe excerpt. */
@MalformedResponses("answers that break the contract on purpose: the SDK must refuse them with detail")
class InvalidResponseDetailTest {
    private static final String TOKEN = "4dc0be88-903f-49e4-8237-735f1139e3dd";

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
    void missingIdKeepsTheSdkMessageTheCauseAndAMaskedExcerpt() {
        api.enqueue(jsonResponse(
                200,
                "{\"status\":\"PLACED\",\"cardToken\":\"" + TOKEN
                        + "\",\"replacesCard\":\"9f0e1d2c-3b4a-5968-7f6e-5d4c3b2a1f0e\"}"));

        InvalidResponseException e = catchThrowableOfType(
                InvalidResponseException.class, () -> cards.cardOrders().retrieve(123456, 142));

        assertThat(e.getMessage()).contains("CardOrder: missing required id").doesNotContain(TOKEN);
        assertThat(e.getCause()).isNotNull();
        assertThat(e.bodyExcerpt())
                .hasValueSatisfying(x -> assertThat(x)
                        .contains("\"status\":\"PLACED\"")
                        .contains("****e3dd")
                        .doesNotContain(TOKEN));
    }

    @Test
    void wrongTypeNamesTheFieldPathWithoutQuotingTheValue() {
        api.enqueue(jsonResponse(
                200, "{\"totalCount\":2,\"cardOrders\":[{\"id\":1},{\"id\":2,\"creationTime\":\"" + TOKEN + "\"}]}"));

        InvalidResponseException e = catchThrowableOfType(
                InvalidResponseException.class,
                () -> cards.cardOrders()
                        .list(123456, CardOrderListParams.builder().build()));

        assertThat(e.fieldPath()).hasValueSatisfying(p -> assertThat(p).endsWith("/1/creationTime"));
        assertThat(e.getMessage()).contains("/1/creationTime").doesNotContain(TOKEN);
        assertThat(e.getCause()).isNotNull();
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(TOKEN);
        }
    }

    @Test
    void excerptIsBoundedAndANonJsonBodyIsOnlyDescribed() {
        api.enqueue(jsonResponse(
                200, "{\"id\":142,\"cardHolderName\":\"" + "x".repeat(5_000) + "\",\"creationTime\":\"bad\"}"));
        api.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "text/html")
                .body("<html>proxy error " + TOKEN + "</html>")
                .build());

        InvalidResponseException big = catchThrowableOfType(
                InvalidResponseException.class, () -> cards.cardOrders().retrieve(123456, 142));
        InvalidResponseException html = catchThrowableOfType(
                InvalidResponseException.class, () -> cards.cardOrders().retrieve(123456, 142));

        assertThat(big.bodyExcerpt().orElseThrow()).hasSizeLessThan(600);
        assertThat(html.bodyExcerpt().orElseThrow()).doesNotContain(TOKEN).contains("not JSON");
    }
}
