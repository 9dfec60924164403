package io.github.wisecards.core.internal;

import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.errors.ValidationException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A path such as {@code /v3/spend/profiles/{profileId}/card-orders/{cardOrderId}}: filled in
 * URL order, each value percent-encoded into exactly its own segment ({@code /}, {@code ?},
 * {@code #}, {@code %}, control and non-ASCII characters included); empty values and the dot
 * segments {@code .} and {@code ..} are refused with a {@link ValidationException}. Values of
 * sensitive parameters (card tokens) are masked in the form used for logs and exception messages.
 */
public final class PathTemplate {
    private final String template;
    private final List<String> literals = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final Set<String> sensitive;

    /**
     * Parses a template.
     *
     * @param template the path with {@code {name}} placeholders
     * @param sensitive names of parameters whose values are masked in logs and messages
     */
    public PathTemplate(String template, Set<String> sensitive) {
        this.template = Objects.requireNonNull(template, "template");
        this.sensitive = Set.copyOf(sensitive);
        int pos = 0;
        while (true) {
            int open = template.indexOf('{', pos);
            if (open < 0) {
                literals.add(template.substring(pos));
                break;
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed placeholder in " + template);
            }
            literals.add(template.substring(pos, open));
            names.add(template.substring(open + 1, close));
            pos = close + 1;
        }
        for (String s : this.sensitive) {
            if (!names.contains(s)) {
                throw new IllegalArgumentException("no placeholder {" + s + "} in " + template);
            }
        }
    }

    /**
     * Returns the values of the parameters that are not sensitive, by name: what a token provider
     * may see of a call ({@code profileId}, never a card token).
     */
    public java.util.Map<String, String> publicValues(Object... values) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.size() && i < values.length; i++) {
            if (!sensitive.contains(names.get(i)) && values[i] != null) {
                out.put(names.get(i), values[i].toString());
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Returns the template text, used as a metric tag. */
    public String template() {
        return template;
    }

    /** Returns the number of placeholders. */
    public int arity() {
        return names.size();
    }

    /**
     * Returns the path with {@code values} filled in, percent-encoded.
     *
     * @throws ValidationException naming the parameter when a value is empty, {@code .} or {@code ..}
     */
    public String fill(Object... values) {
        return render(values, false);
    }

    /** Returns the path with values filled in and sensitive values masked. */
    public String fillMasked(Object... values) {
        return render(values, true);
    }

    private String render(Object[] values, boolean mask) {
        if (values.length != names.size()) {
            throw new IllegalArgumentException(
                    template + " needs " + names.size() + " path values but got " + values.length);
        }
        StringBuilder sb = new StringBuilder(template.length() + 32);
        for (int i = 0; i < names.size(); i++) {
            sb.append(literals.get(i));
            String name = names.get(i);
            Object v = values[i];
            if (v == null) {
                throw new IllegalArgumentException(name + ": must not be null");
            }
            String text = v.toString();
            if (text.isEmpty()) {
                throw invalid(name, "must not be empty");
            }
            if (text.equals(".") || text.equals("..")) {
                // Percent-encoding does not help: %2E is "." (RFC 3986 section 2.3) and OkHttp, like
                // servers and proxies, resolves it, which would reach another path.
                throw invalid(name, "must not be '.' or '..' (a dot segment would reach another path)");
            }
            if (mask && sensitive.contains(name)) {
                text = Redaction.maskCardToken(text);
            }
            sb.append(encode(text));
        }
        sb.append(literals.get(literals.size() - 1));
        return sb.toString();
    }

    private static ValidationException invalid(String name, String rule) {
        return new ValidationException("path parameter", List.of(FieldViolation.of(name, rule)));
    }

    /** Returns the values of the sensitive parameters among {@code values}, unmasked. */
    public List<String> sensitiveValues(Object... values) {
        List<String> out = new ArrayList<>(sensitive.size());
        for (int i = 0; i < names.size() && i < values.length; i++) {
            if (sensitive.contains(names.get(i)) && values[i] != null) {
                out.add(values[i].toString());
            }
        }
        return out;
    }

    /** Returns whether any path parameter is masked in logs and messages. */
    public boolean hasSensitiveParams() {
        return !sensitive.isEmpty();
    }

    /**
     * Percent-encodes a path value. Ids are made of characters {@link URLEncoder} leaves alone, so
     * they skip it (it allocates a writer and buffers per call); the output is the same either way.
     */
    private static String encode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unchanged = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_';
            if (!unchanged) {
                return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
            }
        }
        return text;
    }

    @Override
    public String toString() {
        return template;
    }
}
