package io.github.wisecards.cards;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
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
    private static final ObjectReader ORDER_LIST = Json.mapper().readerFor(ORDERS);

    /** One page of card orders as the server sends it, before the page position is added. */
    record OrdersPage(List<CardOrder> items, long totalCount) {}

    /** The encrypting key with its parsed RSA public key. */
    static final ResponseDecoder<EncryptionKeys.Material> KEY = response -> {
        EncryptingKey key = Json.mapper().readValue(nonEmpty(response), EncryptingKey.class);
        return EncryptionKeys.Material.parse(key);
    };

    /**
     * {@code {"totalCount": n, "cardOrders": [..]}}; a missing count is the number of items. Streams
     * the orders straight into models: a page is up to 100 orders, and building a JSON tree first
     * cost about 40% more allocation and 15-20% more time per page.
     */
    static final ResponseDecoder<OrdersPage> ORDERS_PAGE = response -> {
        try (JsonParser p = Json.mapper().createParser(nonEmpty(response))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("expected a JSON object");
            }
            List<CardOrder> items = List.of();
            Long total = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("cardOrders")) {
                    List<CardOrder> read = value == JsonToken.VALUE_NULL ? null : ORDER_LIST.readValue(p);
                    items = copyWithoutNulls(read);
                } else if (name.equals("totalCount")) {
                    total = asLong(p, value);
                } else {
                    p.skipChildren();
                }
            }
            return new OrdersPage(items, total != null ? total : items.size());
        }
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

    /** A JSON number within the range of a long, truncated; null for anything else. */
    private static Long asLong(JsonParser p, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return p.getLongValue();
        }
        if (value == JsonToken.VALUE_NUMBER_FLOAT) {
            double d = p.getDoubleValue();
            return d >= Long.MIN_VALUE && d <= Long.MAX_VALUE ? (long) d : null;
        }
        return null;
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
        return copyWithoutNulls(Json.mapper().readerFor(type).readValue(node));
    }

    private static <T> List<T> copyWithoutNulls(List<T> items) throws IOException {
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
