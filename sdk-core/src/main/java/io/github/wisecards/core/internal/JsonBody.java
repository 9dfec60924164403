package io.github.wisecards.core.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;
import java.util.Objects;

/**
 * A request body written by an internal writer rather than by annotations on the public params:
 * pass it to {@code ApiRequest.Builder.jsonBody(..)}. The transport serializes it with the shared
 * mapper, which hands the generator to the writer.
 *
 * @param <T> the params type
 */
public final class JsonBody<T> extends JsonSerializable.Base {
    /**
     * Writes one params object as a JSON value.
     *
     * @param <T> the params type
     */
    @FunctionalInterface
    public interface Writer<T> {
        /**
         * Writes {@code value}; leaves out fields that are not set.
         *
         * @param out the generator
         * @param value the value, never null
         * @throws IOException if the generator fails
         */
        void write(JsonGenerator out, T value) throws IOException;
    }

    private final T value;
    private final Writer<T> writer;

    private JsonBody(T value, Writer<T> writer) {
        this.value = Objects.requireNonNull(value, "value");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /**
     * Returns a body that writes {@code value} with {@code writer}.
     *
     * @param value the params
     * @param writer their writer
     * @param <T> the params type
     * @return the body
     */
    public static <T> JsonBody<T> of(T value, Writer<T> writer) {
        return new JsonBody<>(value, writer);
    }

    /** Returns the params this body writes. */
    public T value() {
        return value;
    }

    /**
     * Writes a string field when {@code value} is not null (unset fields are left out).
     *
     * @param out the generator
     * @param name the field name
     * @param value the value, or null to leave the field out
     * @throws IOException if the generator fails
     */
    public static void string(JsonGenerator out, String name, String value) throws IOException {
        if (value != null) {
            out.writeStringField(name, value);
        }
    }

    /**
     * Returns the JSON text this body sends (for tests and the test kit).
     *
     * @return the JSON text
     * @throws IOException if the writer fails
     */
    public String toJson() throws IOException {
        java.io.StringWriter text = new java.io.StringWriter();
        try (JsonGenerator out = Json.mapper().getFactory().createGenerator(text)) {
            writer.write(out, value);
        }
        return text.toString();
    }

    /**
     * Returns the UTF-8 JSON bytes this body sends: the writer on a generator of the shared
     * mapper's factory, without the mapper's serializer lookup (the same bytes {@code
     * writeValueAsBytes} gives, at less cost on every create).
     *
     * @return the JSON bytes
     * @throws IOException if the writer fails
     */
    public byte[] toBytes() throws IOException {
        JsonFactory factory = Json.mapper().getFactory();
        BufferRecycler recycler = factory._getBufferRecycler();
        try (ByteArrayBuilder bytes = new ByteArrayBuilder(recycler)) {
            try (JsonGenerator out = factory.createGenerator(bytes, JsonEncoding.UTF8)) {
                writer.write(out, value);
            }
            return bytes.getClearAndRelease();
        } finally {
            recycler.releaseToPool(); // as writeValueAsBytes does: the next body reuses its buffers
        }
    }

    @Override
    public void serialize(JsonGenerator gen, SerializerProvider serializers) throws IOException {
        writer.write(gen, value);
    }

    @Override
    public void serializeWithType(JsonGenerator gen, SerializerProvider serializers, TypeSerializer typeSer)
            throws IOException {
        writer.write(gen, value);
    }

    /** Returns the params' own {@code toString()}, which masks personal data. */
    @Override
    public String toString() {
        return value.toString();
    }
}
