package io.github.wisecards.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** JSON helpers of the simulator: a private mapper over Jackson trees. */
final class SimJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private SimJson() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ObjectNode errorEntry(String code, String message, String path) {
        ObjectNode e = object();
        e.put("code", code);
        e.put("message", message);
        if (path == null) {
            e.putNull("path");
        } else {
            e.put("path", path);
        }
        e.putArray("arguments");
        return e;
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize a JSON tree", e);
        }
    }

    /** Parses a request body; an empty or malformed body answers 400. */
    static JsonNode parseBody(byte[] body) {
        if (body.length == 0) {
            throw SimError.of(SimResponse.error(400, "error.body.missing", "A JSON request body is required", null));
        }
        try {
            JsonNode n = MAPPER.readTree(body);
            if (n == null || !n.isObject()) {
                throw SimError.of(
                        SimResponse.error(400, "error.body.invalid", "The request body must be a JSON object", null));
            }
            return n;
        } catch (IOException e) {
            throw SimError.of(SimResponse.error(400, "error.body.invalid", "The request body is not valid JSON", null));
        }
    }

    /** Returns the text of a field, or null when absent, JSON null or not textual. */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }
}
