package io.github.wisecards.core.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The SDK's one Jackson configuration. Models are not bound by it: responses are read by {@link
 * JsonReader} and request bodies written by {@link JsonBody} writers, both on this mapper's
 * parser and generator factory (so its read constraints apply). The mapper itself serves the
 * internal bodies that are plain maps, JSON trees (log redaction, error bodies, webhook event
 * keys) and tests: unknown properties ignored, {@code Instant} written as ISO-8601 text with
 * every nanosecond kept, unset fields left out, no auto-detected properties, decimals bounded in
 * digits and scale.
 */
public final class Json {
    /** The most significant digits a decimal read from a response may have. */
    public static final int MAX_DECIMAL_DIGITS = 100;

    /** The largest scale (digits after the point, or zeros before it) a decimal may have. */
    public static final int MAX_DECIMAL_SCALE = 100;

    private static final ObjectMapper MAPPER = create();

    private Json() {}

    /** Returns the shared, thread-safe mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads a {@link BigDecimal} and refuses more than {@link #MAX_DECIMAL_DIGITS} significant
     * digits or a scale beyond {@link #MAX_DECIMAL_SCALE} either way: {@code 1e999999999} is short
     * text, but a caller's {@code toPlainString()} of it runs out of memory.
     */
    static final class BoundedDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {
        private static final long serialVersionUID = 1L;

        BoundedDecimalDeserializer() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
            if (value != null
                    && (value.precision() > MAX_DECIMAL_DIGITS || Math.abs((long) value.scale()) > MAX_DECIMAL_SCALE)) {
                throw JsonMappingException.from(
                        p,
                        "decimal out of bounds: more than " + MAX_DECIMAL_DIGITS + " digits or a scale beyond "
                                + MAX_DECIMAL_SCALE);
            }
            return value;
        }
    }

    /** Creates a new mapper with the SDK's configuration. */
    public static ObjectMapper create() {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // a public model has no Jackson properties: passed as a body without its
                // JsonBody writer it must fail loudly, not go out as {}
                .enable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .addModule(new SimpleModule("bounded-decimals")
                        .addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer()))
                .build();
        mapper.setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE);
        mapper.setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);
        return mapper;
    }
}
