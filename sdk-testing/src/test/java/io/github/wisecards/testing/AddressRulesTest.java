package io.github.wisecards.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AddressRulesTest {
    private static final String VALIDATE = "/v3/spend/address/validate";
    private static WiseSimulator simulator;
    private static SimHttp http;

    @BeforeAll
    static void start() {
        simulator = WiseSimulator.started();
        http = new SimHttp(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private static String errors(String address) {
        SimHttp.Answer a = http.post(VALIDATE, address);
        assertThat(a.code()).isEqualTo(200);
        return a.json().toString();
    }

    @Test
    void australianReferenceExampleAnswersTheReferenceErrors() {
        assertThat(errors("{\"firstLine\":\"72 Botany Rd, Womerah Avenue, Botanic Garden Place\","
                        + "\"secondLine\":\"New South Wales\",\"thirdLine\":\"null\",\"postCode\":\"wrong-postcode\","
                        + "\"city\":null,\"state\":\"NSW\",\"country\":\"AU\"}"))
                .isEqualTo("{\"errors\":[{\"field\":\"city\",\"message\":\"Required Field\"},"
                        + "{\"field\":\"postCode\",\"message\":\"Please enter a valid postcode\"},"
                        + "{\"field\":\"firstLine\",\"message\":\"Must be less than 30 characters\"}]}");
    }

    @Test
    void otherCountryReferenceExampleAnswersTheReferenceErrors() {
        assertThat(errors("{\"firstLine\":\"92 Jubilee Market Hall, Tavistock St, London WC2E 8BD, United Kingdom \","
                        + "\"secondLine\":\"Covent Garden\",\"thirdLine\":\"null\",\"city\":\"\","
                        + "\"postCode\":\"wrong-postcode\",\"state\":null,\"country\":\"GB\"}"))
                .isEqualTo("{\"errors\":[{\"field\":\"city\",\"message\":\"Required Field\"},"
                        + "{\"field\":\"postCode\",\"message\":\"Please enter a valid postcode\"},"
                        + "{\"field\":\"firstLine\",\"message\":\"Must be less than 30 characters\"}]}");
    }

    @Test
    void brazilianReferenceExampleRejectsTheLongAddressNumber() {
        assertThat(errors("{\"addressNumber\":\"134534504\",\"address\":\"Rua Moacir da Silva Mota\","
                        + "\"district\":\"Tancredo Neves\",\"complement\":null,\"state\":\"RR\",\"city\":\"Boa Vista\","
                        + "\"postCode\":\"69313488\",\"country\":\"BR\"}"))
                .isEqualTo(
                        "{\"errors\":[{\"field\":\"addressNumber\",\"message\":\"Must be less than 6 characters\"}]}");
    }

    @Test
    void statesMustBeKnownInBrazilAndAustraliaOnly() {
        assertThat(errors("{\"addressNumber\":\"134\",\"address\":\"Rua A\",\"district\":\"Centro\",\"state\":\"XX\","
                        + "\"city\":\"Boa Vista\",\"postCode\":\"69313488\",\"country\":\"BR\"}"))
                .contains("{\"field\":\"state\",\"message\":\"Please enter a valid state\"}");
        assertThat(
                        errors(
                                "{\"firstLine\":\"72 Botany Rd\",\"postCode\":\"2017\",\"city\":\"Sydney\",\"country\":\"AU\"}"))
                .isEqualTo("{\"errors\":[{\"field\":\"state\",\"message\":\"Required Field\"}]}");
        assertThat(errors("{\"firstLine\":\"1 Main St\",\"postCode\":\"10001\",\"city\":\"New York\","
                        + "\"state\":\"Anything\",\"country\":\"US\"}"))
                .isEqualTo("{\"errors\":[]}");
    }

    @Test
    void validAddressesAnswerAnEmptyList() {
        assertThat(errors("{\"firstLine\":\"56 Shoreditch High St\",\"city\":\"London\",\"postCode\":\"E1 6JJ\","
                        + "\"country\":\"GB\"}"))
                .isEqualTo("{\"errors\":[]}");
        assertThat(errors("{\"firstLine\":\"72 Botany Rd\",\"postCode\":\"2017\",\"city\":\"Sydney\",\"state\":\"NSW\","
                        + "\"country\":\"AU\"}"))
                .isEqualTo("{\"errors\":[]}");
    }

    @Test
    void poBoxesAreRejected() {
        assertThat(
                        errors(
                                "{\"firstLine\":\"PO Box 123\",\"city\":\"London\",\"postCode\":\"E1 6JJ\",\"country\":\"GB\"}"))
                .isEqualTo(
                        "{\"errors\":[{\"field\":\"firstLine\",\"message\":\"PO Box addresses are not supported\"}]}");
        assertThat(errors("{\"firstLine\":\"1 Main St\",\"secondLine\":\"P.O. BOX 9\",\"city\":\"Sydney\","
                        + "\"postCode\":\"2017\",\"state\":\"NSW\",\"country\":\"AU\"}"))
                .contains("\"field\":\"secondLine\"");
    }

    @Test
    void malformedBodiesAnswer400() {
        assertThat(http.post(VALIDATE, "not json").code()).isEqualTo(400);
        assertThat(http.post(VALIDATE, "[]").code()).isEqualTo(400);
    }

    @Test
    void addressThatCannotBeReadAsAnAddressIsAnsweredWithItsRequiredFields() {
        assertThat(errors("{\"firstLine\":{\"nested\":true},\"country\":\"GB\"}"))
                .isEqualTo("{\"errors\":[{\"field\":\"firstLine\",\"message\":\"Required Field\"},"
                        + "{\"field\":\"postCode\",\"message\":\"Required Field\"},"
                        + "{\"field\":\"city\",\"message\":\"Required Field\"},"
                        + "{\"field\":\"country\",\"message\":\"Required Field\"}]}");
    }
}
