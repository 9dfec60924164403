package io.github.wisecards.core.errors;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Wise answered with an error status. Subclasses name the status family.
 *
 * <p>Carries the status, the method and path (IDs included, query values and card tokens left
 * out), Wise's {@code x-trace-id} (support asks for it), the correlation id and idempotency key
 * that were sent, the parsed error list and the raw body (at most 8 KiB).
 */
public class ApiException extends SdkException {
    private static final long serialVersionUID = 1L;

    /** The largest raw body kept, in bytes. */
    public static final int MAX_RAW_BODY_BYTES = 8 * 1024;

    private final transient Details details;

    /**
     * Creates an exception from the response details.
     *
     * @param details the failed response's details
     */
    public ApiException(Details details) {
        this(details, (Throwable) null);
    }

    /**
     * Creates an exception from the response details with a cause.
     *
     * @param details the failed response's details
     * @param cause the underlying failure
     */
    public ApiException(Details details, Throwable cause) {
        super(message(details), cause);
        this.details = Objects.requireNonNull(details, "details");
    }

    /**
     * Creates an exception from the response details, with {@code explanation} appended to the
     * standard message (for subclasses that know more than the status says).
     *
     * @param details the failed response's details
     * @param explanation what the SDK adds to the message, for example what to do next
     */
    protected ApiException(Details details, String explanation) {
        super(message(details) + ": " + Objects.requireNonNull(explanation, "explanation"));
        this.details = Objects.requireNonNull(details, "details");
    }

    /** {@return the HTTP status code} */
    public int statusCode() {
        return details.statusCode;
    }

    /** {@return the HTTP method of the failed request} */
    public String method() {
        return details.method;
    }

    /** {@return the request path without query string; card tokens in it are masked} */
    public String path() {
        return details.path;
    }

    /** {@return Wise's {@code x-trace-id}, which Wise support asks for} */
    public Optional<String> traceId() {
        return Optional.ofNullable(details.traceId);
    }

    /** {@return the {@code X-External-Correlation-Id} sent with the request, if any} */
    public Optional<String> correlationId() {
        return Optional.ofNullable(details.correlationId);
    }

    /** {@return the {@code X-idempotence-uuid} sent with the request, if any} */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(details.idempotencyKey);
    }

    /** {@return the errors parsed from the body, in order; empty when the body had none} */
    public List<ApiError> errors() {
        return details.errors;
    }

    /** {@return the response headers (names lower-case)} */
    public Map<String, List<String>> headers() {
        return details.headers;
    }

    /**
     * {@return the first value of a response header, by case-insensitive name}
     *
     * @param name the header name, in any case
     */
    public Optional<String> header(String name) {
        List<String> values = details.headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** {@return the raw response body as text, cut at {@link #MAX_RAW_BODY_BYTES}} */
    public String rawBody() {
        return details.rawBody;
    }

    /** {@return the details this exception was built from} */
    public Details details() {
        return details;
    }

    private static String message(Details d) {
        StringBuilder sb = new StringBuilder()
                .append("HTTP ")
                .append(d.statusCode)
                .append(" on ")
                .append(d.method)
                .append(' ')
                .append(d.path);
        if (!d.errors.isEmpty()) {
            sb.append(": ");
            for (int i = 0; i < d.errors.size(); i++) {
                sb.append(i == 0 ? "" : "; ").append(d.errors.get(i));
            }
        }
        if (d.traceId != null) {
            sb.append(" (trace id ").append(d.traceId).append(')');
        }
        return sb.toString();
    }

    /** What is known about a failed response. Immutable; built by the SDK. */
    public static final class Details {
        private final int statusCode;
        private final String method;
        private final String path;
        private final String traceId;
        private final String correlationId;
        private final String idempotencyKey;
        private final List<ApiError> errors;
        private final Map<String, List<String>> headers;
        private final String rawBody;

        private Details(Builder b) {
            this.statusCode = b.statusCode;
            this.method = Objects.requireNonNull(b.method, "method");
            this.path = Objects.requireNonNull(b.path, "path");
            this.traceId = b.traceId;
            this.correlationId = b.correlationId;
            this.idempotencyKey = b.idempotencyKey;
            this.errors = List.copyOf(b.errors);
            TreeMap<String, List<String>> h = new TreeMap<>();
            b.headers.forEach((k, v) -> h.put(k.toLowerCase(java.util.Locale.ROOT), List.copyOf(v)));
            this.headers = java.util.Collections.unmodifiableMap(h);
            this.rawBody = b.rawBody == null ? "" : b.rawBody;
        }

        /** {@return a new builder} */
        public static Builder builder() {
            return new Builder();
        }

        /** {@return the HTTP status code} */
        public int statusCode() {
            return statusCode;
        }

        /** Builds {@link Details}. */
        public static final class Builder {
            private int statusCode;
            private String method;
            private String path;
            private String traceId;
            private String correlationId;
            private String idempotencyKey;
            private List<ApiError> errors = List.of();
            private Map<String, List<String>> headers = Map.of();
            private String rawBody;

            private Builder() {}

            /**
             * Sets the status code.
             *
             * @param statusCode the HTTP status code
             * @return this builder
             */
            public Builder statusCode(int statusCode) {
                this.statusCode = statusCode;
                return this;
            }

            /**
             * Sets the HTTP method.
             *
             * @param method the HTTP method
             * @return this builder
             */
            public Builder method(String method) {
                this.method = method;
                return this;
            }

            /**
             * Sets the path, without query string, card tokens masked.
             *
             * @param path the request path, card tokens masked
             * @return this builder
             */
            public Builder path(String path) {
                this.path = path;
                return this;
            }

            /**
             * Sets the trace id.
             *
             * @param traceId Wise's {@code x-trace-id}, or null
             * @return this builder
             */
            public Builder traceId(String traceId) {
                this.traceId = traceId;
                return this;
            }

            /**
             * Sets the correlation id sent.
             *
             * @param correlationId the correlation id sent, or null
             * @return this builder
             */
            public Builder correlationId(String correlationId) {
                this.correlationId = correlationId;
                return this;
            }

            /**
             * Sets the idempotency key sent.
             *
             * @param idempotencyKey the idempotency key sent, or null
             * @return this builder
             */
            public Builder idempotencyKey(String idempotencyKey) {
                this.idempotencyKey = idempotencyKey;
                return this;
            }

            /**
             * Sets the parsed errors.
             *
             * @param errors the errors parsed from the body
             * @return this builder
             */
            public Builder errors(List<ApiError> errors) {
                this.errors = Objects.requireNonNull(errors, "errors");
                return this;
            }

            /**
             * Sets the response headers.
             *
             * @param headers the response headers
             * @return this builder
             */
            public Builder headers(Map<String, List<String>> headers) {
                this.headers = Objects.requireNonNull(headers, "headers");
                return this;
            }

            /**
             * Sets the raw body text, already cut to {@link #MAX_RAW_BODY_BYTES}.
             *
             * @param rawBody the raw body, truncated to {@link ApiException#MAX_RAW_BODY_BYTES}
             * @return this builder
             */
            public Builder rawBody(String rawBody) {
                this.rawBody = rawBody;
                return this;
            }

            /**
             * Builds the details.
             *
             * @return a new {@code Details}
             */
            public Details build() {
                return new Details(this);
            }
        }
    }
}
