package io.github.wisecards.cards;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.cards.model.CardOrderCreateParams;
import io.github.wisecards.cards.model.CardOrderListParams;
import io.github.wisecards.contract.ContractCheck;
import io.github.wisecards.core.Environment;
import io.github.wisecards.core.FakeClock;
import io.github.wisecards.core.Page;
import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.core.TokenProvider;
import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.errors.ValidationException;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The code of sdk-cards/README-SECTION.md, compiled and run against MockWebServer. */
class ReadmeExamplesTest {
    @StartStop
    final MockWebServer api = ContractCheck.mockWebServer();

    @StartStop
    final MockWebServer cardData = ContractCheck.mockWebServer();

    private final List<String> log = new ArrayList<>();

    @Test
    void clientBuilderFromTheReadmeBuilds() {
        String clientId = "client-id";
        String clientSecret = "client-secret";
        String refreshToken = "refresh-token";
        try (CardsClient cards = CardsClient.builder()
                .environment(Environment.SANDBOX)
                .tokenProvider(TokenProvider.refreshing(clientId, clientSecret, refreshToken))
                .build()) {
            assertThat(cards.options().environment()).isEqualTo(Environment.SANDBOX);
            try (CardsClient patient = cards.withOptions(o -> o.maxRetries(5))) {
                assertThat(patient.options().maxRetries()).isEqualTo(5);
            }
        }
    }

    @Test
    void readmeExamplesRun() throws Exception {
        long profileId = 123456;
        long cardOrderId = 142;
        api.enqueue(Fixtures.ok("card-orders/create-response.json"));
        api.enqueue(Fixtures.ok("card-orders/list-response.json"));
        api.enqueue(Fixtures.jsonResponse(200, "{\"totalCount\":1,\"cardOrders\":[]}"));
        api.enqueue(Fixtures.ok("card-orders/list-response.json"));
        api.enqueue(Fixtures.ok("card-orders/retrieve-response.json"));
        api.enqueue(new MockResponse.Builder().code(202).build());
        api.enqueue(Fixtures.ok("card-orders/retrieve-response.json"));
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        String der = Base64.getEncoder()
                .encodeToString(g.generateKeyPair().getPublic().getEncoded());
        cardData.enqueue(Fixtures.jsonResponse(200, "{\"version\":1,\"key\":\"" + der + "\"}"));
        cardData.enqueue(Fixtures.ok("pin/preset-pin-response.json"));

        try (CardsClient cards =
                TestClients.builder(api, cardData, new FakeClock(Instant.EPOCH)).build()) {
            // Create a card order
            Address address = Address.other("GB")
                    .firstLine("56 Shoreditch High St")
                    .secondLine("The Tea Bldg")
                    .city("London")
                    .postCode("E1 6JJ")
                    .build();
            List<FieldViolation> problems = address.validate(); // local, no I/O; empty when valid

            CardOrderCreateParams params = CardOrderCreateParams.builder()
                    .program("VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API") // from availability(profileId)
                    .cardHolderName("John Smith")
                    .embossedName("JOHN SMITH")
                    .phoneNumber("+441234567890")
                    .address(address)
                    .lifetimeLimit(100)
                    .build();
            try {
                CardOrder order = cards.cardOrders().create(profileId, params);
                assertThat(order.id()).isEqualTo(142);
            } catch (ValidationException e) {
                e.violations().forEach(v -> log.add(v.field() + ": " + v.message()));
            }
            assertThat(problems).isEmpty();
            assertThat(log).isEmpty();

            Address brazilian = Address.brazil()
                    .addressNumber("134")
                    .address("Rua Moacir da Silva Mota")
                    .district("Tancredo Neves")
                    .city("Boa Vista")
                    .state("RR")
                    .postCode("69313488")
                    .build();
            assertThat(brazilian.validate()).isEmpty();

            // List all card orders
            List<String> seen = new ArrayList<>();
            for (CardOrder order : cards.cardOrders().listAll(profileId)) {
                seen.add(order.id() + " " + order.status());
            }
            Page<CardOrder> page = cards.cardOrders()
                    .list(
                            profileId,
                            CardOrderListParams.builder()
                                    .pageSize(50)
                                    .pageNumber(2)
                                    .build());
            assertThat(seen).containsExactly("142 REQUIREMENTS_FULFILLED");
            assertThat(page.pageNumber()).isEqualTo(2);

            // Cancel, checking the status first
            boolean warned = false;
            CardOrder current = cards.cardOrders().retrieve(profileId, cardOrderId);
            if (current.status().canBeCancelled()) {
                if (current.status().cancellationBlocksCard()) {
                    warned = true;
                }
                cards.cardOrders().cancel(profileId, cardOrderId); // 202, no body
            }
            assertThat(warned).isTrue();

            // Preset a PIN
            char[] pin = {'1', '2', '3', '4'};
            cards.cardOrders().presetPin(cardOrderId, pin); // pin is zeroed before this returns
            assertThat(pin).containsOnly('\0');

            assertThat(cards.cardOrders()
                            .withRawResponse()
                            .retrieve(profileId, cardOrderId, RequestOptions.none())
                            .statusCode())
                    .isEqualTo(200);
        }
    }
}
