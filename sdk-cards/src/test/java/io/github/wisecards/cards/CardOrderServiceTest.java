package io.github.wisecards.cards;

import static io.github.wisecards.cards.Fixtures.body;
import static io.github.wisecards.cards.Fixtures.json;
import static io.github.wisecards.cards.Fixtures.jsonResponse;
import static io.github.wisecards.cards.Fixtures.ok;
import static io.github.wisecards.cards.Fixtures.withoutNulls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.AddressValidationResult;
import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.cards.model.CardOrderCreateParams;
import io.github.wisecards.cards.model.CardOrderListParams;
import io.github.wisecards.cards.model.CardOrderRequirements;
import io.github.wisecards.cards.model.CardOrderStatus;
import io.github.wisecards.cards.model.CardProgram;
import io.github.wisecards.cards.model.CardScheme;
import io.github.wisecards.cards.model.CardType;
import io.github.wisecards.cards.model.DeliveryOption;
import io.github.wisecards.cards.model.ReplacementDetails;
import io.github.wisecards.cards.model.ReplacementReason;
import io.github.wisecards.cards.model.RequirementStatus;
import io.github.wisecards.cards.model.RequirementType;
import io.github.wisecards.contract.ContractCheck;
import io.github.wisecards.contract.MalformedResponses;
import io.github.wisecards.core.ApiResponse;
import io.github.wisecards.core.FakeClock;
import io.github.wisecards.core.Page;
import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.errors.ServerException;
import io.github.wisecards.core.errors.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CardOrderServiceTest {
    private static final long PROFILE = 123456;
    private static final String ORDERS = "/v3/spend/profiles/123456/card-orders";

    @StartStop
    final MockWebServer api = ContractCheck.mockWebServer();

    @StartStop
    final MockWebServer cardData = ContractCheck.mockWebServer();

    private final FakeClock clock = new FakeClock(Instant.parse("2024-09-19T06:49:49Z"));
    private CardsClient cards;

    @BeforeEach
    void setUp() {
        cards = TestClients.builder(api, cardData, clock).build();
    }

    @AfterEach
    void tearDown() {
        cards.close();
    }

    private static CardOrderCreateParams referenceParams() {
        return CardOrderCreateParams.builder()
                .program("VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API")
                .cardHolderName("John Smith")
                .embossedName("Smith John")
                .address(Address.other("GB")
                        .firstLine("56 Shoreditch High St")
                        .secondLine("The Tea Bldg")
                        .city("London")
                        .postCode("E1 6JJ")
                        .build())
                .lifetimeLimit(100)
                .cardHolderProfileId(654321)
                .replacementDetails(
                        ReplacementDetails.of("4a75fdb7-5791-49ac-832c-81c4347e4df0", ReplacementReason.CARD_DAMAGED))
                .build();
    }

    private static void assertCommonHeaders(RecordedRequest request) {
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TestClients.TOKEN);
        assertThat(request.getHeaders().get("User-Agent")).startsWith("wise-cards-java/");
    }

    @Test
    void createSendsReferenceBodyWithIdempotencyAndCorrelationHeaders() throws Exception {
        api.enqueue(ok("card-orders/create-response.json"));

        ApiResponse<CardOrder> response = cards.cardOrders()
                .withRequestOptions(RequestOptions.builder()
                        .correlationId("f47ac10b-58cc-4372-a567-0e02b2c3d479")
                        .build())
                .withRawResponse()
                .create(PROFILE, referenceParams());

        RecordedRequest request = api.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo(ORDERS);
        assertCommonHeaders(request);
        assertThat(request.getHeaders().get("X-idempotence-uuid")).isEqualTo("00000000-0000-4000-8000-000000000001");
        assertThat(request.getHeaders().get("X-External-Correlation-Id"))
                .isEqualTo("f47ac10b-58cc-4372-a567-0e02b2c3d479");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        // The reference request minus deliveryOption, which Wise advises to leave unset.
        com.fasterxml.jackson.databind.node.ObjectNode expected =
                (com.fasterxml.jackson.databind.node.ObjectNode) withoutNulls(json("card-orders/create-request.json"));
        expected.remove("deliveryOption");
        assertThat(body(request)).isEqualTo(expected);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.idempotencyKey()).contains("00000000-0000-4000-8000-000000000001");
        assertThat(response.traceId()).contains("trace-200");
        CardOrder order = response.data();
        assertThat(order.id()).isEqualTo(142);
        assertThat(order.profileId()).hasValue(123456);
        assertThat(order.clientId()).contains("{{clientId}}");
        assertThat(order.cardProgram())
                .contains(CardProgram.builder()
                        .name("VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API")
                        .scheme(CardScheme.VISA)
                        .defaultCurrency("GBP")
                        .cardType(CardType.PHYSICAL)
                        .build());
        assertThat(order.address()).contains(referenceParams().address().orElseThrow());
        assertThat(order.cardToken()).contains("4dc0be88-903f-49e4-8237-735f1139e3dd");
        assertThat(order.replacesCard()).isEmpty();
        assertThat(order.creationTime()).contains(Instant.parse("2024-09-19T06:49:49.145021Z"));
        assertThat(order.status()).isSameAs(CardOrderStatus.PRODUCED);
        assertThat(order.cardHolderName()).contains("John Smith");
        assertThat(order.phoneNumber()).contains("+441234567890");
        assertThat(order.lifetimeLimit()).contains(new BigDecimal("100"));
        assertThat(order.deliveryEstimate()).contains(Instant.parse("2023-10-30T07:11:00.848681Z"));
        assertThat(order.deliveryDetails().orElseThrow().deliveryVendor()).contains("DHL");
        assertThat(order.deliveryDetails().orElseThrow().trackingNumber()).contains("1999473803");
        assertThat(order.deliveryDetails().orElseThrow().trackingUrl())
                .contains(
                        "https://www.dhl.com/gb-en/home/tracking/tracking-express.html?submit=1&tracking-id=1999473803");
        assertThat(order.deliveryDetails().orElseThrow().deliveryOption()).isEmpty();
        assertThat(order.cardHolderProfileId()).hasValue(654321);
    }

    @Test
    void createSendsKioskCollectionDeliveryOption() throws Exception {
        api.enqueue(ok("card-orders/create-response.json"));

        cards.cardOrders()
                .create(
                        PROFILE,
                        referenceParams().toBuilder()
                                .deliveryOption(DeliveryOption.KIOSK_COLLECTION)
                                .build());

        assertThat(body(api.takeRequest()).get("deliveryOption").asText()).isEqualTo("KIOSK_COLLECTION");
    }

    @Test
    void createSendsTheReferenceExampleBodyIncludingPostalServiceStandard() throws Exception {
        api.enqueue(ok("card-orders/create-response.json"));

        cards.cardOrders()
                .create(
                        PROFILE,
                        referenceParams().toBuilder()
                                .deliveryOption(DeliveryOption.POSTAL_SERVICE_STANDARD)
                                .build());

        assertThat(body(api.takeRequest())).isEqualTo(withoutNulls(json("card-orders/create-request.json")));
    }

    @Test
    void createUsesCallersIdempotencyKey() throws Exception {
        api.enqueue(ok("card-orders/create-response.json"));

        cards.cardOrders()
                .withRequestOptions(RequestOptions.builder()
                        .idempotencyKey("054064c9-e01e-49fb-8fd9-b0990b9442f4")
                        .build())
                .create(PROFILE, referenceParams());

        assertThat(api.takeRequest().getHeaders().get("X-idempotence-uuid"))
                .isEqualTo("054064c9-e01e-49fb-8fd9-b0990b9442f4");
    }

    @Test
    void createReusesIdempotencyKeyOnRetry() throws Exception {
        api.enqueue(jsonResponse(503, "{}"));
        api.enqueue(jsonResponse(500, "{}"));
        api.enqueue(ok("card-orders/create-response.json"));

        ApiResponse<CardOrder> response = cards.cardOrders().withRawResponse().create(PROFILE, referenceParams());

        String first = api.takeRequest().getHeaders().get("X-idempotence-uuid");
        String second = api.takeRequest().getHeaders().get("X-idempotence-uuid");
        String third = api.takeRequest().getHeaders().get("X-idempotence-uuid");
        assertThat(first).isEqualTo("00000000-0000-4000-8000-000000000001");
        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
        assertThat(response.attempts()).isEqualTo(3);
        assertThat(response.idempotencyKey()).contains(first);
    }

    @Test
    void createFailureCarriesIdempotencyKey() {
        api.enqueue(jsonResponse(500, "{}"));
        api.enqueue(jsonResponse(500, "{}"));
        api.enqueue(jsonResponse(500, "{}"));

        assertThatThrownBy(() -> cards.cardOrders().create(PROFILE, referenceParams()))
                .isInstanceOfSatisfying(
                        ServerException.class,
                        e -> assertThat(e.idempotencyKey()).contains("00000000-0000-4000-8000-000000000001"));
        assertThat(api.getRequestCount()).isEqualTo(3);
    }

    @Test
    void createWithInvalidParamsSendsNothingAndReportsEveryViolation() {
        CardOrderCreateParams params = referenceParams().toBuilder()
                .deliveryOption(DeliveryOption.of("DRONE"))
                .phoneNumber("01234")
                .lifetimeLimit(-1)
                .build();

        assertThatThrownBy(() -> cards.cardOrders().create(PROFILE, params))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactly("phoneNumber", "deliveryOption", "lifetimeLimit"));
        assertThat(api.getRequestCount()).isZero();
    }

    @Test
    void asyncCreateWithInvalidParamsFailsTheFutureAndSendsNothing() {
        CompletableFuture<CardOrder> future = cards.cardOrders()
                .async()
                .create(PROFILE, CardOrderCreateParams.builder().build());

        assertThat(future)
                .failsWithin(5, TimeUnit.SECONDS)
                .withThrowableOfType(ExecutionException.class)
                .havingCause()
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(
                                        FieldViolation.of("program", "Required Field"),
                                        FieldViolation.of("cardHolderName", "Required Field"),
                                        FieldViolation.of("address", "Required Field")));
        assertThat(api.getRequestCount()).isZero();
    }

    @Test
    void retrieveGetsOrderById() throws Exception {
        api.enqueue(ok("card-orders/retrieve-response.json"));

        CardOrder order = cards.cardOrders().retrieve(PROFILE, 142);

        RecordedRequest request = api.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo(ORDERS + "/142");
        assertCommonHeaders(request);
        assertThat(request.getHeaders().get("X-idempotence-uuid")).isNull();
        assertThat(request.getBodySize()).isZero();
        assertThat(order.modificationTime()).contains(Instant.parse("2024-08-29T15:28:31.078399Z"));
        assertThat(order.status().canBeCancelled()).isTrue();
        assertThat(order.status().cancellationBlocksCard()).isTrue();
    }

    @Test
    void listSendsPageQueryAndReturnsPageWithTotalCount() throws Exception {
        api.enqueue(ok("card-orders/list-response.json"));

        Page<CardOrder> page = cards.cardOrders()
                .list(
                        PROFILE,
                        CardOrderListParams.builder().pageSize(10).pageNumber(1).build());

        RecordedRequest request = api.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo(ORDERS + "?pageSize=10&pageNumber=1");
        assertCommonHeaders(request);
        assertThat(page.totalCount()).isEqualTo(5);
        assertThat(page.pageNumber()).isEqualTo(1);
        assertThat(page.pageSize()).isEqualTo(10);
        assertThat(page.items()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(CardOrderStatus.REQUIREMENTS_FULFILLED);
            assertThat(o.cardToken()).isEmpty();
            assertThat(o.cardProgram().orElseThrow().cardType()).isEqualTo(CardType.VIRTUAL_NON_UPGRADEABLE);
            assertThat(o.deliveryDetails()).isEmpty();
            assertThat(o.deliveryEstimate()).isEmpty();
        });
        assertThat(page.hasNext()).isTrue(); // 1 of 5 so far: the pager asks for page 2
    }

    @Test
    void listAllFetchesEveryPageLazily() throws Exception {
        String order = Fixtures.json("card-orders/retrieve-response.json").toString();
        StringBuilder ten = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            ten.append(i == 0 ? "" : ",").append(order);
        }
        api.enqueue(jsonResponse(200, "{\"totalCount\":12,\"cardOrders\":[" + ten + "]}"));
        api.enqueue(jsonResponse(200, "{\"totalCount\":12,\"cardOrders\":[" + order + "," + order + "]}"));

        List<CardOrder> all = cards.cardOrders().listAll(PROFILE).stream().toList();

        assertThat(all).hasSize(12);
        assertThat(api.takeRequest().getTarget()).isEqualTo(ORDERS + "?pageSize=10&pageNumber=1");
        assertThat(api.takeRequest().getTarget()).isEqualTo(ORDERS + "?pageSize=10&pageNumber=2");
        assertThat(api.getRequestCount()).isEqualTo(2);
    }

    @Test
    void listParamsRejectPageSizesOutsideTenToHundred() {
        assertThatThrownBy(() -> CardOrderListParams.builder().pageSize(9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pageSize");
        assertThatThrownBy(() -> CardOrderListParams.builder().pageSize(101))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CardOrderListParams.builder().pageNumber(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pageNumber");
        assertThat(CardOrderListParams.builder().pageSize(100).build().pageSize())
                .isEqualTo(100);
    }

    @Test
    void availabilityReturnsCardPrograms() throws Exception {
        api.enqueue(ok("card-orders/availability-response.json"));

        List<CardProgram> programs = cards.cardOrders().availability(PROFILE);

        RecordedRequest request = api.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo(ORDERS + "/availability");
        assertCommonHeaders(request);
        assertThat(programs)
                .containsExactly(CardProgram.builder()
                        .name("VISA_DEBIT_BUSINESS_UK_1_CARDS_API")
                        .scheme(CardScheme.VISA)
                        .defaultCurrency("GBP")
                        .cardType(CardType.VIRTUAL_NON_UPGRADEABLE)
                        .build());
    }

    @Test
    void requirementsReturnsEachRequirementAndWhetherAllAreCompleted() throws Exception {
        api.enqueue(ok("card-orders/requirements-response.json"));

        CardOrderRequirements requirements = cards.cardOrders().requirements(PROFILE, 142);

        RecordedRequest request = api.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo(ORDERS + "/142/requirements");
        assertCommonHeaders(request);
        assertThat(requirements.requirements())
                .extracting(r -> r.type().value(), r -> r.status().value())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                RequirementType.Value.PIN, RequirementStatus.Value.NOT_INITIATED),
                        org.assertj.core.groups.Tuple.tuple(
                                RequirementType.Value.VERIFICATION, RequirementStatus.Value.PENDING),
                        org.assertj.core.groups.Tuple.tuple(
                                RequirementType.Value.ADDRESS, RequirementStatus.Value.COMPLETED));
        assertThat(requirements.allCompleted()).isFalse();
        assertThat(requirements.outstanding()).hasSize(2);
        assertThat(requirements
                        .requirement(RequirementType.ADDRESS)
                        .orElseThrow()
                        .isCompleted())
                .isTrue();
    }

    @Test
    void validateAddressPostsAddressAndReturnsServerErrors() throws Exception {
        api.enqueue(ok("address/validate-br-response.json"));
        Address address = Fixtures.read(json("address/validate-br-request.json"), Address.class);

        AddressValidationResult result = cards.cardOrders().validateAddress(address);

        RecordedRequest request = api.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/v3/spend/address/validate");
        assertCommonHeaders(request);
        assertThat(request.getHeaders().get("X-idempotence-uuid")).isNull();
        assertThat(body(request)).isEqualTo(withoutNulls(json("address/validate-br-request.json")));
        assertThat(result.isValid()).isFalse();
        assertThat(result.errors())
                .containsExactly(FieldViolation.of("addressNumber", "Must be less than 6 characters"));
    }

    @Test
    void validateAddressWithEmptyErrorsIsValid() throws Exception {
        api.enqueue(ok("address/validate-valid-response.json"));

        AddressValidationResult result = cards.cardOrders()
                .validateAddress(Fixtures.read(json("address/sg.json").get("address"), Address.class));

        assertThat(result.isValid()).isTrue();
        assertThat(body(api.takeRequest()).get("postCode").asText()).isEqualTo("408533");
    }

    @Test
    void cancelPutsCancelledStatusAndAcceptsEmpty202() throws Exception {
        api.enqueue(new MockResponse.Builder().code(202).build());

        ApiResponse<Void> response = cards.cardOrders().withRawResponse().cancel(PROFILE, 142);

        RecordedRequest request = api.takeRequest();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getTarget()).isEqualTo(ORDERS + "/142/status");
        assertCommonHeaders(request);
        assertThat(body(request)).isEqualTo(json("card-orders/update-status-request.json"));
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.data()).isNull();
    }

    @Test
    @SuppressWarnings("deprecation")
    void deprecatedCompletePutsCompletedStatus() throws Exception {
        api.enqueue(new MockResponse.Builder().code(202).build());

        cards.cardOrders().complete(PROFILE, 142);

        RecordedRequest request = api.takeRequest();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getTarget()).isEqualTo(ORDERS + "/142/status");
        assertThat(body(request).get("status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void asyncVariantsReturnTheSameResults() throws Exception {
        api.enqueue(ok("card-orders/retrieve-response.json"));
        api.enqueue(ok("card-orders/list-response.json"));
        api.enqueue(ok("card-orders/availability-response.json"));
        api.enqueue(ok("card-orders/requirements-response.json"));
        api.enqueue(ok("address/validate-valid-response.json"));
        api.enqueue(new MockResponse.Builder().code(202).build());
        api.enqueue(ok("card-orders/create-response.json"));
        AsyncCardOrderService async = cards.cardOrders().async();

        assertThat(async.retrieve(PROFILE, 142).get(5, TimeUnit.SECONDS).id()).isEqualTo(142);
        assertThat(async.list(PROFILE).get(5, TimeUnit.SECONDS).totalCount()).isEqualTo(5);
        assertThat(async.availability(PROFILE).get(5, TimeUnit.SECONDS)).hasSize(1);
        assertThat(async.requirements(PROFILE, 142).get(5, TimeUnit.SECONDS).allCompleted())
                .isFalse();
        assertThat(async.validateAddress(referenceParams().address().orElseThrow())
                        .get(5, TimeUnit.SECONDS)
                        .isValid())
                .isTrue();
        assertThat(async.cancel(PROFILE, 142).get(5, TimeUnit.SECONDS)).isNull();
        assertThat(async.create(PROFILE, referenceParams())
                        .get(5, TimeUnit.SECONDS)
                        .cardHolderProfileId())
                .hasValue(654321);

        assertThat(api.takeRequest().getTarget()).isEqualTo(ORDERS + "/142");
        assertThat(api.takeRequest().getTarget()).isEqualTo(ORDERS + "?pageSize=10&pageNumber=1");
        assertThat(api.takeRequest().getTarget()).isEqualTo(ORDERS + "/availability");
        assertThat(api.takeRequest().getTarget()).isEqualTo(ORDERS + "/142/requirements");
        assertThat(api.takeRequest().getTarget()).isEqualTo("/v3/spend/address/validate");
        assertThat(api.takeRequest().getMethod()).isEqualTo("PUT");
        RecordedRequest create = api.takeRequest();
        assertThat(create.getMethod()).isEqualTo("POST");
        assertThat(create.getHeaders().get("X-idempotence-uuid")).isNotNull();
    }

    @Test
    @MalformedResponses("future enum values and ids as strings: leniency beyond the contract")
    void unknownEnumValuesAndExtraFieldsParse() throws Exception {
        api.enqueue(ok("card-orders/card-order-future-fields.json"));

        CardOrder order = cards.cardOrders().retrieve(PROFILE, 143);

        assertThat(order.id()).isEqualTo(143); // id sent as a string
        assertThat(order.status().value()).isEqualTo(CardOrderStatus.Value.UNKNOWN);
        assertThat(order.status().raw()).isEqualTo("ON_HOLD");
        assertThat(order.status().canBeCancelled()).isFalse();
        assertThat(order.cardProgram().orElseThrow().scheme().value()).isEqualTo(CardScheme.Value.UNKNOWN);
        assertThat(order.cardProgram().orElseThrow().scheme().raw()).isEqualTo("AMEX");
        assertThat(order.cardProgram().orElseThrow().cardType().raw()).isEqualTo("VIRTUAL_UPGRADEABLE");
        assertThat(order.deliveryDetails()
                        .orElseThrow()
                        .deliveryOption()
                        .orElseThrow()
                        .isKnown())
                .isFalse();
        assertThat(order.address().orElseThrow().country()).contains("SG");
        assertThat(order.lifetimeLimit()).isEmpty();
        assertThat(order.cardHolderProfileId()).isEmpty();
    }

    @Test
    void withOptionsDerivesClientSharingThePool() throws Exception {
        api.enqueue(ok("card-orders/retrieve-response.json"));

        try (CardsClient derived = cards.withOptions(o -> o.putDefaultHeader("X-Partner", "acme"))) {
            derived.cardOrders().retrieve(PROFILE, 142);
        }

        assertThat(api.takeRequest().getHeaders().get("X-Partner")).isEqualTo("acme");
        api.enqueue(ok("card-orders/retrieve-response.json"));
        assertThat(cards.cardOrders().retrieve(PROFILE, 142).id()).isEqualTo(142);
    }

    @Test
    void createFromSharedOptions() throws Exception {
        api.enqueue(ok("card-orders/availability-response.json"));

        try (CardsClient fromOptions = CardsClient.create(cards.options())) {
            assertThat(fromOptions.cardOrders().availability(PROFILE)).hasSize(1);
        }
        assertThat(api.takeRequest().getTarget()).isEqualTo(ORDERS + "/availability");
    }
}
