package io.github.wisecards.core.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A request field that tells "never set" (left out of the JSON) from "explicitly null" (sent as
 * {@code null}) from a value. Annotate such fields with {@code @JsonInclude(value =
 * JsonInclude.Include.CUSTOM, valueFilter = FieldValue.AbsentFilter.class)}.
 *
 * @param <T> the value type
 */
public sealed interface FieldValue<T> {

    /** Returns the absent marker: the field is left out of the JSON. */
    @SuppressWarnings("unchecked")
    static <T> FieldValue<T> absent() {
        return (FieldValue<T>) Absent.INSTANCE;
    }

    /** Returns the explicit null: the field is sent as {@code null}. */
    @SuppressWarnings("unchecked")
    static <T> FieldValue<T> explicitNull() {
        return (FieldValue<T>) Null.INSTANCE;
    }

    /** Returns a present value. */
    static <T> FieldValue<T> of(T value) {
        return new Present<>(Objects.requireNonNull(value, "value"));
    }

    /** Returns the value to serialize: the value, or null. */
    @JsonValue
    T jsonValue();

    /** Returns whether the field was set (to a value or to null). */
    default boolean isSet() {
        return !(this instanceof Absent);
    }

    /** Never set. */
    final class Absent<T> implements FieldValue<T> {
        static final Absent<?> INSTANCE = new Absent<>();

        private Absent() {}

        @Override
        public T jsonValue() {
            return null;
        }

        @Override
        public String toString() {
            return "<absent>";
        }
    }

    /** Explicitly null. */
    final class Null<T> implements FieldValue<T> {
        static final Null<?> INSTANCE = new Null<>();

        private Null() {}

        @Override
        public T jsonValue() {
            return null;
        }

        @Override
        public String toString() {
            return "null";
        }
    }

    /**
     * A value.
     *
     * @param value the value
     * @param <T> the value type
     */
    record Present<T>(T value) implements FieldValue<T> {
        @Override
        public T jsonValue() {
            return value;
        }
    }

    /** Jackson inclusion filter that leaves absent fields out of the JSON. */
    final class AbsentFilter {
        /** Jackson instantiates the filter. */
        public AbsentFilter() {}

        @Override
        public boolean equals(Object value) {
            return value == null || value instanceof Absent;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
