package io.github.wisecards.cards;

import static io.github.wisecards.cards.Fixtures.body;
import static io.github.wisecards.cards.Fixtures.json;
import static io.github.wisecards.cards.Fixtures.jsonResponse;
import static io.github.wisecards.cards.Fixtures.ok;
import static io.github.wisecards.cards.Fixtures.withoutNulls;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.AddressValidationResult;
import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.cards.model.CardOrderCreateParams;
import io.github.wisecards.cards.model.CardOrderListParams;
import io.github.wisecards.cards.model.CardOrderRequirements;
import io.github.wisecards.cards.model.CardProgram;
import io.github.wisecards.cards.model.DeliveryDetails;
import io.github.wisecards.cards.model.DeliveryOption;
import io.github.wisecards.cards.model.PinPresetResult;
import io.github.wisecards.cards.model.ReplacementDetails;
import io.github.wisecards.cards.model.ReplacementReason;
import io.github.wisecards.contract.ContractCheck;
import io.github.wisecards.core.FakeClock;
import io.github.wisecards.core.Page;
import io.github.wisecards.core.errors.FieldViolation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every JSON example of card-order-api.md (fixtures under {@code fixtures/reference/card-order-api},
 * the documented typos fixed): the SDK decodes each answer with every value kept, and for the
 * reference's input it sends the reference's request body, field by field. The contract hook
 * validates each exchange, and FixturesMatchTheContractTest each file.
 */
class ReferenceExamplesTest {
    static final String REF = "reference/card-order-api/";
    static final long PROFILE_ID = 123456L;

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

    /** Compares JSON field by field; numbers by value (the SDK may write 100 as 1E+2). */
    static void assertSameJson(JsonNode actual, JsonNode expected) {
        Comparator<JsonNode> numbersByValue = (a, b) -> {
            if (a.isNumber() && b.isNumber()) {
                return a.decimalValue().compareTo(b.decimalValue());
            }
            return a.equals(b) ? 0 : 1;
        };
        assertThat(actual.equals(numbersByValue, expected))
                .as("SDK JSON %s%nreference %s", actual, expected)
                .isTrue();
    }

    /** The model as the SDK's own mapper writes it: every value it decoded, nulls left out. */
    static JsonNode written(Object model) {
        return ModelJson.written(model);
    }

