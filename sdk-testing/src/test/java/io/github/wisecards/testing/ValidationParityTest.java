package io.github.wisecards.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.cards.internal.CardsWriters;
import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.CardOrderCreateParams;
import io.github.wisecards.cards.model.DeliveryOption;
import io.github.wisecards.cards.model.ReplacementDetails;
import io.github.wisecards.cards.model.ReplacementReason;
import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.errors.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One corpus, two verdicts that must agree: local validation (the SDK refusing before sending) and
 * the simulator (answering the raw request on the wire). The corpus is the references' examples
 * plus edge cases of every rule the two used to disagree on.
 */
class ValidationParityTest {
    private static final long PROFILE = SimHttp.PROFILE;
    private static WiseSimulator simulator;
    private static SimHttp http;
    private static CardsClient cards;

    @BeforeAll
    static void start() {
        simulator = WiseSimulator.started();
        http = new SimHttp(simulator);
        cards = CardsClient.create(simulator.clientOptions().build());
    }

    @AfterAll
    static void stop() {
        cards.close();
        simulator.close();
    }

    private static Address gb() {
        return Address.other("GB")
                .firstLine("56 Shoreditch High St")
                .secondLine("The Tea Bldg")
                .city("London")
                .postCode("E1 6JJ")
                .build();
    }

    /** The reference's create example (physical program, POSTAL_SERVICE_STANDARD included). */
    private static CardOrderCreateParams.Builder reference() {
        return CardOrderCreateParams.builder()
                .program("VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API")
                .cardHolderName("John Smith")
                .embossedName("Smith John")
                .phoneNumber("+441234567890")
                .address(gb())
                .deliveryOption(DeliveryOption.POSTAL_SERVICE_STANDARD)
                .lifetimeLimit(new BigDecimal("100"))
                .replacementDetails(
                        ReplacementDetails.of("4a75fdb7-5791-49ac-832c-81c4347e4df0", ReplacementReason.CARD_DAMAGED));
    }

    private static Arguments order(String name, UnaryOperator<CardOrderCreateParams.Builder> change) {
        return Arguments.of(name, change.apply(reference()).build());
    }

