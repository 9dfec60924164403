package io.github.wisecards.cards.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wisecards.cards.Fixtures;
import io.github.wisecards.cards.internal.CardsWriters;
import io.github.wisecards.core.errors.FieldViolation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardOrderCreateParamsTest {

    private static CardOrderCreateParams.Builder valid() {
        return CardOrderCreateParams.builder()
                .program("VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API")
                .cardHolderName("John Smith")
                .address(Address.other("GB")
                        .firstLine("56 Shoreditch High St")
                        .city("London")
                        .postCode("E1 6JJ")
                        .build());
    }

    @Test
    void validParamsHaveNoViolations() {
        assertThat(valid().embossedName("JOHN SMITH")
                        .phoneNumber("+6588888888")
                        .lifetimeLimit(0)
                        .cardHolderProfileId(654321)
                        .deliveryOption(DeliveryOption.KIOSK_COLLECTION)
                        .replacementDetails(ReplacementDetails.of("4a75fdb7", ReplacementReason.CARD_EXPIRING))
                        .build()
                        .validate())
                .isEmpty();
    }

    @Test
    void referenceRequestIsValidWithItsPostalServiceStandardDeliveryOption() {
        JsonNode reference = Fixtures.json("card-orders/create-request.json");
        CardOrderCreateParams params = valid().program(reference.get("program").asText())
                .embossedName(reference.get("embossedName").asText())
                .address(Fixtures.read(reference.get("address"), Address.class))
                .deliveryOption(
                        DeliveryOption.of(reference.get("deliveryOption").asText()))
                .lifetimeLimit(reference.get("lifetimeLimit").decimalValue())
                .cardHolderProfileId(reference.get("cardHolderProfileId").asLong())
                .replacementDetails(ReplacementDetails.of(
                        reference.at("/replacementDetails/cardToken").asText(),
                        ReplacementReason.of(
                                reference.at("/replacementDetails/reason").asText())))
                .build();

        assertThat(params.deliveryOption()).contains(DeliveryOption.POSTAL_SERVICE_STANDARD);
        assertThat(params.validate()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"POSTAL_SERVICE_STANDARD", "POSTAL_SERVICE_WITH_TRACKING", "KIOSK_COLLECTION"})
    void everyDeliveryOptionOfTheContractIsSendable(String option) {
        assertThat(valid().deliveryOption(DeliveryOption.of(option)).build().validate())
                .isEmpty();
    }

    @Test
    void deliveryOptionOutsideTheContractIsRefused() {
        assertThat(valid().deliveryOption(DeliveryOption.of("DRONE")).build().validate())
                .containsExactly(FieldViolation.of(
                        "deliveryOption",
                        "Must be POSTAL_SERVICE_STANDARD, POSTAL_SERVICE_WITH_TRACKING or KIOSK_COLLECTION"));
    }

    @Test
    void reportsEveryViolationAtOnceWithNestedAddressFields() {
        CardOrderCreateParams params = CardOrderCreateParams.builder()
                .cardHolderName(" ")
                .embossedName("A NAME FAR TOO LONG TO EMBOSS")
                .phoneNumber("6588888888")
                .address(Address.australia().firstLine("72 Botany Rd").build())
                .lifetimeLimit(new BigDecimal("-0.01"))
                .cardHolderProfileId(0)
                .replacementDetails(ReplacementDetails.of(null, ReplacementReason.of("CARD_LOST")))
                .build();

        assertThat(params.validate())
                .containsExactly(
                        FieldViolation.of("program", "Required Field"),
                        FieldViolation.of("cardHolderName", "Required Field"),
                        FieldViolation.of("embossedName", "Must be between 1 and 22 characters"),
                        FieldViolation.of(
                                "phoneNumber",
                                "Must start with + followed by the country code, for example +6588888888"),
                        FieldViolation.of("address.postCode", "Required Field"),
                        FieldViolation.of("address.city", "Required Field"),
                        FieldViolation.of("address.state", "Required Field"),
                        FieldViolation.of("lifetimeLimit", "Must be greater than or equal to 0"),
                        FieldViolation.of("cardHolderProfileId", "Must be a positive profile id"),
                        FieldViolation.of("replacementDetails.cardToken", "Required Field"),
                        FieldViolation.of("replacementDetails.reason", "Must be CARD_DAMAGED or CARD_EXPIRING"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"J", "Smith John", "JOÃO D'ÁVILA-SILVA JR.", "ABCDEFGHIJKLMNOPQRSTUV"})
    void acceptsEmbossedNamesOfOneToTwentyTwoEmbossableCharacters(String name) {
        assertThat(valid().embossedName(name).build().validate()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ABCDEFGHIJKLMNOPQRSTUVW"})
    void rejectsEmbossedNamesOutsideOneToTwentyTwoCharacters(String name) {
        assertThat(valid().embossedName(name).build().validate())
                .containsExactly(FieldViolation.of("embossedName", "Must be between 1 and 22 characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"JOHN_SMITH", "JOHN 2", "李雷", "JOHN@SMITH", " "})
    void embossedNameIsCheckedOnlyForItsDocumentedLengthNotForItsCharacters(String name) {
        assertThat(valid().embossedName(name).build().validate()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+441234567890", "+6588888888", "+12025550123"})
    void acceptsE164PhoneNumbers(String phone) {
        assertThat(valid().phoneNumber(phone).build().validate()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"441234567890", "+0441234567", "+44 1234 567890", "+4412345678901234", "+"})
    void rejectsPhoneNumbersThatAreNotE164(String phone) {
        assertThat(valid().phoneNumber(phone).build().validate())
                .extracting(FieldViolation::field)
                .containsExactly("phoneNumber");
    }

    @Test
    void serializesOnlyTheFieldsThatWereSet() throws Exception {
        String json = CardsWriters.body(valid().build()).toJson();

        assertThat(Fixtures.parse(json))
                .isEqualTo(Fixtures.parse("{\"program\":\"VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API\","
                        + "\"cardHolderName\":\"John Smith\",\"address\":{\"firstLine\":\"56 Shoreditch High St\","
                        + "\"postCode\":\"E1 6JJ\",\"city\":\"London\",\"country\":\"GB\"}}"));
    }

    @Test
    void serializesEveryFieldThatWasSet() throws Exception {
        CardOrderCreateParams params = CardOrderCreateParams.builder()
                .program("VISA_DEBIT_BUSINESS_BR_1_PHYSICAL_CARDS_API")
                .cardHolderName("Joao Silva")
                .embossedName("JOAO SILVA")
                .phoneNumber("+5595988888888")
                .address(Address.brazil()
                        .addressNumber("134")
                        .address("Rua Moacir da Silva Mota")
                        .district("Tancredo Neves")
                        .complement("Apto 2")
                        .state("RR")
                        .city("Boa Vista")
                        .postCode("69313488")
                        .build())
                .deliveryOption(DeliveryOption.KIOSK_COLLECTION)
                .lifetimeLimit(new BigDecimal("100.50"))
                .cardHolderProfileId(654321)
                .replacementDetails(ReplacementDetails.of("4a75fdb7", ReplacementReason.CARD_EXPIRING))
                .build();

        String json = CardsWriters.body(params).toJson();

        assertThat(Fixtures.parse(json))
                .isEqualTo(Fixtures.parse("{\"program\":\"VISA_DEBIT_BUSINESS_BR_1_PHYSICAL_CARDS_API\","
                        + "\"cardHolderName\":\"Joao Silva\",\"embossedName\":\"JOAO SILVA\","
                        + "\"phoneNumber\":\"+5595988888888\",\"address\":{\"addressNumber\":\"134\","
                        + "\"address\":\"Rua Moacir da Silva Mota\",\"district\":\"Tancredo Neves\","
                        + "\"complement\":\"Apto 2\",\"postCode\":\"69313488\",\"city\":\"Boa Vista\","
                        + "\"state\":\"RR\",\"country\":\"BR\"},\"deliveryOption\":\"KIOSK_COLLECTION\","
                        + "\"lifetimeLimit\":100.50,\"cardHolderProfileId\":654321,"
                        + "\"replacementDetails\":{\"cardToken\":\"4a75fdb7\",\"reason\":\"CARD_EXPIRING\"}}"));
    }

    @Test
    void toStringMasksTheReplacedCardToken() {
        String s = valid().replacementDetails(
                        ReplacementDetails.of("4a75fdb7-5791-49ac-832c-81c4347e4df0", ReplacementReason.CARD_DAMAGED))
                .build()
                .toString();

        assertThat(s).contains("****4df0").doesNotContain("4a75fdb7-5791");
    }
}
