package io.github.wisecards.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

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
            "registration_code",
            "registrationcode",
            "key");

    /**
     * Form fields that are secret only in form bodies, which the SDK sends only to {@code POST
     * /oauth/token}: there {@code code} is an authorization code, while in JSON bodies it is Wise's
     * error code, kept for debugging.
     */
    private static final Set<String> SECRET_FORM_FIELDS = Set.of("code");

    /** The text that replaces personal data in logged bodies. */
    public static final String MASKED = "[MASKED]";

    /** Personal-data fields of Wise's card APIs (lower case): holder, contact and address data. */
    private static final Set<String> PERSONAL_FIELDS = Set.of(
            "cardholdername",
            "embossedname",
            "firstname",
            "lastname",
            "fullname",
            "firstline",
            "secondline",
            "thirdline",
            "address", // the street of a Brazilian address; an address object is walked instead
            "addressnumber",
            "complement",
            "district",
            "city",
            "postcode",
            "zipcode",
            "trackingnumber",
            "trackingurl");

    /** Parts of field names that mark personal data wherever they appear. */
    private static final List<String> PERSONAL_NAME_PARTS = List.of("phone", "email", "birth");

    private static final int MIN_SECRET_LENGTH = 4;

    private static final Set<String> CARD_TOKEN_FIELDS =
            Set.of("cardtoken", "card_token", "replacescard"); // replacesCard holds a card token

    private Redaction() {}

    /** Returns whether a JSON field (lower-case name) holds personal data, masked in logs by default. */
    static boolean isPersonalField(String lowerCaseName) {
        if (PERSONAL_FIELDS.contains(lowerCaseName)) {
            return true;
        }
        for (String part : PERSONAL_NAME_PARTS) {
            if (lowerCaseName.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns how a named field's value may be shown, by the rule the logs use: secrets replaced,
     * personal data masked, card tokens shortened, everything else (ids, statuses) shown as is.
     * {@link ModelString} applies it to every model's and params' {@code toString()}.
     */
    static String show(String fieldName, Object value) {
        if (value == null) {
            return null;
        }
        String name = fieldName.toLowerCase(Locale.ROOT);
        if (SECRET_FIELDS.contains(name)) {
            return REDACTED;
        }
        if (CARD_TOKEN_FIELDS.contains(name)) {
            return maskCardToken(value.toString());
        }
        if (value instanceof CharSequence && isPersonalField(name)) {
            return MASKED;
        }
        return value.toString();
    }

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
     * Returns server-provided text fit for an exception message or a log line: each of {@code
     * secrets} (and its JSON-escaped form) replaced by {@link #REDACTED}, then every UUID-shaped
     * value (the shape of card tokens) masked to its last four characters.
     *
     * @param secrets values that must never appear (tokens, credentials, card tokens); short values
     *     (under 4 characters) are left alone, as replacing them would garble the text
     */
    public static String scrub(String text, Collection<String> secrets) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : secrets) {
            if (secret != null && secret.length() >= MIN_SECRET_LENGTH) {
                out = out.replace(secret, REDACTED);
                String escaped = secret.replace("\\", "\\\\").replace("/", "\\/");
                if (!escaped.equals(secret)) {
                    out = out.replace(escaped, REDACTED);
                }
            }
        }
        Matcher m = ContractFormats.UUID.matcher(out);
        if (!m.find()) {
            return out;
        }
        StringBuilder sb = new StringBuilder(out.length());
        do {
            m.appendReplacement(sb, Matcher.quoteReplacement(maskCardToken(m.group())));
        } while (m.find());
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * Returns {@code body} fit for a TRACE log: JSON with secret fields replaced, card tokens
     * masked and personal data masked (structure and field names kept), form bodies with secret
     * values replaced; anything else only described.
     */
    public static String body(byte[] body, String contentType) {
        return body(body, contentType, List.of(), true);
    }

    /**
     * Returns {@code body} fit for a TRACE log, as {@link #body(byte[], String)}, with text values
     * also {@linkplain #scrub scrubbed} of {@code secrets} and UUID-shaped values.
     *
     * @param maskPersonalData whether values of personal-data fields (names, phone numbers, e-mail
     *     addresses, address lines, post codes) are replaced by {@link #MASKED}; secrets are
     *     redacted either way
     */
    public static String body(byte[] body, String contentType, Collection<String> secrets, boolean maskPersonalData) {
        if (body == null || body.length == 0) {
            return "<empty>";
        }
        String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (ct.contains("x-www-form-urlencoded")) {
            return scrub(form(new String(body, StandardCharsets.UTF_8)), secrets);
        }
        try {
            JsonNode node = Json.mapper().readTree(body);
            if (node == null || node.isMissingNode()) {
                return "<" + body.length + " bytes, not JSON>";
            }
            JsonNode copy = node.deepCopy();
            redactInPlace(copy, secrets, maskPersonalData);
            return copy.toString();
        } catch (java.io.IOException e) {
            return "<" + body.length + " bytes, not JSON>";
        }
    }

    /** Returns a copy of {@code node} with secret fields replaced and card tokens masked. */
    public static JsonNode redact(JsonNode node) {
        JsonNode copy = node.deepCopy();
        redactInPlace(copy, List.of(), true);
        return copy;
    }

    private static void redactInPlace(JsonNode node, Collection<String> secrets, boolean maskPersonalData) {
        if (node instanceof ObjectNode obj) {
            Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String name = e.getKey().toLowerCase(Locale.ROOT);
                if (SECRET_FIELDS.contains(name) && !e.getValue().isNull()) {
                    e.setValue(TextNode.valueOf(REDACTED));
                } else if (maskPersonalData
                        && isPersonalField(name)
                        && e.getValue().isValueNode()
                        && !e.getValue().isNull()) {
                    e.setValue(TextNode.valueOf(MASKED));
                } else if (maskPersonalData && isPersonalField(name) && e.getValue() instanceof ArrayNode values) {
                    maskEach(values, secrets); // "phoneNumbers":["+44...", ...]
                } else if (CARD_TOKEN_FIELDS.contains(name) && e.getValue().isTextual()) {
                    e.setValue(TextNode.valueOf(maskCardToken(e.getValue().asText())));
                } else if (e.getValue().isTextual()) {
                    e.setValue(TextNode.valueOf(scrub(e.getValue().asText(), secrets)));
                } else {
                    redactInPlace(e.getValue(), secrets, maskPersonalData);
                }
            }
        } else if (node instanceof ArrayNode arr) {
            for (int i = 0; i < arr.size(); i++) {
                if (arr.get(i).isTextual()) {
                    arr.set(i, TextNode.valueOf(scrub(arr.get(i).asText(), secrets)));
                } else {
                    redactInPlace(arr.get(i), secrets, maskPersonalData);
                }
            }
        }
    }

    /**
     * Masks every value of an array held by a personal-data field, in nested arrays too; objects
     * in it are walked by the usual rules (personal data masked).
     */
    private static void maskEach(ArrayNode values, Collection<String> secrets) {
        for (int i = 0; i < values.size(); i++) {
            JsonNode v = values.get(i);
            if (v instanceof ArrayNode nested) {
                maskEach(nested, secrets);
            } else if (v.isValueNode() && !v.isNull()) {
                values.set(i, TextNode.valueOf(MASKED));
            } else {
                redactInPlace(v, secrets, true);
            }
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
                                                || SECRET_FORM_FIELDS.contains(name.toLowerCase(Locale.ROOT))
                                        ? REDACTED
                                        : pair.substring(eq + 1));
            }
        }
        return sb.toString();
    }
}
