package io.github.wisecards.cards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wisecards.cards.internal.CardsReaders;
import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.cards.model.CardOrderRequirements;
import io.github.wisecards.cards.model.CardProgram;
import io.github.wisecards.cards.model.DeliveryDetails;
import io.github.wisecards.cards.model.EncryptingKey;
import io.github.wisecards.cards.model.PinPresetResult;
import io.github.wisecards.core.internal.Json;
import io.github.wisecards.core.internal.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** Reads JSON fixtures under {@code src/test/resources/fixtures} and compares JSON. */
public final class Fixtures {
    private Fixtures() {}

    /** Returns the text of {@code fixtures/<path>}. */
    public static String text(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the fixture parsed as a JSON tree. */
    public static JsonNode json(String path) {
        return parse(text(path));
    }

    /** Parses JSON text. */
    public static JsonNode parse(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Map<Class<?>, JsonReader.Reader<?>> READERS = Map.of(
            CardOrder.class, CardsReaders.CARD_ORDER,
            Address.class, CardsReaders.ADDRESS,
            CardProgram.class, CardsReaders.CARD_PROGRAM,
            DeliveryDetails.class, CardsReaders.DELIVERY_DETAILS,
            CardOrderRequirements.class, CardsReaders.REQUIREMENTS,
            EncryptingKey.class, CardsReaders.ENCRYPTING_KEY,
            PinPresetResult.class, CardsReaders.PIN_PRESET_RESULT);

    /** Reads a fixture (or part of one) as {@code type} with the SDK's own reader of that model. */
    @SuppressWarnings("unchecked")
    public static <T> T read(JsonNode node, Class<T> type) {
        JsonReader.Reader<T> reader = (JsonReader.Reader<T>) READERS.get(type);
        if (reader == null) {
            throw new IllegalArgumentException("no reader for " + type);
        }
        try {
            return JsonReader.read(node, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns a copy of {@code node} without its null-valued fields (the SDK leaves them out). */
    public static JsonNode withoutNulls(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) {
            List<String> nulls = new ArrayList<>();
            o.fieldNames().forEachRemaining(n -> {
                if (o.get(n).isNull()) {
                    nulls.add(n);
                }
            });
            nulls.forEach(o::remove);
        }
        node.forEach(Fixtures::strip);
    }

    /** Returns the request's body as a JSON tree. */
    public static JsonNode body(RecordedRequest request) {
        return parse(request.getBody().utf8());
    }

    /** Returns a JSON response with the fixture's body. */
    public static MockResponse ok(String fixture) {
        return jsonResponse(200, text(fixture));
    }

    /** Returns a JSON response. */
    public static MockResponse jsonResponse(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json")
                .addHeader("x-trace-id", "trace-" + code)
                .body(body)
                .build();
    }
}
