package io.github.wisecards.core.internal;

import io.github.wisecards.core.errors.ApiException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a decoder or error handler sees of one response.
 *
 * @param statusCode the HTTP status
 * @param headers response headers, names in lower case
 * @param body the body bytes (possibly empty)
 * @param method the HTTP method
 * @param maskedPath the path with card tokens masked, no query
 * @param attempt the attempt number, from 1
 * @param retriedAfterIoFailure whether an earlier attempt of this call failed at the I/O level,
 *     so the server may have processed it
 * @param idempotencyKey the idempotency key sent, or null
 * @param correlationId the correlation id sent, or null
 * @param defaultException builds the exception the SDK would throw for this response
 * @param secrets values the request carried that must never appear in a message or log (tokens,
 *     credentials, card tokens), redacted from server text by {@link ExceptionMapper#details}
 */
public record ResponseContext(
        int statusCode,
        Map<String, List<String>> headers,
        byte[] body,
        String method,
        String maskedPath,
        int attempt,
        boolean retriedAfterIoFailure,
        String idempotencyKey,
        String correlationId,
        Supplier<ApiException> defaultException,
        Collection<String> secrets) {

    /** Creates a context for a request that carried no secrets. */
    public ResponseContext(
            int statusCode,
            Map<String, List<String>> headers,
            byte[] body,
            String method,
            String maskedPath,
            int attempt,
            boolean retriedAfterIoFailure,
            String idempotencyKey,
            String correlationId,
            Supplier<ApiException> defaultException) {
        this(
                statusCode,
                headers,
                body,
                method,
                maskedPath,
                attempt,
                retriedAfterIoFailure,
                idempotencyKey,
                correlationId,
                defaultException,
                List.of());
    }

    /** Returns the first value of a header (lower-case name). */
    public Optional<String> header(String lowerCaseName) {
        List<String> v = headers.get(lowerCaseName);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    /** Returns Wise's trace id, or null. */
    public String traceId() {
        return header("x-trace-id").orElse(null);
    }
}
