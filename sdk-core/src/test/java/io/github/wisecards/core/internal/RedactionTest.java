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
}
