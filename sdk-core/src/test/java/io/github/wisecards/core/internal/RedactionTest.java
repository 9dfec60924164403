package io.github.wisecards.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactionTest {
    private static final String CARD_TOKEN = "4dc0be88-903f-49e4-8237-735f1139e3dd";

    @Test
    void scrubReplacesKnownSecretsAndTheirJsonEscapedForm() {
        String secret = "tok/en+abc";
        String text = "token " + secret + " or tok\\/en+abc rejected";

        assertThat(Redaction.scrub(text, List.of(secret))).isEqualTo("token [REDACTED] or [REDACTED] rejected");
    }

    @Test
    void scrubMasksEveryUuidShapedValueToItsLastFourCharacters() {
        assertThat(Redaction.scrub("Card " + CARD_TOKEN + " and 11111111-2222-4333-8444-555566667777", List.of()))
                .isEqualTo("Card ****e3dd and ****7777");
    }

    @Test
    void scrubLeavesSecretsShorterThanFourCharactersAlone() {
        assertThat(Redaction.scrub("abc def", List.of("abc"))).isEqualTo("abc def");
    }

    @Test
    void bodyMasksPersonalDataKeepingStructureAndFieldNames() {
        byte[] json = ("{\"cardHolderName\":\"John Smith\",\"phoneNumber\":\"+441234567890\","
                        + "\"address\":{\"firstLine\":\"1 High St\",\"postCode\":\"E1 6JJ\",\"country\":\"GB\"},"
                        + "\"status\":\"PLACED\",\"cardHolderProfileId\":7}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(Redaction.body(json, "application/json"))
                .isEqualTo("{\"cardHolderName\":\"[MASKED]\",\"phoneNumber\":\"[MASKED]\","
                        + "\"address\":{\"firstLine\":\"[MASKED]\",\"postCode\":\"[MASKED]\",\"country\":\"GB\"},"
                        + "\"status\":\"PLACED\",\"cardHolderProfileId\":7}");
    }

    @Test
    void bodyWithPersonalDataShownStillRedactsSecretsAndScrubsText() {
        byte[] json = ("{\"cardHolderName\":\"John Smith\",\"pin\":\"1234\",\"message\":\"card " + CARD_TOKEN + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(Redaction.body(json, "application/json", List.of(), false))
                .isEqualTo("{\"cardHolderName\":\"John Smith\",\"pin\":\"[REDACTED]\",\"message\":\"card ****e3dd\"}");
    }

    @Test
    void secretsNestedInObjectsAndArraysAreRedactedAtAnyDepth() {
        byte[] json = ("{\"items\":[{\"pin\":\"1234\",\"note\":\"ok\"},[\"sent tok-s3cr3t-value\","
                        + "{\"refresh_token\":\"r-s3cr3t\"}]],"
                        + "\"outer\":{\"inner\":{\"client_secret\":\"c-s3cr3t\",\"pin\":null}}}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(Redaction.body(json, "application/json", List.of("tok-s3cr3t-value"), true))
                .isEqualTo("{\"items\":[{\"pin\":\"[REDACTED]\",\"note\":\"ok\"},[\"sent [REDACTED]\","
                        + "{\"refresh_token\":\"[REDACTED]\"}]],"
                        + "\"outer\":{\"inner\":{\"client_secret\":\"[REDACTED]\",\"pin\":null}}}");
    }

    @Test
    void formBodiesRedactSecretFieldsAndTheAuthorizationCode() {
        byte[] form = "grant_type=refresh_token&refresh_token=r-s3cr3t&code=c0de&scope=x&flag"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(Redaction.body(form, "application/x-www-form-urlencoded", List.of(), true))
                .isEqualTo("grant_type=refresh_token&refresh_token=[REDACTED]&code=[REDACTED]&scope=x&flag");
    }

    @Test
    void bodiesThatAreEmptyOrNotJsonAreOnlyDescribed() {
        assertThat(Redaction.body(new byte[0], "application/json")).isEqualTo("<empty>");
        assertThat(Redaction.body(null, "application/json")).isEqualTo("<empty>");
        assertThat(Redaction.body("pin=1234 <html>".getBytes(StandardCharsets.UTF_8), null))
                .isEqualTo("<15 bytes, not JSON>");
    }
}
