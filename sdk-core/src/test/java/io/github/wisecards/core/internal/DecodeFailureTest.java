package io.github.wisecards.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What an {@code InvalidResponseException} tells of a body that could not be decoded. */
class DecodeFailureTest {
    private static final String CARD_TOKEN = "4dc0be88-903f-49e4-8237-735f1139e3dd";

    private static JsonMappingException mappingFailure(JsonMappingException.Reference... path) {
        JsonMappingException e = new JsonMappingException(null, "Cannot read " + CARD_TOKEN);
        for (int i = path.length - 1; i >= 0; i--) {
            e.prependPath(path[i]);
        }
        return e;
    }

    private static JsonParseException parseFailure() {
        return catchThrowableOfType(
                JsonParseException.class, () -> Json.mapper().readTree("{\"a\":\n " + CARD_TOKEN + "}"));
    }

    @Test
    void theFieldPathOfTheSdksReaderIsItsJsonPointerEvenWhenWrapped() {
        MalformedJsonException m = new MalformedJsonException("expected a number", "/cardOrders/1/id");

        assertThat(DecodeFailure.fieldPath(m)).isEqualTo("/cardOrders/1/id");
        assertThat(DecodeFailure.fieldPath(new IllegalStateException("wrapped", m)))
                .isEqualTo("/cardOrders/1/id");
    }

    @Test
    void theFieldPathOfAJacksonFailureIsAnEscapedJsonPointer() {
        JsonMappingException e = mappingFailure(
                new JsonMappingException.Reference(null, "a/b~c"),
                new JsonMappingException.Reference(null, 0),
                new JsonMappingException.Reference(null, 12));

        assertThat(DecodeFailure.fieldPath(e)).isEqualTo("/a~1b~0c/0/12");
    }

    @Test
    void aReferenceWithNeitherNameNorIndexIsAnEmptySegment() {
        assertThat(DecodeFailure.fieldPath(mappingFailure(new JsonMappingException.Reference(null))))
                .isEqualTo("/");
    }

    @Test
    void aJacksonFailureWithoutAPathLooksFurtherDownTheCauses() {
        JsonMappingException noPath = new JsonMappingException(null, "no path");
        noPath.initCause(new MalformedJsonException("inner", "/inner"));

        assertThat(DecodeFailure.fieldPath(noPath)).isEqualTo("/inner");
        assertThat(DecodeFailure.fieldPath(new JsonMappingException(null, "no path")))
                .isNull();
        assertThat(DecodeFailure.fieldPath(new IOException("other"))).isNull();
    }

    @Test
    void theSummaryOfTheSdksOwnRefusalIsItsMessage() {
        assertThat(DecodeFailure.summary(new RejectedResponseException("CardOrder: unknown status")))
                .isEqualTo("CardOrder: unknown status");
        assertThat(DecodeFailure.summary(new MalformedJsonException("expected a number", "/id")))
                .isEqualTo("expected a number at /id");
    }

    @Test
    void theSummaryOfAModelBuildersRefusalIsItsMessageWhereverItIs() {
        IllegalStateException model = new IllegalStateException("CardOrder: missing required id");

        assertThat(DecodeFailure.summary(model)).isEqualTo("CardOrder: missing required id");
        assertThat(DecodeFailure.summary(new IOException("wrapper " + CARD_TOKEN, model)))
                .isEqualTo("CardOrder: missing required id");
    }

    @Test
    void theSummaryOfAParseFailureIsItsTypeAndPositionWithoutItsMessage() {
        assertThat(DecodeFailure.summary(parseFailure())).matches("JsonParseException at line 2, column [0-9]+");
    }

    @Test
    void theSummaryOfAnyOtherFailureIsItsTypeOnly() {
        assertThat(DecodeFailure.summary(new IOException(CARD_TOKEN))).isEqualTo("IOException");
        assertThat(DecodeFailure.summary(new IllegalStateException())).isEqualTo("IllegalStateException");
        assertThat(DecodeFailure.summary(mappingFailure())).isEqualTo("JsonMappingException");
    }

    @Test
    void theSdksOwnRefusalIsKeptAsTheCause() {
        RejectedResponseException rejected = new RejectedResponseException("CardOrder: unknown status");
        MalformedJsonException malformed = new MalformedJsonException("expected a number", "/id");
        IllegalStateException model = new IllegalStateException("CardOrder: missing required id");
        IOException wrapper = new IOException("wrapper", model);

        assertThat(DecodeFailure.safeCause(rejected)).isSameAs(rejected);
        assertThat(DecodeFailure.safeCause(malformed)).isSameAs(malformed);
        assertThat(DecodeFailure.safeCause(model)).isSameAs(model);
        assertThat(DecodeFailure.safeCause(wrapper)).isSameAs(wrapper);
    }

    @Test
    void anyOtherFailureIsReplacedByAStandInWithoutItsMessage() {
        JsonMappingException mapping = mappingFailure(new JsonMappingException.Reference(null, "cardToken"));
        IllegalStateException withCause = new IllegalStateException("model", new IllegalArgumentException(CARD_TOKEN));

        Throwable standIn = DecodeFailure.safeCause(mapping);

        assertThat(standIn)
                .isInstanceOf(DecodeFailure.RedactedCause.class)
                .hasMessage("com.fasterxml.jackson.databind.JsonMappingException: JsonMappingException at /cardToken");
        assertThat(standIn.getStackTrace()).isEqualTo(mapping.getStackTrace());
        assertThat(DecodeFailure.safeCause(new IllegalStateException()))
                .isInstanceOf(DecodeFailure.RedactedCause.class)
                .hasMessage("java.lang.IllegalStateException: IllegalStateException");
        assertThat(DecodeFailure.safeCause(withCause))
                .isInstanceOf(DecodeFailure.RedactedCause.class)
                .hasMessage("java.lang.IllegalStateException: model");
    }

    @Test
    void anExcerptUpToTheMaximumIsTheWholeRedactedBody() {
        String json = "{\"cardToken\":\"" + CARD_TOKEN + "\"}";

        assertThat(DecodeFailure.excerpt(json.getBytes(StandardCharsets.UTF_8), "application/json"))
                .isEqualTo("{\"cardToken\":\"****e3dd\"}");

        String exactly = "\"" + "x".repeat(DecodeFailure.MAX_EXCERPT - 2) + "\"";
        assertThat(DecodeFailure.excerpt(exactly.getBytes(StandardCharsets.UTF_8), "application/json"))
                .isEqualTo(exactly);
    }

    @Test
    void aLongerExcerptIsCutAndNamesTheBodysSize() {
        String body = "\"" + "x".repeat(DecodeFailure.MAX_EXCERPT - 1) + "\"";

        assertThat(DecodeFailure.excerpt(body.getBytes(StandardCharsets.UTF_8), "application/json"))
                .isEqualTo(body.substring(0, DecodeFailure.MAX_EXCERPT) + "... (" + body.length() + " bytes)");
    }
}
