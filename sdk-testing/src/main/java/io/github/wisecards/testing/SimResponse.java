package io.github.wisecards.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An answer of the simulator before it becomes a MockWebServer response. */
record SimResponse(int status, JsonNode body, Map<String, String> headers) {

    static SimResponse json(int status, JsonNode body) {
        return new SimResponse(status, body, Map.of());
    }

    static SimResponse empty(int status) {
        return new SimResponse(status, null, Map.of());
    }

    /** An error in Wise's array shape with one entry. */
    static SimResponse error(int status, String code, String message, String path) {
        return errors(status, List.of(SimJson.errorEntry(code, message, path)));
    }

    /** An error in Wise's array shape. */
    static SimResponse errors(int status, List<ObjectNode> entries) {
        ObjectNode body = SimJson.object();
        ArrayNode array = body.putArray("errors");
        entries.forEach(array::add);
        return json(status, body);
    }

    /** An error in the OAuth key/value shape. */
    static SimResponse oauthError(int status, String error, String description) {
        ObjectNode body = SimJson.object();
        body.put("error", error);
        body.put("error_description", description);
        return json(status, body);
    }

    /**
     * An error in the Spring shape Wise's gateway uses for a token without the rights to a
     * resource: {@code {"timestamp","status","error","message"}}.
     */
    static SimResponse springError(int status, String error, String message, java.time.Instant timestamp) {
        ObjectNode body = SimJson.object();
        body.put("timestamp", timestamp.toString());
        body.put("status", status);
        body.put("error", error);
        body.put("message", message);
        return json(status, body);
    }

    SimResponse withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new SimResponse(status, body, Map.copyOf(h));
    }
}