    private static Arguments address(String name, Address address) {
        return Arguments.of(name, reference().address(address).build());
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                order("reference create example", b -> b),
                order("tracked delivery", b -> b.deliveryOption(DeliveryOption.POSTAL_SERVICE_WITH_TRACKING)),
                order("kiosk collection", b -> b.deliveryOption(DeliveryOption.KIOSK_COLLECTION)),
                order("unknown delivery option", b -> b.deliveryOption(DeliveryOption.of("DRONE"))),
                order("embossed name of one space", b -> b.embossedName(" ")),
                order("embossed name in CJK", b -> b.embossedName("李雷")),
                order("embossed name of 22", b -> b.embossedName("ABCDEFGHIJKLMNOPQRSTUV")),
                order("embossed name of 23", b -> b.embossedName("ABCDEFGHIJKLMNOPQRSTUVW")),
                order("empty embossed name", b -> b.embossedName("")),
                order("reference phone example", b -> b.phoneNumber("+6588888888")),
                order("short E.164 phone", b -> b.phoneNumber("+4412")),
                order("phone without plus", b -> b.phoneNumber("6588888888")),
                order("phone with leading zero country", b -> b.phoneNumber("+0441234567")),
                order("phone of 16 digits", b -> b.phoneNumber("+1234567890123456")),
                order("missing program", b -> b.program(null)),
                order("blank card holder", b -> b.cardHolderName(" ")),
                order("negative lifetime limit", b -> b.lifetimeLimit(new BigDecimal("-1"))),
                order("zero lifetime limit", b -> b.lifetimeLimit(BigDecimal.ZERO)),
                order(
                        "replacement without reason",
                        b -> b.replacementDetails(ReplacementDetails.of("4a75fdb7-5791-49ac-832c-81c4347e4df0", null))),
                order(
                        "replacement with unknown reason",
                        b -> b.replacementDetails(ReplacementDetails.of(
                                "4a75fdb7-5791-49ac-832c-81c4347e4df0", ReplacementReason.of("CARD_LOST")))),
                address(
                        "reference Australian address",
                        Address.australia()
                                .firstLine("72 Botany Rd")
                                .secondLine("New South Wales")
                                .thirdLine("null")
                                .postCode("2017")
                                .city("Sydney")
                                .state("NSW")
                                .build()),
                address(
                        "reference Singapore address",
                        Address.other("SG")
                                .firstLine("1 Paya Lebar Link")
                                .secondLine("#13-06 PLQ 2")
                                .thirdLine("Paya Lebar Quarter")
                                .postCode("408533")
                                .city("Singapore")
                                .build()),
                address(
                        "reference Brazilian address",
                        Address.brazil()
                                .addressNumber("134")
                                .address("Rua Moacir da Silva Mota")
                                .district("Tancredo Neves")
                                .state("RR")
                                .city("Boa Vista")
                                .postCode("69313488")
                                .build()),
                address(
                        "reference Brazilian validation example",
                        Address.brazil()
                                .addressNumber("134534504")
                                .address("Rua Moacir da Silva Mota")
                                .district("Tancredo Neves")
                                .state("RR")
                                .city("Boa Vista")
                                .postCode("69313488")
                                .build()),
                address(
                        "reference Australian validation example",
                        Address.australia()
                                .firstLine("72 Botany Rd, Womerah Avenue, Botanic Garden Place")
                                .secondLine("New South Wales")
                                .thirdLine("null")
                                .postCode("wrong-postcode")
                                .state("NSW")
                                .build()),
                address(
                        "reference other-country validation example",
                        Address.other("GB")
                                .firstLine("92 Jubilee Market Hall, Tavistock St, London WC2E 8BD, United Kingdom ")
                                .secondLine("Covent Garden")
                                .thirdLine("null")
                                .city("")
                                .postCode("wrong-postcode")
                                .build()),
                address("French postcode with a space", lines("FR", "75 001", "1 Rue de Rivoli", "Paris")),
                address("French postcode", lines("FR", "75001", "1 Rue de Rivoli", "Paris")),
                address("Polish postcode", lines("PL", "00-950", "ul. Marszalkowska 1", "Warszawa")),
                address("Polish postcode without dash", lines("PL", "00950", "ul. Marszalkowska 1", "Warszawa")),
                address("Irish Eircode", lines("IE", "D02 X285", "1 Grafton St", "Dublin")),
                address("lower-case country", lines("gb", "E1 6JJ", "56 Shoreditch High St", "London")),
                address("unassigned country", lines("XK", "10000", "Rruga 1", "Pristina")),
                address("PO box", lines("GB", "E1 6JJ", "PO Box 123", "London")),
                address("German PO box", lines("DE", "10115", "Postfach 1234", "Berlin")),
                address("Australian locked bag", lines("NZ", "6011", "Locked Bag 12", "Wellington")),
                address("GPO box", lines("NZ", "6011", "GPO Box 5", "Wellington")),
                address("first line of 31", lines("GB", "E1 6JJ", "A".repeat(31), "London")));
    }

    private static Address lines(String country, String postCode, String firstLine, String city) {
        return Address.builder()
                .country(country)
                .firstLine(firstLine)
                .postCode(postCode)
                .city(city)
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void localValidationAndTheSimulatorGiveTheSameVerdict(String name, CardOrderCreateParams params) throws Exception {
        List<String> local = localVerdict(params);
        List<String> simulated = simulatorVerdict(params);

        assertThat(simulated).as(name).isEqualTo(local);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void addressValidationAnswersTheSameAsLocalValidation(String name, CardOrderCreateParams params) throws Exception {
        Address address = params.address().orElseThrow();
        SimHttp.Answer a = http.post(
                "/v3/spend/address/validate", CardsWriters.body(address).toJson());

        assertThat(a.code()).isEqualTo(200);
        List<String> simulated = new ArrayList<>();
        for (JsonNode e : a.json().get("errors")) {
            simulated.add(e.get("field").asText() + ": " + e.get("message").asText());
        }
        assertThat(simulated)
                .as(name)
                .isEqualTo(address.validate().stream()
                        .map(FieldViolation::toString)
                        .toList());
    }

    /** The fields and messages the SDK refuses before sending; empty when it sends. */
    private static List<String> localVerdict(CardOrderCreateParams params) {
        List<String> out = new ArrayList<>();
        for (FieldViolation v : params.validate()) {
            out.add(v.field() + ": " + v.message());
        }
        if (out.isEmpty()) {
            return out;
        }
        try {
            cards.cardOrders().create(PROFILE, params);
            throw new AssertionError("create sent parameters that validate() refuses");
        } catch (ValidationException e) {
            List<String> thrown =
                    e.violations().stream().map(FieldViolation::toString).toList();
            assertThat(thrown).isEqualTo(out);
        }
        return out;
    }

    /** The fields and messages the simulator refuses the same body with (400); empty on 200. */
    private static List<String> simulatorVerdict(CardOrderCreateParams params) throws Exception {
        SimHttp.Answer a = http.createOrder(CardsWriters.body(params).toJson());
        List<String> out = new ArrayList<>();
        if (a.code() == 200) {
            return out;
        }
        assertThat(a.code()).as(a.body()).isEqualTo(400);
        for (JsonNode e : a.json().get("errors")) {
            out.add(e.get("path").asText() + ": " + e.get("message").asText());
        }
        return out;
    }
}