    static List<JsonNode> items(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    @Test
    void cardOrderResourceIsDecodedWithEveryValue() {
        api.enqueue(ok(REF + "card-order-resource.json"));

        CardOrder order = cards.cardOrders().retrieve(PROFILE_ID, 142);

        assertThat(order.id()).isEqualTo(142);
        assertThat(order.profileId()).hasValue(PROFILE_ID);
        assertThat(order.cardToken()).contains("4dc0be88-903f-49e4-8237-735f1139e3dd");
        assertThat(order.status().raw()).isEqualTo("PRODUCED");
        assertThat(order.creationTime()).contains(Instant.parse("2023-07-31T01:43:24.596321434Z"));
        assertThat(order.lifetimeLimit()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100"));
        assertSameJson(written(order), withoutNulls(json(REF + "card-order-resource.json")));
    }

    @Test
    void createSendsTheReferenceRequestFieldByFieldAndDecodesTheReferenceAnswer() throws Exception {
        api.enqueue(ok(REF + "create-card-order-response.json"));

        CardOrder order = cards.cardOrders()
                .create(
                        PROFILE_ID,
                        CardOrderCreateParams.builder()
                                .program("VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API")
                                .cardHolderName("John Smith")
                                .embossedName("Smith John")
                                .address(Address.other("GB")
                                        .firstLine("56 Shoreditch High St")
                                        .secondLine("The Tea Bldg")
                                        .city("London")
                                        .postCode("E1 6JJ")
                                        .build())
                                .deliveryOption(DeliveryOption.POSTAL_SERVICE_STANDARD)
                                .lifetimeLimit(100)
                                .cardHolderProfileId(654321)
                                .replacementDetails(ReplacementDetails.of(
                                        "4a75fdb7-5791-49ac-832c-81c4347e4df0", ReplacementReason.CARD_DAMAGED))
                                .build());

        RecordedRequest request = api.takeRequest();
        assertSameJson(body(request), withoutNulls(json(REF + "create-card-order-request.json")));
        assertThat(request.getHeaders().get("X-idempotence-uuid")).isNotBlank();
        assertThat(order.id()).isEqualTo(142);
        assertThat(order.cardHolderProfileId()).hasValue(654321);
        assertSameJson(written(order), withoutNulls(json(REF + "create-card-order-response.json")));
    }

    @Test
    void retrieveDecodesTheReferenceAnswer() {
        api.enqueue(ok(REF + "retrieve-card-order-response.json"));

        CardOrder order = cards.cardOrders().retrieve(PROFILE_ID, 142);

        assertThat(order.modificationTime()).contains(Instant.parse("2024-08-29T15:28:31.078399Z"));
        assertThat(order.deliveryDetails())
                .hasValueSatisfying(d -> assertThat(d.trackingNumber()).contains("1999473803"));
        assertSameJson(written(order), withoutNulls(json(REF + "retrieve-card-order-response.json")));
    }

    @Test
    void listSendsTheReferenceQueryAndDecodesTheReferencePage() throws Exception {
        api.enqueue(ok(REF + "list-card-orders-response.json"));

        Page<CardOrder> page = cards.cardOrders()
                .list(
                        PROFILE_ID,
                        CardOrderListParams.builder().pageSize(10).pageNumber(1).build());

        assertThat(api.takeRequest().getTarget())
                .isEqualTo("/v3/spend/profiles/123456/card-orders?pageSize=10&pageNumber=1");
        assertThat(page.totalCount()).isEqualTo(5);
        JsonNode reference = withoutNulls(json(REF + "list-card-orders-response.json"));
        assertThat(page.items()).hasSize(1);
        assertThat(page.items().get(0).cardToken()).isEmpty();
        assertSameJson(written(page.items().get(0)), reference.get("cardOrders").get(0));
    }

    @Test
    void availabilityDecodesBothReferenceProgramExamples() {
        for (String example : List.of("card-programs-response.json", "card-program-resource.json")) {
            api.enqueue(ok(REF + example));

            List<CardProgram> programs = cards.cardOrders().availability(PROFILE_ID);

            List<JsonNode> reference = items(json(REF + example).get("cardPrograms"));
            assertThat(programs).hasSize(reference.size());
            assertThat(programs.get(0).name()).contains("VISA_DEBIT_BUSINESS_UK_1_CARDS_API");
            for (int i = 0; i < programs.size(); i++) {
                assertSameJson(written(programs.get(i)), reference.get(i));
            }
        }
    }

    @Test
    void requirementsDecodeTheReferenceAnswer() {
        api.enqueue(ok(REF + "card-order-requirements-response.json"));

        CardOrderRequirements requirements = cards.cardOrders().requirements(PROFILE_ID, 142);

        assertThat(requirements.requirements()).hasSize(3);
        assertThat(requirements.allCompleted()).isFalse();
        assertSameJson(written(requirements), json(REF + "card-order-requirements-response.json"));
    }

    @Test
    void validateAddressSendsTheBrazilianReferenceRequestAndDecodesItsErrors() throws Exception {
        api.enqueue(ok(REF + "validate-address-br-response.json"));

        AddressValidationResult result = cards.cardOrders()
                .validateAddress(Address.brazil()
                        .addressNumber("134534504")
                        .address("Rua Moacir da Silva Mota")
                        .district("Tancredo Neves")
                        .state("RR")
                        .city("Boa Vista")
                        .postCode("69313488")
                        .build());

        assertSameJson(body(api.takeRequest()), withoutNulls(json(REF + "validate-address-br-request.json")));
        assertThat(result.errors())
                .containsExactly(FieldViolation.of("addressNumber", "Must be less than 6 characters"));
    }

    @Test
    void validateAddressSendsTheOtherCountryReferenceRequestsAndDecodesTheirErrors() throws Exception {
        for (String example : List.of("validate-address-other-request.json", "validate-an-address-request.json")) {
            api.enqueue(ok(REF + "validate-address-other-response.json"));

            AddressValidationResult result = cards.cardOrders()
                    .validateAddress(Address.other("GB")
                            .firstLine("92 Jubilee Market Hall, Tavistock St, London WC2E 8BD, United Kingdom ")
                            .secondLine("Covent Garden")
                            .city("")
                            .postCode("wrong-postcode")
                            .build());

            assertSameJson(body(api.takeRequest()), withoutNulls(json(REF + example)));
            assertThat(result.isValid()).isFalse();
            assertThat(result.errors())
                    .containsExactly(
                            FieldViolation.of("city", "Required Field"),
                            FieldViolation.of("postCode", "Please enter a valid postcode"),
                            FieldViolation.of("firstLine", "Must be less than 30 characters"));
        }
    }

    @Test
    void validateAddressSendsTheAustralianReferenceRequestAndDecodesItsErrors() throws Exception {
        api.enqueue(ok(REF + "validate-address-au-response.json"));

        AddressValidationResult result = cards.cardOrders()
                .validateAddress(Address.australia()
                        .firstLine("72 Botany Rd, Womerah Avenue, Botanic Garden Place")
                        .secondLine("New South Wales")
                        .postCode("wrong-postcode")
                        .state("NSW")
                        .build());

        // The reference sends "city": null, which the contract types as a string; the SDK
        // leaves an unset field out instead (FixturesMatchTheContractTest records the difference).
        assertSameJson(body(api.takeRequest()), withoutNulls(json(REF + "validate-address-au-request.json")));
        assertThat(result.errors()).hasSize(3);
    }

    @Test
    void addressResourcesAreDecodedAndBuiltWithTheSameValues() {
        Address brazil = Address.brazil()
                .addressNumber("134")
                .address("Rua Moacir da Silva Mota")
                .district("Tancredo Neves")
                .state("RR")
                .city("Boa Vista")
                .postCode("69313488")
                .build();
        Address australia = Address.australia()
                .firstLine("72 Botany Rd")
                .secondLine("New South Wales")
                .postCode("2017")
                .city("Sydney")
                .state("NSW")
                .build();
        Address singapore = Address.other("SG")
                .firstLine("1 Paya Lebar Link")
                .secondLine("#13-06 PLQ 2")
                .thirdLine("Paya Lebar Quarter")
                .postCode("408533")
                .city("Singapore")
                .build();
        for (Object[] example : List.of(
                new Object[] {"address-br.json", brazil},
                new Object[] {"address-au.json", australia},
                new Object[] {"address-other-sg.json", singapore})) {
            JsonNode reference = withoutNulls(json(REF + example[0]).get("address"));
            Address decoded = Fixtures.read(json(REF + example[0]).get("address"), Address.class);

            assertThat(decoded).as((String) example[0]).isEqualTo(example[1]);
            assertSameJson(written(decoded), reference);
            assertSameJson(written(example[1]), reference);
        }
    }

    @Test
    void deliveryDetailsResourceIsDecodedWithEveryValue() {
        JsonNode reference = json(REF + "delivery-details-resource.json").get("deliveryDetails");

        DeliveryDetails details = Fixtures.read(reference, DeliveryDetails.class);

        assertThat(details.deliveryVendor()).contains("DHL");
        assertThat(details.deliveryOption())
                .hasValueSatisfying(o -> assertThat(o.raw()).isEqualTo("POSTAL_SERVICE_WITH_TRACKING"));
        assertSameJson(written(details), reference);
    }

    @Test
    void cancelSendsTheReferenceStatusUpdate() throws Exception {
        api.enqueue(new MockResponse.Builder().code(202).build());

        cards.cardOrders().cancel(PROFILE_ID, 142);

        RecordedRequest request = api.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/v3/spend/profiles/123456/card-orders/142/status");
        assertSameJson(body(request), json(REF + "update-card-order-status-request.json"));
    }

    @Test
    void presetPinSendsTheReferenceFieldsAndDecodesTheReferenceAnswer() throws Exception {
        String key = TestKeys.publicKeyDer(TestKeys.rsa2048());
        cardData.enqueue(jsonResponse(200, "{\"version\":1,\"key\":\"" + key + "\"}"));
        cardData.enqueue(ok(REF + "set-pin-response.json"));

        PinPresetResult result = cards.cardOrders().presetPin(142, "1234".toCharArray());

        cardData.takeRequest();
        JsonNode sent = body(cardData.takeRequest());
        JsonNode reference = json(REF + "set-pin-request.json");
        assertThat(sent.properties()).extracting(e -> e.getKey()).containsExactly("keyVersion", "encryptedPayload");
        assertThat(sent.get("keyVersion")).isEqualTo(reference.get("keyVersion"));
        assertThat(sent.get("encryptedPayload").isTextual()).isTrue();
        assertThat(sent.get("encryptedPayload").asText().split("\\.", -1)).hasSize(5); // JWE compact form
        // The reference answers {"cardOrderId": ""}: the SDK reads it as no card order id.
        assertThat(result.cardOrderId().orElse("")).isEmpty();
    }
}
