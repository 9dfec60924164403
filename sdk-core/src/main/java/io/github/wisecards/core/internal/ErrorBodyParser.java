package io.github.wisecards.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wisecards.core.errors.ApiError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every error body shape Wise sends: the array form ({@code errors[]} with code, message,
 * path or field, arguments), the OAuth key/value form ({@code error}, {@code error_description}),
 * the Spring form ({@code status}, {@code error}, {@code message}), and anything else (HTML, empty
 * body), which yields no errors. Never throws.
 */
public final class ErrorBodyParser {
    private ErrorBodyParser() {}

    /** Returns the errors in {@code body}; empty when it has none or is not JSON. */
    public static List<ApiError> parse(byte[] body) {
        if (body == null || body.length == 0) {
            return List.of();
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(body);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        if (root == null || !root.isObject()) {
            return List.of();
        }
        List<ApiError> errors = new ArrayList<>();
        JsonNode array = root.get("errors");
        if (array != null && array.isArray()) {
            for (JsonNode e : array) {
                if (e.isObject()) {
                    String path = text(e, "path");
                    errors.add(ApiError.of(
                            text(e, "code"), text(e, "message"), path != null ? path : text(e, "field"), args(e)));
                } else if (e.isTextual()) {
                    errors.add(ApiError.of(null, e.asText(), null, null));
                }
            }
            return errors;
        }
        String error = text(root, "error");
        String description = text(root, "error_description");
        if (description != null) {
            return List.of(ApiError.of(error, description, null, null));
        }
        String message = text(root, "message");
        if (error != null || message != null) {
            return List.of(ApiError.of(error, message, text(root, "path"), null));
        }
        return List.of();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    private static List<String> args(JsonNode e) {
        JsonNode a = e.get("arguments");
        if (a == null || !a.isArray()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode x : a) {
            out.add(x.isValueNode() ? x.asText() : x.toString());
        }
        return out;
    }
}
