package io.github.wisecards.webhooks;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The HTTP request headers of a webhook delivery, looked up case-insensitively.
 *
 * <p>Adapt whatever your HTTP framework gives: a lookup function such as a servlet's {@code
 * request::getHeader}, a single-valued map, or a multi-valued map such as the JDK HTTP server's
 * {@code Headers}. Instances are immutable when built from maps and thread-safe when the lookup
 * function is.
 */
public final class WebhookHeaders {
    /** Base64 of the RSA PKCS#1 v1.5 SHA-256 signature of the raw body. */
    public static final String SIGNATURE = "X-Signature-SHA256";

    /** Unique per delivery; the same event delivered twice has two delivery ids. */
    public static final String DELIVERY_ID = "X-Delivery-Id";

    /** {@code true} on test notifications sent from the Wise developer tools. */
    public static final String TEST_NOTIFICATION = "X-Test-Notification";

    private final Function<String, String> lookup;

    private WebhookHeaders(Function<String, String> lookup) {
        this.lookup = lookup;
    }

    /**
     * {@return headers read through a lookup function, for example {@code request::getHeader}}
     * The function receives the canonical header name (such as {@code X-Signature-SHA256}) and
     * returns the value, or null when absent; it should look names up case-insensitively.
     *
     * @param lookup returns a header's value by name, or null
     */
    public static WebhookHeaders from(Function<String, String> lookup) {
        return new WebhookHeaders(Objects.requireNonNull(lookup, "lookup"));
    }

    /**
     * {@return headers read from a single-valued map; names are matched case-insensitively}
     *
     * @param headers the request headers
     */
    public static WebhookHeaders of(Map<String, String> headers) {
        Objects.requireNonNull(headers, "headers");
        Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> {
            if (k != null && v != null) {
                copy.putIfAbsent(k, v);
            }
        });
        return new WebhookHeaders(copy::get);
    }

    /**
     * {@return headers read from a multi-valued map; names are matched case-insensitively and
     * the first value of a header is used}
     *
     * @param headers the request headers
     */
    public static WebhookHeaders ofMultiValue(Map<String, ? extends List<String>> headers) {
        Objects.requireNonNull(headers, "headers");
        Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> {
            if (k != null && v != null && !v.isEmpty() && v.get(0) != null) {
                copy.putIfAbsent(k, v.get(0));
            }
        });
        return new WebhookHeaders(copy::get);
    }

    /**
     * {@return a header's value, or empty when it is absent}
     *
     * @param name the header name, in any case
     */
    public Optional<String> get(String name) {
        Objects.requireNonNull(name, "name");
        return Optional.ofNullable(lookup.apply(name));
    }

    /** {@return the {@code X-Signature-SHA256} value, or empty when absent} */
    public Optional<String> signature() {
        return get(SIGNATURE);
    }

    /** {@return the {@code X-Delivery-Id} value, or empty when absent or blank} */
    public Optional<String> deliveryId() {
        return get(DELIVERY_ID).map(String::trim).filter(s -> !s.isEmpty());
    }

    /** {@return whether {@code X-Test-Notification} is {@code true} (case-insensitive)} */
    public boolean testNotification() {
        return get(TEST_NOTIFICATION)
                .map(v -> v.trim().toLowerCase(Locale.ROOT).equals("true"))
                .orElse(false);
    }

    /** {@return a description that never includes the signature} */
    @Override
    public String toString() {
        return "WebhookHeaders{deliveryId=" + deliveryId().orElse("<none>") + ", testNotification="
                + testNotification() + ", signature=" + (signature().isPresent() ? "<present>" : "<absent>")
                + "}";
    }
}
