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
    void personalDataHeldInAnArrayIsMaskedValueByValue() {
        byte[] json = ("{\"phoneNumbers\":[\"+441234567890\",null,[\"+447700900123\"],"
                        + "{\"email\":\"jo@example.com\",\"type\":\"work\",\"pin\":\"1234\"}],"
                        + "\"emails\":[],\"statuses\":[\"PLACED\"]}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(Redaction.body(json, "application/json"))
                .isEqualTo("{\"phoneNumbers\":[\"[MASKED]\",null,[\"[MASKED]\"],"
                        + "{\"email\":\"[MASKED]\",\"type\":\"work\",\"pin\":\"[REDACTED]\"}],"
                        + "\"emails\":[],\"statuses\":[\"PLACED\"]}");
        // shown when the caller allows personal data, card tokens still masked
        assertThat(Redaction.body(
                        ("{\"phoneNumbers\":[\"+441234567890\",\"" + CARD_TOKEN + "\"]}")
                                .getBytes(StandardCharsets.UTF_8),
                        "application/json",
                        List.of(),
                        false))
                .isEqualTo("{\"phoneNumbers\":[\"+441234567890\",\"****e3dd\"]}");
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

    @Test
    void onlyCredentialHeadersAreSensitive() {
        for (String name : List.of("Authorization", "proxy-authorization", "Cookie", "Set-Cookie", "X-2FA-Approval")) {
            assertThat(Redaction.isSensitiveHeader(name)).as(name).isTrue();
        }
        assertThat(Redaction.isSensitiveHeader("X-Signature-SHA256")).isTrue();
        for (String name : List.of("Content-Type", "x-trace-id", "X-idempotence-uuid", "Retry-After")) {
            assertThat(Redaction.isSensitiveHeader(name)).as(name).isFalse();
        }
    }

    @Test
    void aCardTokenIsShownByItsLastFourCharactersOnlyWhenLongerThanFour() {
        assertThat(Redaction.maskCardToken(null)).isNull();
        assertThat(Redaction.maskCardToken("")).isEqualTo("****");
        assertThat(Redaction.maskCardToken("abcd")).isEqualTo("****");
        assertThat(Redaction.maskCardToken("abcde")).isEqualTo("****bcde");
    }

    @Test
    void aSecretOfExactlyFourCharactersIsScrubbed() {
        assertThat(Redaction.scrub("code abcd used", List.of("abcd"))).isEqualTo("code [REDACTED] used");
        assertThat(Redaction.scrub("", List.of("abcd"))).isEmpty();
        assertThat(Redaction.scrub(null, List.of("abcd"))).isNull();
    }

    @Test
    void formFieldsWithAnEmptyNameOrNoValueKeepTheirShape() {
        byte[] form = "=x&a=b&refresh_token=&flag".getBytes(StandardCharsets.UTF_8);

        assertThat(Redaction.body(form, "application/x-www-form-urlencoded; charset=UTF-8", List.of(), true))
                .isEqualTo("=x&a=b&refresh_token=[REDACTED]&flag");
    }

    @Test
    void personalFieldsAreMaskedOnlyWhenTheyHoldAValue() {
        byte[] json = "{\"cardHolderName\":null,\"city\":\"London\",\"address\":{\"city\":\"Leeds\"}}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(Redaction.body(json, "application/json"))
                .isEqualTo("{\"cardHolderName\":null,\"city\":\"[MASKED]\",\"address\":{\"city\":\"[MASKED]\"}}");
    }

    @Test
    void redactReturnsARedactedCopyAndLeavesTheOriginalAlone() throws Exception {
        com.fasterxml.jackson.databind.JsonNode original =
                Json.mapper().readTree("{\"pin\":\"1234\",\"cardToken\":\"" + CARD_TOKEN + "\",\"status\":\"OK\"}");

        assertThat(Redaction.redact(original).toString())
                .isEqualTo("{\"pin\":\"[REDACTED]\",\"cardToken\":\"****e3dd\",\"status\":\"OK\"}");
        assertThat(original.get("pin").asText()).isEqualTo("1234");
    }

    @Test
    void aBodyOfOnlyWhitespaceIsDescribedNotShown() {
        assertThat(Redaction.body("   ".getBytes(StandardCharsets.UTF_8), "application/json"))
                .isEqualTo("<3 bytes, not JSON>");
    }

    @Test
    void cardTokenFieldsAreMaskedWhateverTheTokensShapeAndNullsStayNull() {
        byte[] json = "{\"cardToken\":\"tok_123456\",\"replacesCard\":null,\"card_token\":7}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(Redaction.body(json, "application/json"))
                .isEqualTo("{\"cardToken\":\"****3456\",\"replacesCard\":null,\"card_token\":7}");
    }
}
