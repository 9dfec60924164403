package io.github.wisecards.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The SDK's one way of reading JSON responses: a thin cursor over a streaming {@link JsonParser}
 * that model readers use to map a body straight into the public, annotation-free models, with no
 * tree and no reflection.
 *
 * <p>A model reader is a {@link Reader}: it loops over {@link #nextField()}, reads the fields it
 * knows with the typed methods below and {@link #skipValue() skips} every other field, so unknown
 * fields never fail a read. Every typed method accepts JSON {@code null} as "absent" (returns
 * null), and refuses a value of the wrong JSON type with a {@link MalformedJsonException} naming
 * the JSON pointer of the field, never the value. Coercions are those Jackson's databind applied
 * before (a number where text is expected gives its text; a numeric string where a number is
 * expected gives its number), so the readers are never stricter than the annotations they replaced.
 *
 * <p>Not thread-safe: one instance reads one body.
 */
public final class JsonReader {
    /**
     * Reads one JSON value into a {@code T}.
     *
     * @param <T> the result type
     */
    @FunctionalInterface
    public interface Reader<T> {
        /**
         * Reads the value the reader is positioned on (after {@link JsonReader#nextField()} or
         * inside an array); for an object reader, the current token is {@code START_OBJECT}.
         *
         * @param in the reader
         * @return the value, never null
         * @throws IOException if the value is malformed
         */
        T read(JsonReader in) throws IOException;
    }

    private final JsonParser p;

    private JsonReader(JsonParser p) {
        this.p = p;
    }

    /**
     * Reads a whole body with {@code reader}.
     *
     * @param body the body bytes (UTF-8 JSON)
     * @param reader reads the top-level value, which must be a JSON object
     * @param <T> the result type
     * @return the value, never null
     * @throws IOException if the body is empty, not JSON, not an object, or refused by the reader
     */
    public static <T> T read(byte[] body, Reader<T> reader) throws IOException {
        if (body.length == 0) {
            throw new MalformedJsonException("empty body where JSON was expected", null);
        }
        try (JsonParser parser = Json.mapper().getFactory().createParser(body)) {
            return readRoot(parser, reader);
        }
    }

    /**
     * Reads a body that may hold an object, for answers whose body is undocumented or optional.
     *
     * @param body the body bytes, possibly empty
     * @param reader reads the top-level object
     * @param <T> the result type
     * @return the value; null when the body is empty or its JSON value is not an object
     * @throws IOException if the body is not JSON, or the reader refuses the object
     */
    public static <T> T readIfObject(byte[] body, Reader<T> reader) throws IOException {
        if (body.length == 0) {
            return null;
        }
        try (JsonParser parser = Json.mapper().getFactory().createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                return null;
            }
            JsonReader in = new JsonReader(parser);
            return in.call(reader);
        }
    }

    /**
     * Reads a JSON tree with {@code reader} (for callers that already hold a tree, such as the
     * test kit); the same rules as {@link #read(byte[], Reader)}.
     *
     * @param node the tree
     * @param reader reads the value, which must be a JSON object
     * @param <T> the result type
     * @return the value, never null
     * @throws IOException if the tree is not an object or is refused by the reader
     */
    public static <T> T read(JsonNode node, Reader<T> reader) throws IOException {
        try (JsonParser parser = node.traverse(Json.mapper())) {
            return readRoot(parser, reader);
        }
    }

    private static <T> T readRoot(JsonParser parser, Reader<T> reader) throws IOException {
        JsonReader in = new JsonReader(parser);
        JsonToken first = parser.nextToken();
        if (first == JsonToken.VALUE_NULL) {
            throw new MalformedJsonException("JSON null where an object was expected", null);
        }
        if (first != JsonToken.START_OBJECT) {
            throw new MalformedJsonException("expected a JSON object", null);
        }
        T value = in.call(reader);
        if (parser.nextToken() != null) {
            throw new MalformedJsonException("unexpected content after the JSON object", null);
        }
        return value;
    }

    /**
     * Moves to the next field of the current object and onto its value.
     *
     * @return the field's name, or null at the end of the object
     * @throws IOException if the JSON is malformed
     */
    public String nextField() throws IOException {
        if (p.nextToken() != JsonToken.FIELD_NAME) {
            return null; // END_OBJECT: the parser refuses anything else itself
        }
        String name = p.currentName();
        p.nextToken();
        return name;
    }

    /** Skips the current value, whatever its type (an unknown field). */
    public void skipValue() throws IOException {
        p.skipChildren();
    }

    /** Returns whether the current value is JSON {@code null}. */
    public boolean isNull() {
        return p.currentToken() == JsonToken.VALUE_NULL;
    }

    /**
     * Reads the current value as text: a string, or a number or boolean as written.
     *
     * @return the text, or null for JSON null
     * @throws MalformedJsonException for an object or array
     */
    public String string() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING || t.isScalarValue() && t != JsonToken.VALUE_NULL) {
            return p.getText();
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        throw mistyped("text");
    }

    /**
     * Reads the current value leniently as text, for payloads whose shapes vary (webhooks): a
     * scalar's text exactly as written ({@code 123} and {@code "123"} both give {@code 123}); null
     * for JSON null or for an object or array, which is skipped.
     *
     * @return the text, or null
     * @throws IOException if the JSON is malformed
     */
    public String scalarText() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            p.skipChildren();
            return null;
        }
        return t == JsonToken.VALUE_NULL ? null : p.getText();
    }

    /** Returns whether the current value is a JSON object, to read with {@link #nextField()}. */
    public boolean isObject() {
        return p.currentToken() == JsonToken.START_OBJECT;
    }

    /**
     * Reads the current value as a whole number within a {@code long}: a JSON integer, a number
     * with no fraction ({@code 12.0}) or a string holding one.
     *
     * @return the number, or null for JSON null
     * @throws MalformedJsonException for anything else
     */
    public Long longValue() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        BigDecimal d;
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return p.getLongValue();
        } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            d = boundedDecimal();
        } else if (t == JsonToken.VALUE_STRING) {
            d = parseDecimal(p.getText().trim());
        } else {
            throw mistyped("a whole number");
        }
        try {
            return d.longValueExact();
        } catch (ArithmeticException e) {
            throw mistyped("a whole number within 64 bits");
        }
    }

    /**
     * Reads the current value as an {@code int}, with the rules of {@link #longValue()}.
     *
     * @return the number, or null for JSON null
     * @throws MalformedJsonException for anything else or a number beyond an {@code int}
     */
    public Integer intValue() throws IOException {
        Long v = longValue();
        if (v == null) {
            return null;
        }
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw mistyped("a whole number within 32 bits");
        }
        return v.intValue();
    }

    /**
     * Reads the current value as a decimal, exactly as written: a JSON number or a string holding
     * one, bounded to {@link Json#MAX_DECIMAL_DIGITS} digits and a scale within {@link
     * Json#MAX_DECIMAL_SCALE} (a short {@code 1e999999999} would exhaust memory when printed).
     *
     * @return the decimal, or null for JSON null
     * @throws MalformedJsonException for anything else or a decimal out of bounds
     */
    public BigDecimal decimal() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return boundedDecimal();
        }
        if (t == JsonToken.VALUE_STRING) {
            return parseDecimal(p.getText().trim());
        }
        throw mistyped("a number");
    }

    /**
     * Reads the current value as an instant with every nanosecond kept: ISO-8601 text with an
     * offset ({@code Z}, {@code +01:00} or {@code +0100}), a whole number of epoch milliseconds, or
     * a number of epoch seconds with a fraction (the forms Jackson's databind read).
     *
     * @return the instant, or null for JSON null
     * @throws MalformedJsonException for anything else
     */
    public Instant instant() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_STRING) {
            Instant parsed = InstantText.parse(p.getText().trim());
            if (parsed == null) {
                throw mistyped("an ISO-8601 instant");
            }
            return parsed;
        }
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return Instant.ofEpochMilli(longValue());
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) { // epoch seconds with a fraction, as Jackson read them
            BigDecimal seconds = boundedDecimal();
            BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
            try {
                return Instant.ofEpochSecond(
                        whole.longValueExact(),
                        seconds.subtract(whole).movePointRight(9).intValue());
            } catch (ArithmeticException | DateTimeException e) {
                throw mistyped("an instant within range");
            }
        }
        throw mistyped("an ISO-8601 instant");
    }

    /**
     * Reads the current value as an open enum: its text passed to {@code of}, so a value this SDK
     * version does not know keeps its raw string.
     *
     * @param of the open enum's factory
     * @param <E> the open enum type
     * @return the value, or null for JSON null
     * @throws MalformedJsonException for an object or array
     */
    public <E> E openEnum(Function<String, E> of) throws IOException {
        String raw = string();
        return raw == null ? null : of.apply(raw);
    }

    /**
     * Reads the current value as an object with {@code reader}.
     *
     * @param reader the object's reader
     * @param <T> the result type
     * @return the value, or null for JSON null
     * @throws IOException if the value is not an object or the reader refuses it
     */
    public <T> T object(Reader<T> reader) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_OBJECT) {
            throw mistyped("an object");
        }
        return call(reader);
    }

    /**
     * Reads the current value as an array of objects, each with {@code reader}.
     *
     * @param reader the elements' reader
     * @param <T> the element type
     * @return an unmodifiable list; empty for JSON null
     * @throws IOException if the value is not an array, an element is null or not an object, or
     *     the reader refuses an element
     */
    public <T> List<T> list(Reader<T> reader) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (t != JsonToken.START_ARRAY) {
            throw mistyped("an array");
        }
        List<T> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                throw new MalformedJsonException("JSON null in a list where an object was expected", pointer());
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw mistyped("an object");
            }
            out.add(call(reader));
        }
        return List.copyOf(out);
    }

    /**
     * Returns an exception for a required field or a rule a reader checks itself, naming the JSON
     * pointer of the current position.
     *
     * @param reason the SDK's own words, quoting nothing from the body
     * @return the exception, to throw
     */
    public MalformedJsonException refuse(String reason) {
        return new MalformedJsonException(reason, pointer());
    }

    /**
     * Runs an object reader; a model's {@code IllegalStateException} (a missing required field)
     * becomes a {@link MalformedJsonException} at the object's position.
     */
    private <T> T call(Reader<T> reader) throws IOException {
        try {
            return reader.read(this);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // the SDK's builders name fields, never values; keep the position for fieldPath
            throw new MalformedJsonException(e.getMessage(), pointer(), e);
        }
    }

    private BigDecimal boundedDecimal() throws IOException {
        return bounded(p.getDecimalValue());
    }

    private BigDecimal parseDecimal(String text) throws IOException {
        // a long digit string costs quadratic time to parse: bound it before parsing
        if (text.isEmpty() || text.length() > Json.MAX_DECIMAL_DIGITS + 16) {
            throw mistyped("a number");
        }
        try {
            return bounded(new BigDecimal(text));
        } catch (NumberFormatException e) {
            throw mistyped("a number");
        }
    }

    private BigDecimal bounded(BigDecimal value) throws MalformedJsonException {
        if (value.precision() > Json.MAX_DECIMAL_DIGITS || Math.abs((long) value.scale()) > Json.MAX_DECIMAL_SCALE) {
            throw new MalformedJsonException(
                    "decimal out of bounds: more than " + Json.MAX_DECIMAL_DIGITS + " digits or a scale beyond "
                            + Json.MAX_DECIMAL_SCALE,
                    pointer());
        }
        return value;
    }

    private MalformedJsonException mistyped(String expected) {
        return MalformedJsonException.mistyped(expected, p.currentToken(), pointer());
    }

    /** The JSON pointer of the current value, such as {@code /cardOrders/1/creationTime}. */
    private String pointer() {
        JsonPointer pointer = p.getParsingContext().pathAsPointer();
        String s = pointer.toString();
        return s.isEmpty() ? null : s;
    }
}
