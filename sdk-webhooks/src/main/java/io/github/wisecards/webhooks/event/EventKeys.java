package io.github.wisecards.webhooks.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Derives the event key (see {@link WebhookEvent#eventKey()}): SHA-256 over the canonical body
 * without the fields Wise may change between deliveries of one event.
 */
final class EventKeys {
    static final String VERSION_PREFIX = "v1:";

    private static final Set<String> EXCLUDED_TOP_LEVEL = Set.of("sent_at", "subscription_id");

    private EventKeys() {}

    static String of(ObjectNode body) {
        StringBuilder canonical = new StringBuilder(256);
        canonical.append('{');
        boolean first = true;
        for (String name : sortedNames(body)) {
            if (EXCLUDED_TOP_LEVEL.contains(name)) {
                continue;
            }
            first = member(canonical, first, name, body.get(name));
        }
        canonical.append('}');
        return VERSION_PREFIX + sha256Hex(canonical.toString());
    }

    private static void write(StringBuilder out, JsonNode node) {
        if (node.isObject()) {
            out.append('{');
            boolean first = true;
            for (String name : sortedNames(node)) {
                first = member(out, first, name, node.get(name));
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(out, node.get(i));
            }
            out.append(']');
        } else {
            // Scalars as JSON: strings quoted and escaped, numbers and literals as parsed.
            out.append(node.toString());
        }
    }

    private static boolean member(StringBuilder out, boolean first, String name, JsonNode value) {
        if (!first) {
            out.append(',');
        }
        out.append(TextNode.valueOf(name)).append(':');
        write(out, value);
        return false;
    }

    private static List<String> sortedNames(JsonNode node) {
        List<String> names = new ArrayList<>(node.size());
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        names.sort(null);
        return names;
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
