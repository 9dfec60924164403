package io.github.wisecards.core.internal;

import io.github.wisecards.core.ClientOptions;
import java.io.IOException;
import okhttp3.FormBody;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * What every attempt of one call sends, built once per call: the URL, the headers other than
 * {@code Authorization} (whose token may change between attempts) and the body bytes. Built on
 * the per-client parts {@link Transport} prepares once (the endpoint's {@link EndpointUrl}, the
 * client's headers), so a call only adds what is its own. Immutable.
 */
final class OutgoingRequest {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");
    private static final byte[] EMPTY = new byte[0];

    final HttpUrl url;
    private final Headers headers;
    private final byte[] body;
    private final MediaType bodyMediaType;
    private final String bodyType;

    /**
     * @param url the call's URL, from the endpoint's {@link EndpointUrl}
     * @param clientHeaders the headers every call of the client sends, from {@link #clientHeaders}
     * @param idempotencyKey the key this call sends, or null
     * @param correlationId the correlation id this call sends, or null
     * @throws IllegalArgumentException if the JSON body cannot be serialized
     */
    OutgoingRequest(
            ApiRequest<?> request, HttpUrl url, Headers clientHeaders, String idempotencyKey, String correlationId) {
        this.url = url;
        this.headers = callHeaders(clientHeaders, request, idempotencyKey, correlationId);
        if (request.jsonBody() != null) {
            try {
                this.body = request.jsonBody() instanceof JsonBody<?> written
                        ? written.toBytes()
                        : Json.mapper().writeValueAsBytes(request.jsonBody());
            } catch (IOException e) {
                throw new IllegalArgumentException(
                        "request body of " + request.endpoint() + " cannot be serialized", e);
            }
            this.bodyType = "application/json; charset=utf-8";
            this.bodyMediaType = JSON;
        } else if (request.formBody() != null) {
            FormBody.Builder f = new FormBody.Builder();
            request.formBody().forEach(f::add);
            okio.Buffer buffer = new okio.Buffer();
            try {
                f.build().writeTo(buffer);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            this.body = buffer.readByteArray();
            this.bodyType = "application/x-www-form-urlencoded";
            this.bodyMediaType = FORM;
        } else {
            this.body = null;
            this.bodyType = null;
            this.bodyMediaType = null;
        }
    }

    /**
     * Returns the headers every call of a client sends, in this order: User-Agent, Accept, then
     * the options' default headers (which may replace the first two). Built once per client.
     */
    static Headers clientHeaders(String userAgent, ClientOptions options) {
        Headers.Builder h = new Headers.Builder();
        h.set("User-Agent", userAgent);
        h.set("Accept", "application/json");
        options.defaultHeaders().forEach(h::set);
        return h.build();
    }

    /** Returns the body bytes, or null when the call sends none. */
    byte[] body() {
        return body;
    }

    /** Returns the body's content type for logs, or null. */
    String bodyType() {
        return bodyType;
    }

    /** Returns this call's headers plus {@code Authorization} when {@code authorization} is set. */
    Headers headers(String authorization) {
        return authorization == null
                ? headers
                : headers.newBuilder().set("Authorization", authorization).build();
    }

    /** Returns the OkHttp request of one attempt. */
    Request toOkHttp(String method, Headers attemptHeaders) {
        RequestBody rb = body == null
                ? ("GET".equals(method) ? null : RequestBody.create(EMPTY, JSON))
                : RequestBody.create(body, bodyMediaType);
        return new Request.Builder()
                .url(url)
                .headers(attemptHeaders)
                .method(method, rb)
                .build();
    }

    /** The client's headers plus this call's own; later ones replace earlier ones of the same name. */
    private static Headers callHeaders(
            Headers clientHeaders, ApiRequest<?> request, String idempotencyKey, String correlationId) {
        if (request.options().headers().isEmpty()
                && request.headers().isEmpty()
                && idempotencyKey == null
                && correlationId == null) {
            return clientHeaders;
        }
        Headers.Builder h = clientHeaders.newBuilder();
        request.options().headers().forEach(h::set);
        request.headers().forEach(h::set);
        if (idempotencyKey != null) {
            h.set(Endpoint.IDEMPOTENCY_HEADER, idempotencyKey);
        }
        if (correlationId != null) {
            h.set("X-External-Correlation-Id", correlationId);
        }
        return h.build();
    }
}
