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
                "0001-01-01T00:00:00Z"
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
                "2016-12-31T23:59:60Z"
            })
    void fastUtcPathLeavesEveryOtherFormToTheFormatter(String text) {
        assertThat(InstantText.utcInstant(text)).isNull();
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
}
