package io.github.wisecards.core.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import io.github.wisecards.core.errors.InvalidResponseException;
import java.io.IOException;

/**
 * Turns a success response's body into the operation's result.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface ResponseDecoder<T> {

    /**
     * Decodes the body.
     *
     * @throws IOException if the body is not the expected JSON; the SDK turns it into an {@link
     *     InvalidResponseException} that does not echo the body
     */
    T decode(ResponseContext response) throws IOException;

    /**
     * Returns a decoder that reads a JSON object body with a model reader: the SDK's one way of
     * decoding responses (see {@link JsonReader}).
     *
     * @param reader the model's reader
     * @param <T> the result type
     * @return the decoder
     */
    static <T> ResponseDecoder<T> reading(JsonReader.Reader<T> reader) {
        return response -> JsonReader.read(response.body(), reader);
    }

    /** Returns a decoder of a JSON body into {@code type} by databind (internal types only). */
    static <T> ResponseDecoder<T> json(Class<T> type) {
        return json(Json.mapper().constructType(type));
    }

    /** Returns a decoder of a JSON body into a generic type. */
    static <T> ResponseDecoder<T> json(TypeReference<T> type) {
        return json(Json.mapper().getTypeFactory().constructType(type));
    }

    /** Returns a decoder of a JSON body into {@code type}. */
    static <T> ResponseDecoder<T> json(JavaType type) {
        return response -> {
            if (response.body().length == 0) {
                throw new IOException("empty body where JSON was expected");
            }
            T value = Json.mapper().readValue(response.body(), type);
            if (value == null) {
                throw new IOException("JSON null where an object was expected");
            }
            return value;
        };
    }

    /** Returns a decoder that ignores the body (for 202 and 204 answers). */
    static ResponseDecoder<Void> none() {
        return response -> null;
    }
}
