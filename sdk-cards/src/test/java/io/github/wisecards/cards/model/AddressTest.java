package io.github.wisecards.cards.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wisecards.cards.Fixtures;
import io.github.wisecards.core.errors.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressTest {

    private static List<FieldViolation> errors(String fixture) {
        List<FieldViolation> out = new ArrayList<>();
        for (JsonNode e : Fixtures.json(fixture).get("errors")) {
            out.add(FieldViolation.of(e.get("field").asText(), e.get("message").asText()));
        }
        return out;
    }

    private static Address read(String fixture) {
        return Fixtures.read(Fixtures.json(fixture), Address.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"br", "au", "gb"})
    void localValidationAnswersLikeTheReferenceExamples(String country) {
        Address address = read("address/validate-" + country + "-request.json");

        assertThat(address.validate())
                .containsExactlyElementsOf(errors("address/validate-" + country + "-response.json"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"br", "au", "sg"})
    void referenceAddressResourcesAreValid(String country) {
        Address address =
                Fixtures.read(Fixtures.json("address/" + country + ".json").get("address"), Address.class);

        assertThat(address.validate()).isEmpty();
    }

    @Test
    void brazilBuilderProducesTheReferenceAddress() {
        Address built = Address.brazil()
                .addressNumber("134")
                .address("Rua Moacir da Silva Mota")
                .district("Tancredo Neves")
                .state("RR")
                .city("Boa Vista")
                .postCode("69313488")
                .build();

        assertThat(built)
                .isEqualTo(Fixtures.read(Fixtures.json("address/br.json").get("address"), Address.class));
        assertThat(built.isBrazilian()).isTrue();
        assertThat(built.validate()).isEmpty();
    }

    @Test
    void addressesAreEqualWithEqualHashCodesOnlyWhenEveryFieldIs() {
        Address london = Address.other("GB")
                .firstLine("56 Shoreditch High St")
                .city("London")
                .postCode("E1 6JJ")
                .build();
        Address same = Address.other("GB")
                .firstLine("56 Shoreditch High St")
                .city("London")
                .postCode("E1 6JJ")
                .build();
        Address otherPostCode = london.toBuilder().postCode("E1 6AN").build();

        assertThat(london).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(otherPostCode);
        assertThat(london.hashCode()).isNotEqualTo(otherPostCode.hashCode());
    }

    @Test
    void onlyACountryCodeOfBrazilMakesAnAddressBrazilian() {
        Address london = Address.other("GB")
                .firstLine("56 Shoreditch High St")
                .city("London")
                .postCode("E1 6JJ")
                .build();

        assertThat(london.isBrazilian()).isFalse();
        assertThat(Address.builder().build().isBrazilian()).isFalse();
        assertThat(Address.builder().country(" br ").build().isBrazilian()).isTrue();
    }

    @Test
    void australiaBuilderRequiresAValidState() {
        Address noState = Address.australia()
                .firstLine("72 Botany Rd")
                .postCode("2017")
                .city("Sydney")
                .build();

        assertThat(noState.validate()).containsExactly(FieldViolation.of("state", "Required Field"));
        assertThat(noState.toBuilder().state("XYZ").build().validate())
                .containsExactly(FieldViolation.of("state", "Please enter a valid state"));
        for (String state : List.of("ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA")) {
            assertThat(noState.toBuilder().state(state).build().validate()).isEmpty();
        }
    }

    @Test
    void brazilAcceptsExactlyTheTwentySevenStates() {
        Set<String> states = Set.of(
                "AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG", "PA", "PB", "PR", "PE",
                "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO");
        assertThat(states).hasSize(27);
        Address base = Fixtures.read(Fixtures.json("address/br.json").get("address"), Address.class);
        for (String state : states) {
            assertThat(base.toBuilder().state(state).build().validate()).isEmpty();
        }
        assertThat(base.toBuilder().state("XX").build().validate())
                .containsExactly(FieldViolation.of("state", "Please enter a valid state"));
    }

    @Test
    void brazilRequiresEveryFieldButComplementAndLimitsLengths() {
        Address empty = Address.brazil().build();

        assertThat(empty.validate())
                .extracting(FieldViolation::field)
                .containsExactly("addressNumber", "address", "district", "postCode", "city", "state");
        Address tooLong = Address.brazil()
                .addressNumber("1234567")
                .address("a".repeat(101))
                .district("d".repeat(81))
                .complement("c".repeat(29))
                .postCode("69313488")
                .city("c".repeat(31))
                .state("RR")
                .build();
        assertThat(tooLong.validate())
                .containsExactly(
                        FieldViolation.of("addressNumber", "Must be less than 6 characters"),
                        FieldViolation.of("address", "Must be less than 100 characters"),
                        FieldViolation.of("district", "Must be less than 80 characters"),
                        FieldViolation.of("complement", "Must be less than 28 characters"),
                        FieldViolation.of("city", "Must be less than 30 characters"));
    }

    @Test
    void otherCountriesRequireFirstLinePostCodeCityButNotState() {
        assertThat(Address.other("SG").build().validate())
                .containsExactly(
                        FieldViolation.of("firstLine", "Required Field"),
                        FieldViolation.of("postCode", "Required Field"),
                        FieldViolation.of("city", "Required Field"));
        assertThat(Address.other("SG")
                        .firstLine("1 Paya Lebar Link")
                        .secondLine("s".repeat(31))
                        .thirdLine("t".repeat(31))
                        .state("x".repeat(31))
                        .city("Singapore")
                        .postCode("408533")
                        .build()
                        .validate())
                .containsExactly(
                        FieldViolation.of("secondLine", "Must be less than 30 characters"),
                        FieldViolation.of("thirdLine", "Must be less than 30 characters"),
                        FieldViolation.of("state", "Must be less than 30 characters"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GB, E1 6JJ",
        "GB, WC2E 8BD",
        "GB, SW1A 1AA",
        "GB, GIR 0AA",
        "US, 94105",
        "US, 94105-1234",
        "SG, 408533",
        "IE, D02 X285",
        "IE, A65F4E2",
        "CA, K1A 0B1",
        "NZ, 6011",
        "JP, 100-0001",
        "JP, 1000001",
        "CH, 8001",
        "AT, 1010",
        "BE, 1000",
        "BG, 1000",
        "HR, 10000",
        "CY, 1010",
        "CZ, 110 00",
        "DK, 1050",
        "EE, 10111",
        "FI, 00100",
        "FR, 75001",
        "DE, 10115",
        "GR, 105 57",
        "HU, 1051",
        "IT, 00184",
        "LV, LV-1050",
        "LT, LT-01100",
        "LU, L-1111",
        "MT, VLT 1117",
        "NL, 1012 AB",
        "PL, 00-001",
        "PT, 1000-001",
        "RO, 010011",
        "SK, 811 01",
        "SI, 1000",
        "ES, 28001",
        "SE, 111 22",
        "IS, 101",
        "LI, 9490",
        "NO, 0150",
        "AU, 2017",
        "BR, 69313488",
        "MX, 06000",
        "IN, 110001",
        "MY, 50450",
        "ZA, 2001"
    })
    void acceptsDocumentedPostcodeFormats(String country, String postCode) {
        Address address = address(country, postCode);

        assertThat(address.validate()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GB, 12345", "US, 9410", "SG, 40853", "CA, 12345", "NZ, 60111", "JP, 100-00011", "DE, 1011", "FR, 7500",
        "NL, 1012", "PL, 00001", "PT, 1000", "IE, 12345", "AU, 20170", "BR, 69313-48", "LI, 9500", "SE, 1112"
    })
    void rejectsMalformedPostcodes(String country, String postCode) {
        assertThat(address(country, postCode).validate())
                .containsExactly(FieldViolation.of("postCode", "Please enter a valid postcode"));
    }

    private static Address address(String country, String postCode) {
        if (country.equals("BR")) {
            return Address.brazil()
                    .addressNumber("1")
                    .address("Rua A")
                    .district("Centro")
                    .city("Boa Vista")
                    .state("RR")
                    .postCode(postCode)
                    .build();
        }
        AddressLinesBuilder b = country.equals("AU") ? Address.australia().state("NSW") : Address.other(country);
        return b.firstLine("1 Main Street").city("City").postCode(postCode).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PO Box 123", "P.O. Box 9", "po box 1", "GPO Box 1234", "Locked Bag 7", "Caixa Postal 12"})
    void rejectsPoBoxes(String line) {
        assertThat(Address.other("GB")
                        .firstLine(line)
                        .city("London")
                        .postCode("E1 6JJ")
                        .build()
                        .validate())
                .containsExactly(FieldViolation.of("firstLine", "PO Box addresses are not supported"));
    }

    @Test
    void doesNotMistakeWordsContainingPoBoxLettersForPoBoxes() {
        assertThat(Address.other("GB")
                        .firstLine("12 Hippo Boxing Lane")
                        .city("London")
                        .postCode("E1 6JJ")
                        .build()
                        .validate())
                .isEmpty();
    }

    @Test
    void countryMustBeAnAssignedIso3166Alpha2Code() {
        assertThat(AddressData.COUNTRIES).hasSize(249);
        assertThat(AddressData.COUNTRIES)
                .containsAll(Set.of(Locale.getISOCountries()).stream()
                        .filter(c -> !c.equals("AN")) // Netherlands Antilles, withdrawn in 2010
                        .toList());
        assertThat(address("XK", "10000").validate())
                .containsExactly(FieldViolation.of("country", "Please enter a valid country"));
        assertThat(address("GBR", "E1 6JJ").validate())
                .containsExactly(FieldViolation.of("country", "Please enter a valid country"));
    }

    @Test
    void lowerCaseCountryIsRefusedWithTheUpperCaseFormInTheMessage() {
        assertThat(address("gb", "E1 6JJ").validate())
                .containsExactly(FieldViolation.of(
                        "country", "Please enter a valid country: use the upper-case ISO 3166-1 alpha-2 code GB"));
        assertThat(address(" GB", "E1 6JJ").validate())
                .extracting(FieldViolation::field)
                .containsExactly("country");
        assertThat(address("GB", "E1 6JJ").validate()).isEmpty();
    }

    @Test
    void otherRefusesBrazilWhichHasItsOwnShape() {
        assertThatThrownBy(() -> Address.other("BR")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Address.builder().build().validate()).contains(FieldViolation.of("country", "Required Field"));
    }
}
