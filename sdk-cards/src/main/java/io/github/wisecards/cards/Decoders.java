package io.github.wisecards.cards;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.wisecards.cards.model.AddressValidationResult;
import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.cards.model.CardProgram;
import io.github.wisecards.cards.model.EncryptingKey;
import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.internal.Json;
import io.github.wisecards.core.internal.ResponseContext;
import io.github.wisecards.core.internal.ResponseDecoder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Decoders of the card order answers that wrap their result in an object. */
final class Decoders {
    private static final TypeReference<List<CardOrder>> ORDERS = new TypeReference<>() {};
    private static final TypeReference<List<CardProgram>> PROGRAMS = new TypeReference<>() {};

    /** One page of card orders as the server sends it, before the page position is added. */
    record OrdersPage(List<CardOrder> items, long totalCount) {}

    /** The encrypting key with its parsed RSA public key. */
    static final ResponseDecoder<EncryptionKeys.Material> KEY = response -> {
        EncryptingKey key = Json.mapper().readValue(nonEmpty(response), EncryptingKey.class);
        return EncryptionKeys.Material.parse(key);
    };

    /** {@code {"totalCount": n, "cardOrders": [..]}}; a missing count is the number of items. */
    static final ResponseDecoder<OrdersPage> ORDERS_PAGE = response -> {
        JsonNode root = tree(response);
        List<CardOrder> items = list(root.path("cardOrders"), ORDERS);
        JsonNode total = root.path("totalCount");
        return new OrdersPage(items, total.canConvertToLong() ? total.asLong() : items.size());
    };

    /** {@code {"cardPrograms": [..]}}. */
    static final ResponseDecoder<List<CardProgram>> PROGRAM_LIST =
            response -> list(tree(response).path("cardPrograms"), PROGRAMS);

    /** {@code {"errors": [{"field": .., "message": ..}]}}; an empty or missing list means valid. */
    static final ResponseDecoder<AddressValidationResult> ADDRESS_VALIDATION = response -> {
        JsonNode errors = tree(response).path("errors");
        List<FieldViolation> out = new ArrayList<>();
        for (JsonNode e : errors) {
            String field = text(e, "field", "path");
            String message = text(e, "message", "code");
            out.add(FieldViolation.of(field, message));
        }
        return AddressValidationResult.of(out);
    };

    private Decoders() {}

    private static byte[] nonEmpty(ResponseContext response) throws IOException {
        if (response.body().length == 0) {
            throw new IOException("empty body where JSON was expected");
        }
        return response.body();
    }

    private static JsonNode tree(ResponseContext response) throws IOException {
        JsonNode root = Json.mapper().readTree(nonEmpty(response));
        if (root == null || !root.isObject()) {
            throw new IOException("expected a JSON object");
        }
        return root;
    }

    private static <T> List<T> list(JsonNode node, TypeReference<List<T>> type) throws IOException {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        List<T> items = Json.mapper().readerFor(type).readValue(node);
        if (items == null) {
            return List.of();
        }
        if (items.contains(null)) {
            // List.copyOf would throw a NullPointerException; a null entry is a malformed answer
            throw new IOException("JSON null in a list where an object was expected");
        }
        return List.copyOf(items);
    }

    private static String text(JsonNode node, String name, String fallback) {
        JsonNode v = node.path(name);
        if (v.isMissingNode() || v.isNull()) {
            v = node.path(fallback);
        }
        return v.isMissingNode() || v.isNull() ? "" : v.asText();
    }
}
