package io.github.wisecards.core.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A path such as {@code /v3/spend/profiles/{profileId}/card-orders/{cardOrderId}} with a typed
 * {@link PathParam} for each placeholder: filled in URL order, each value percent-encoded into
 * exactly its own segment ({@code /}, {@code ?}, {@code #}, {@code %}, control and non-ASCII
 * characters included). Values are checked by their parameter's rule ({@link
 * PathParam#format}); values of sensitive parameters (card tokens) are masked in the form used for
 * logs and exception messages. Immutable.
 */
public final class PathTemplate {
    private final String template;
    private final List<String> literals = new ArrayList<>();
    private final List<PathParam<?>> params = new ArrayList<>();
    private final boolean sensitive;

    /**
     * Parses a template.
     *
     * @param template the path with {@code {name}} placeholders
     * @param declared the typed parameters, matched to the placeholders by name
     * @throws IllegalArgumentException if a placeholder is unclosed or has no declared parameter, or
     *     a declared parameter has no placeholder
     */
    public PathTemplate(String template, List<PathParam<?>> declared) {
        this.template = Objects.requireNonNull(template, "template");
        int pos = 0;
        while (true) {
            int open = template.indexOf('{', pos);
            if (open == -1) {
                literals.add(template.substring(pos));
                break;
            }
            int close = template.indexOf('}', open);
            if (close == -1) {
                throw new IllegalArgumentException("unclosed placeholder in " + template);
            }
            literals.add(template.substring(pos, open));
            String name = template.substring(open + 1, close);
            params.add(declared.stream()
                    .filter(p -> p.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "placeholder {" + name + "} of " + template + " has no declared PathParam")));
            pos = close + 1;
        }
        for (PathParam<?> p : declared) {
            if (!params.contains(p)) {
                throw new IllegalArgumentException("no placeholder " + p + " in " + template);
            }
        }
        this.sensitive = params.stream().anyMatch(PathParam::sensitive);
    }

    /**
     * Returns the values of the parameters that are not sensitive, by name: what a token provider
     * may see of a call ({@code profileId}, never a card token).
     */
    public java.util.Map<String, String> publicValues(String[] texts) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < params.size(); i++) { // texts has a slot per parameter
            PathParam<?> param = params.get(i);
            if (!param.sensitive() && texts[i] != null) {
                out.put(param.name(), texts[i]);
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Returns the template text, used as a metric tag. */
    public String template() {
        return template;
    }

    /** Returns the position of {@code param} among the placeholders, or -1. */
    int indexOf(PathParam<?> param) {
        return params.indexOf(param);
    }

    /**
     * Returns the text every rendered path starts with: the template up to its first placeholder
     * (the whole template when it has none), for example {@code /v3/spend/profiles/}.
     */
    String literalPrefix() {
        return literals.get(0);
    }

    /**
     * Returns whether the template has a placeholder and ends with constant text after the last
     * one: a collection path such as {@code /v3/spend/profiles/{profileId}/card-orders}.
     */
    boolean endsWithLiteralAfterPlaceholder() {
        return !params.isEmpty() && !literals.get(literals.size() - 1).isEmpty();
    }

    /** Returns the number of placeholders. */
    int size() {
        return params.size();
    }

    /**
     * Returns the path with {@code texts} (each already checked by its parameter) filled in,
     * percent-encoded; masked for logs and messages when {@code mask} is set.
     *
     * @throws IllegalStateException naming a placeholder left without a value (a programming error)
     */
    String render(String[] texts, boolean mask) {
        StringBuilder sb = new StringBuilder(template.length() + 32);
        for (int i = 0; i < params.size(); i++) {
            sb.append(literals.get(i));
            String text = texts[i];
            if (text == null) {
                throw new IllegalStateException(template + ": no value for " + params.get(i));
            }
            sb.append(encode(mask ? params.get(i).masked(text) : text));
        }
        sb.append(literals.get(literals.size() - 1));
        return sb.toString();
    }

    /** Returns the texts of the sensitive parameters among {@code texts}. */
    List<String> sensitiveValues(String[] texts) {
        List<String> out = new ArrayList<>(1);
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).sensitive() && texts[i] != null) {
                out.add(texts[i]);
            }
        }
        return out;
    }

    /** Returns whether any path parameter is masked in logs and messages. */
    public boolean hasSensitiveParams() {
        return sensitive;
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * Percent-encodes a path value as {@link URLEncoder} does (with {@code %20} for a space): its
     * UTF-8 bytes, all but {@code A-Z a-z 0-9 - . _ *}. Ids have none to encode and are returned
     * as they are, without allocating.
     */
    private static String encode(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isKept(text.charAt(i))) {
                return encodeFrom(text, i);
            }
        }
        return text;
    }

    /** Encodes {@code text} from {@code from}, its first character that is not kept as it is. */
    private static String encodeFrom(String text, int from) {
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, from);
        for (byte b : text.substring(from).getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isKept((char) c)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return sb.toString();
    }

    private static boolean isKept(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '*';
    }

    @Override
    public String toString() {
        return template;
    }
}
