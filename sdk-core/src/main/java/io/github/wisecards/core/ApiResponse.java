package io.github.wisecards.core;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed result together with the raw response's metadata: status, headers, Wise's trace id,
 * the correlation id and the idempotency key used. Obtained from a service's {@code
 * withRawResponse()} view; no second request is made. Immutable.
 *
 * @param <T> the parsed result type ({@link Void} for operations without a body)
 */
public final class ApiResponse<T> {
    private final T data;
    private final int statusCode;
    private final Map<String, List<String>> headers;
    private final String idempotencyKey;
    private final String correlationId;
    private final int attempts;

    private ApiResponse(
            T data,
            int statusCode,
            Map<String, List<String>> headers,
            String idempotencyKey,
            String correlationId,
            int attempts) {
        this.data = data;
        this.statusCode = statusCode;
        this.headers = Map.copyOf(headers);
        this.idempotencyKey = idempotencyKey;
        this.correlationId = correlationId;
        this.attempts = attempts;
    }

    /**
     * Creates a response view; used by the SDK.
     *
     * @param <T> the type of the parsed result
     * @param data the parsed result; null only for operations whose result type is {@link Void}
     * @param statusCode the HTTP status code
     * @param headers response headers with lower-case names
     * @param idempotencyKey the idempotency key sent, or null
     * @param correlationId the correlation id sent, or null
     * @param attempts how many attempts the call took, 1 or more
     * @return a new {@code ApiResponse}
     */
    public static <T> ApiResponse<T> of(
            T data,
            int statusCode,
            Map<String, List<String>> headers,
            String idempotencyKey,
            String correlationId,
            int attempts) {
        return new ApiResponse<>(data, statusCode, headers, idempotencyKey, correlationId, attempts);
    }

    /** {@return the parsed result; null only for operations whose result type is {@link Void}} */
    public T data() {
        return data;
    }

    /** {@return the HTTP status code} */
    public int statusCode() {
        return statusCode;
    }

    /** {@return the response headers, names in lower case} */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * {@return the first value of a header, by case-insensitive name}
     *
     * @param name the header name, in any case
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** {@return Wise's {@code x-trace-id}, which Wise support asks for} */
    public Optional<String> traceId() {
        return header("x-trace-id");
    }

    /** {@return the correlation id sent (Wise echoes it in the response)} */
    public Optional<String> correlationId() {
        return Optional.ofNullable(correlationId).or(() -> header("x-external-correlation-id"));
    }

    /** {@return the idempotency key sent, for operations that send one} */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    /** {@return how many attempts the call took (1 when it was not retried)} */
    public int attempts() {
        return attempts;
    }

    /**
     * {@return a view holding {@code newData} with the same metadata}
     *
     * @param <R> the type of the new result
     * @param newData the result the new view holds
     */
    public <R> ApiResponse<R> withData(R newData) {
        return new ApiResponse<>(newData, statusCode, headers, idempotencyKey, correlationId, attempts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiResponse<?> r
                && Objects.equals(data, r.data)
                && statusCode == r.statusCode
                && headers.equals(r.headers)
                && Objects.equals(idempotencyKey, r.idempotencyKey)
                && Objects.equals(correlationId, r.correlationId)
                && attempts == r.attempts;
    }

    @Override
    public int hashCode() {
        return Objects.hash(data, statusCode, headers, idempotencyKey, correlationId, attempts);
    }

    @Override
    public String toString() {
        return "ApiResponse{status=" + statusCode + ", traceId=" + traceId().orElse(null) + ", idempotencyKey="
                + idempotencyKey + ", attempts=" + attempts + ", data=" + data + "}";
    }
}
