package io.github.wisecards.cards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wisecards.core.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

    /** Reads a fixture (or part of one) as {@code type} with the SDK's mapper. */
    public static <T> T read(JsonNode node, Class<T> type) {
        try {
            return Json.mapper().treeToValue(node, type);
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
