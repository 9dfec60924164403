package io.github.wisecards.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Hides secrets and card data in what the SDK logs. */
public final class Redaction {
    /** The text that replaces a secret. */
    public static final String REDACTED = "[REDACTED]";

    private static final Set<String> SENSITIVE_HEADERS = Set.of(
            "authorization", "proxy-authorization", "cookie", "set-cookie", "x-2fa-approval", "x-signature-sha256");

    private static final Set<String> SECRET_FIELDS = Set.of(
            "pin",
            "encryptedpayload",
            "access_token",
            "accesstoken",
            "refresh_token",
            "refreshtoken",
            "client_secret",
            "clientsecret",
            "password",
            "key");

    private static final Set<String> CARD_TOKEN_FIELDS =
            Set.of("cardtoken", "card_token", "replacescard"); // replacesCard holds a card token

    private Redaction() {}

    /** Returns whether a header's value must never be logged. */
    public static boolean isSensitiveHeader(String name) {
        return SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Returns a card token reduced to its last four characters, for example {@code ****e3dd}. */
    public static String maskCardToken(String token) {
        if (token == null) {
            return null;
        }
        return token.length() <= 4 ? "****" : "****" + token.substring(token.length() - 4);
    }

    /**
     * Returns {@code body} fit for a TRACE log: JSON with secret fields replaced and card tokens
     * masked, form bodies with secret values replaced; anything else only described.
     */
    public static String body(byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            return "<empty>";
        }
        String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (ct.contains("x-www-form-urlencoded")) {
            return form(new String(body, StandardCharsets.UTF_8));
        }
        try {
            JsonNode node = Json.mapper().readTree(body);
            if (node == null || node.isMissingNode()) {
                return "<" + body.length + " bytes, not JSON>";
            }
            return redact(node).toString();
        } catch (java.io.IOException e) {
            return "<" + body.length + " bytes, not JSON>";
        }
    }

    /** Returns a copy of {@code node} with secret fields replaced and card tokens masked. */
    public static JsonNode redact(JsonNode node) {
        JsonNode copy = node.deepCopy();
        redactInPlace(copy);
        return copy;
    }

    private static void redactInPlace(JsonNode node) {
        if (node instanceof ObjectNode obj) {
            Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String name = e.getKey().toLowerCase(Locale.ROOT);
                if (SECRET_FIELDS.contains(name) && !e.getValue().isNull()) {
                    e.setValue(TextNode.valueOf(REDACTED));
                } else if (CARD_TOKEN_FIELDS.contains(name) && e.getValue().isTextual()) {
                    e.setValue(TextNode.valueOf(maskCardToken(e.getValue().asText())));
                } else {
                    redactInPlace(e.getValue());
                }
            }
        } else if (node instanceof ArrayNode arr) {
            arr.forEach(Redaction::redactInPlace);
        }
    }

    private static String form(String form) {
        StringBuilder sb = new StringBuilder();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            sb.append(sb.length() == 0 ? "" : "&").append(name);
            if (eq >= 0) {
                sb.append('=')
                        .append(
                                SECRET_FIELDS.contains(name.toLowerCase(Locale.ROOT))
                                        ? REDACTED
                                        : pair.substring(eq + 1));
            }
        }
        return sb.toString();
    }
}
