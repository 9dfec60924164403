package io.github.wisecards.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReaderTest {
    /** A small model read the way the SDK's readers read theirs. */
    record Item(String name, Long count, BigDecimal amount, Instant at, List<Item> children) {}

    static final JsonReader.Reader<Item> ITEM = in -> {
        String name = null;
        Long count = null;
        BigDecimal amount = null;
        Instant at = null;
        List<Item> children = List.of();
        for (String f; (f = in.nextField()) != null; ) {
            switch (f) {
                case "name" -> name = in.string();
                case "count" -> count = in.longValue();
                case "amount" -> amount = in.decimal();
                case "at" -> at = in.instant();
                case "children" -> children = in.list(JsonReaderTest.ITEM);
                default -> in.skipValue();
            }
        }
        if (name == null) {
            throw new IllegalStateException("Item: missing required name");
        }
        return new Item(name, count, amount, at, children);
    };

    static Item read(String json) throws IOException {
        return JsonReader.read(json.getBytes(StandardCharsets.UTF_8), ITEM);
    }

    @Test
    void unknownFieldsOfEveryShapeAreSkipped() throws IOException {
        Item item =
                read("{\"x\":{\"a\":[1,{\"b\":[]}]},\"name\":\"n\",\"y\":[[],{}],\"z\":null,\"count\":3,\"w\":true}");

        assertThat(item).isEqualTo(new Item("n", 3L, null, null, List.of()));
    }

    @Test
    void jsonNullReadsAsAbsent() throws IOException {
        assertThat(read("{\"name\":\"n\",\"count\":null,\"amount\":null,\"at\":null,\"children\":null}"))
                .isEqualTo(new Item("n", null, null, null, List.of()));
    }

    @Test
    void valuesAreKeptExactlyAsSent() throws IOException {
        Item item = read("{\"name\":\"n\",\"amount\":100.10,\"at\":\"2023-07-31T01:43:24.596321434Z\"}");

        assertThat(item.amount()).isEqualByComparingTo("100.10");
        assertThat(item.amount().scale()).isEqualTo(2);
        assertThat(item.at().getNano()).isEqualTo(596_321_434);
    }

    @Test
    void coercionsAreThoseJacksonDatabindApplied() throws IOException {
        Item item = read("{\"name\":12,\"count\":\"40\",\"amount\":\"1.5\",\"at\":1700000000000}");

        assertThat(item.name()).isEqualTo("12");
        assertThat(item.count()).isEqualTo(40L);
        assertThat(item.amount()).isEqualByComparingTo("1.5");
        assertThat(item.at()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
        assertThat(read("{\"name\":\"n\",\"count\":12.0}").count()).isEqualTo(12L);
        assertThat(read("{\"name\":\"n\",\"at\":\"2024-01-01T12:00:00+0100\"}").at())
                .isEqualTo(Instant.parse("2024-01-01T11:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2023-07-31T01:43:24Z",
                "2023-07-31T01:43:24.5Z",
                "2023-07-31T01:43:24.596321434Z",
                "2024-02-29T23:59:59.999Z",
                "1969-12-31T23:59:59.000000001Z",
                "2023-07-31T01:43:24.0Z",
                "2023-07-31T00:00:00.000000000Z",
                "0001-01-01T00:00:00Z",
                "0000-01-01T00:00:00Z"
            })
    void fastUtcPathReadsExactlyWhatTheFormatterReads(String text) {
        assertThat(InstantText.utcInstant(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2023-02-30T01:43:24Z",
                "2023-07-31T24:00:00Z",
                "2023-07-31T01:43:24.Z",
                "2023-07-31T01:43:24.1234567890Z",
                "2023-07-31 01:43:24Z",
                "2023-07-31T01:43:24+01:00",
                "2016-12-31T23:59:60Z",
                "20a3-07-31T01:43:24Z",
                "2023-07-31T0a:43:24Z",
                "2023-07-31T01:4a:24Z",
                "2023-07-31T01:43:2aZ"
            })
    void fastUtcPathLeavesEveryOtherFormToTheFormatter(String text) {
        assertThat(InstantText.utcInstant(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-01T12:30:00+01:00", "2024-01-01T12:30:00+0100", "2024-01-01T10:00:00-0130"})
    void anOffsetWithOrWithoutAColonIsRead(String text) {
        assertThat(InstantText.parse(text)).isEqualTo(Instant.parse("2024-01-01T11:30:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-01T12:30:00+01", "2024-01-01T12:30:00+1:00", "+0100", "tomorrow"})
    void textThatIsNoInstantWithAnOffsetIsRefused(String text) {
        assertThat(InstantText.parse(text)).isNull();
    }

    @Test
    void mistypedValueNamesItsJsonPointerWithoutQuotingIt() {
        assertThatThrownBy(() ->
                        read("{\"name\":\"n\",\"children\":[{\"name\":\"a\"},{\"name\":\"b\",\"at\":\"secret-xyz\"}]}"))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessage("expected an ISO-8601 instant but found text at /children/1/at")
                .satisfies(e ->
                        assertThat(((MalformedJsonException) e).fieldPath()).isEqualTo("/children/1/at"));
        assertThatThrownBy(() -> read("{\"name\":{}}"))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessage("expected text but found an object at /name");
    }

    @Test
    void aFractionWhereAWholeNumberIsExpectedIsRefusedNotTruncated() {
        assertThatThrownBy(() -> read("{\"name\":\"n\",\"count\":12.5}"))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessageContaining("/count");
    }

    @Test
    void missingRequiredFieldKeepsTheModelMessageAndTheObjectsPointer() {
        assertThatThrownBy(() -> read("{\"name\":\"n\",\"children\":[{\"name\":\"a\"},{\"count\":1}]}"))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessage("Item: missing required name at /children/1")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void nullListEntryIsMalformedNotANullPointer() {
        assertThatThrownBy(() -> read("{\"name\":\"n\",\"children\":[null]}"))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessage("JSON null in a list where an object was expected at /children/0");
    }

    @Test
    void oversizedDecimalIsRefused() {
        assertThatThrownBy(() -> read("{\"name\":\"n\",\"amount\":1e999999999}"))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessageContaining("decimal out of bounds");
        assertThatThrownBy(() -> read("{\"name\":\"n\",\"amount\":\"" + "9".repeat(200) + "\"}"))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessageContaining("/amount");
    }

    @Test
    void bodyThatIsNotOneObjectIsRefused() {
        assertThatThrownBy(() -> read("")).hasMessageContaining("empty body");
        assertThatThrownBy(() -> read("null")).hasMessageContaining("JSON null");
        assertThatThrownBy(() -> read("[{\"name\":\"n\"}]")).hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> read("{\"name\":\"n\"} {}")).hasMessageContaining("after the JSON object");
    }

    @Test
    void readsATreeWithTheSameRules() throws IOException {
        Item item = JsonReader.read(Json.mapper().readTree("{\"name\":\"n\",\"extra\":[1],\"count\":2}"), ITEM);

        assertThat(item).isEqualTo(new Item("n", 2L, null, null, List.of()));
    }

    /** A model using the reader's other typed methods. */
    record Wide(
            Integer small, String scalar, boolean scalarWasObject, boolean nullableWasNull, Item child, String kind) {}

    static final JsonReader.Reader<Wide> WIDE = in -> {
        Integer small = null;
        String scalar = null;
        boolean scalarWasObject = false;
        boolean nullableWasNull = false;
        Item child = null;
        String kind = null;
        for (String f; (f = in.nextField()) != null; ) {
            switch (f) {
                case "small" -> small = in.intValue();
                case "scalar" -> {
                    scalarWasObject = in.isObject();
                    scalar = in.scalarText();
                }
                case "nullable" -> {
                    nullableWasNull = in.isNull();
                    in.skipValue();
                }
                case "child" -> child = in.object(ITEM);
                case "kind" -> kind = in.openEnum(raw -> "kind:" + raw);
                case "checked" -> {
                    if (in.longValue() < 0) {
                        throw in.refuse("checked must not be negative");
                    }
                }
                default -> in.skipValue();
            }
        }
        return new Wide(small, scalar, scalarWasObject, nullableWasNull, child, kind);
    };

    static Wide wide(String json) throws IOException {
        return JsonReader.read(json.getBytes(StandardCharsets.UTF_8), WIDE);
    }

    @Test
    void intValueReadsEveryIntAndRefusesWhatIsBeyond() throws IOException {
        assertThat(wide("{\"small\":2147483647}").small()).isEqualTo(Integer.MAX_VALUE);
        assertThat(wide("{\"small\":-2147483648}").small()).isEqualTo(Integer.MIN_VALUE);
        assertThat(wide("{\"small\":\"12\"}").small()).isEqualTo(12);
        assertThat(wide("{\"small\":null}").small()).isNull();
        for (String beyond : List.of("2147483648", "-2147483649")) {
            assertThatThrownBy(() -> wide("{\"small\":" + beyond + "}"))
                    .isInstanceOf(MalformedJsonException.class)
                    .hasMessage("expected a whole number within 32 bits but found a number at /small");
        }
    }

    @Test
    void scalarTextKeepsAScalarAsWrittenAndSkipsAnObjectOrArray() throws IOException {
        assertThat(wide("{\"scalar\":123}").scalar()).isEqualTo("123");
        assertThat(wide("{\"scalar\":\"123\"}").scalar()).isEqualTo("123");
        assertThat(wide("{\"scalar\":true}").scalar()).isEqualTo("true");
        assertThat(wide("{\"scalar\":null}").scalar()).isNull();

        Wide object = wide("{\"scalar\":{\"a\":{\"b\":1}},\"small\":3}");
        assertThat(object.scalar()).isNull();
        assertThat(object.scalarWasObject()).isTrue();
        assertThat(object.small()).isEqualTo(3); // the object was skipped whole

        Wide array = wide("{\"scalar\":[1,[2]],\"small\":4}");
        assertThat(array.scalar()).isNull();
        assertThat(array.scalarWasObject()).isFalse();
        assertThat(array.small()).isEqualTo(4);
    }

    @Test
    void isNullTellsJsonNullFromOtherValues() throws IOException {
        assertThat(wide("{\"nullable\":null}").nullableWasNull()).isTrue();
        assertThat(wide("{\"nullable\":\"null\"}").nullableWasNull()).isFalse();
        assertThat(wide("{\"nullable\":{}}").nullableWasNull()).isFalse();
    }

    @Test
    void objectReadsANestedObjectOrNullAndRefusesAnythingElse() throws IOException {
        assertThat(wide("{\"child\":{\"name\":\"c\",\"count\":1}}").child())
                .isEqualTo(new Item("c", 1L, null, null, List.of()));
        assertThat(wide("{\"child\":null}").child()).isNull();
        assertThatThrownBy(() -> wide("{\"child\":\"c\"}"))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessage("expected an object but found text at /child");
    }

    @Test
    void openEnumPassesTheRawTextOnAndKeepsNullAbsent() throws IOException {
        assertThat(wide("{\"kind\":\"NEW_KIND\"}").kind()).isEqualTo("kind:NEW_KIND");
        assertThat(wide("{\"kind\":null}").kind()).isNull();
    }

    @Test
    void aReadersOwnRefusalNamesTheFieldsPointer() throws IOException {
        assertThat(wide("{\"checked\":0}").small()).isNull();
        assertThatThrownBy(() -> wide("{\"checked\":-1}"))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessage("checked must not be negative at /checked")
                .satisfies(e ->
                        assertThat(((MalformedJsonException) e).fieldPath()).isEqualTo("/checked"));
    }

    @Test
    void readIfObjectReadsAnObjectAndGivesNullForAnEmptyBodyOrAnotherValue() throws IOException {
        assertThat(JsonReader.readIfObject("{\"name\":\"n\"}".getBytes(StandardCharsets.UTF_8), ITEM))
                .isEqualTo(new Item("n", null, null, null, List.of()));
        for (String other : List.of("", "[{\"name\":\"n\"}]", "\"n\"", "null")) {
            assertThat(JsonReader.readIfObject(other.getBytes(StandardCharsets.UTF_8), ITEM))
                    .as(other)
                    .isNull();
        }
        assertThatThrownBy(() -> JsonReader.readIfObject("{\"count\":1}".getBytes(StandardCharsets.UTF_8), ITEM))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessage("Item: missing required name");
    }

    @Test
    void epochSecondsWithAFractionKeepEveryNanosecond() throws IOException {
        assertThat(read("{\"name\":\"n\",\"at\":1700000000.123456789}").at())
                .isEqualTo(Instant.ofEpochSecond(1_700_000_000L, 123_456_789));
        assertThat(read("{\"name\":\"n\",\"at\":-1.5}").at()).isEqualTo(Instant.ofEpochSecond(-2, 500_000_000));
        assertThatThrownBy(() -> read("{\"name\":\"n\",\"at\":1e30}"))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessage("expected an instant within range but found a number at /at");
    }

    @Test
    void anInstantOfAnotherTypeIsRefused() {
        assertThatThrownBy(() -> read("{\"name\":\"n\",\"at\":true}"))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessage("expected an ISO-8601 instant but found a boolean at /at");
    }

    @Test
    void aListThatIsNotAnArrayOfObjectsIsRefused() {
        assertThatThrownBy(() -> read("{\"name\":\"n\",\"children\":{}}"))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessage("expected an array but found an object at /children");
        assertThatThrownBy(() -> read("{\"name\":\"n\",\"children\":[1]}"))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessage("expected an object but found a number at /children/0");
    }

    @Test
    void aWholeNumberBeyond64BitsIsRefusedNamingTheRule() {
        for (String beyond : List.of("9223372036854775808", "-9223372036854775809", "\"9223372036854775808\"")) {
            assertThatThrownBy(() -> read("{\"name\":\"n\",\"count\":" + beyond + "}"))
                    .isInstanceOf(MalformedJsonException.class)
                    .hasMessageStartingWith("expected a whole number within 64 bits but found ")
                    .hasMessageEndingWith(" at /count");
        }
    }

    @Test
    void numericTextIsTrimmedAndOtherTextIsNotANumber() throws IOException {
        assertThat(read("{\"name\":\"n\",\"count\":\" 7 \"}").count()).isEqualTo(7L);
        for (String text : List.of("\"\"", "\"seven\"")) {
            assertThatThrownBy(() -> read("{\"name\":\"n\",\"count\":" + text + "}"))
                    .isInstanceOf(MalformedJsonException.class)
                    .hasMessage("expected a number but found text at /count");
        }
        assertThatThrownBy(() -> read("{\"name\":\"n\",\"count\":true}"))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessage("expected a whole number but found a boolean at /count");
        assertThatThrownBy(() -> read("{\"name\":\"n\",\"amount\":[]}"))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessage("expected a number but found an array at /amount");
    }

    @Test
    void decimalsAreBoundedTo100DigitsAndAScaleOf100EitherWay() throws IOException {
        String hundredDigits = "9".repeat(100);
        assertThat(read("{\"name\":\"n\",\"amount\":" + hundredDigits + "}").amount())
                .isEqualByComparingTo(hundredDigits);
        assertThat(read("{\"name\":\"n\",\"amount\":\"" + hundredDigits + "\"}").amount())
                .isEqualByComparingTo(hundredDigits);
        assertThat(read("{\"name\":\"n\",\"amount\":1e-100}").amount().scale()).isEqualTo(100);
        assertThat(read("{\"name\":\"n\",\"amount\":1e100}").amount().scale()).isEqualTo(-100);
        for (String beyond : List.of("9" + hundredDigits, "1e-101", "1e101", "\"1e101\"", "\"1e-101\"")) {
            assertThatThrownBy(() -> read("{\"name\":\"n\",\"amount\":" + beyond + "}"))
                    .as(beyond)
                    .isInstanceOf(MalformedJsonException.class)
                    .hasMessage("decimal out of bounds: more than 100 digits or a scale beyond 100 at /amount");
        }
    }

    @Test
    void numericTextLongerThan116CharactersIsRefusedBeforeParsing() {
        // 116 characters are parsed (and refused for their 116 digits); 117 are not even parsed
        assertThatThrownBy(() -> read("{\"name\":\"n\",\"amount\":\"" + "9".repeat(116) + "\"}"))
                .hasMessageStartingWith("decimal out of bounds");
        assertThatThrownBy(() -> read("{\"name\":\"n\",\"amount\":\"" + "9".repeat(117) + "\"}"))
                .hasMessage("expected a number but found text at /amount");
    }

    @Test
    void aMistypedValueNamesTheJsonTypeFoundNeverTheValue() {
        assertThat(MalformedJsonException.mistyped("a number", null, null))
                .hasMessage("expected a number but found the end of the body");
        assertThat(MalformedJsonException.mistyped("a number", com.fasterxml.jackson.core.JsonToken.VALUE_NULL, "/a"))
                .hasMessage("expected a number but found another JSON value at /a");
        assertThat(MalformedJsonException.mistyped("text", com.fasterxml.jackson.core.JsonToken.VALUE_FALSE, "/b"))
                .hasMessage("expected text but found a boolean at /b");
        assertThat(MalformedJsonException.mistyped(
                        "text", com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_FLOAT, "/c"))
                .hasMessage("expected text but found a number at /c");
        assertThat(MalformedJsonException.mistyped("text", com.fasterxml.jackson.core.JsonToken.START_ARRAY, "/d"))
                .hasMessage("expected text but found an array at /d");
    }
}
