package io.github.wisecards.kiosk.model;

import io.github.wisecards.core.OpenEnum;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The machinery shared by the kiosk's error-code catalogues ({@link RequestErrorCode}, {@link
 * ProductionErrorCode}): one shared constant per known {@code Value}, named as Wise spells the
 * code, and the lookup of Wise's raw string that falls back to an {@code UNKNOWN} value keeping
 * the raw string. The catalogue's table itself stays in its {@code Value} enum.
 *
 * @param <V> the catalogue's {@code Value} enum
 * @param <C> the open enum of the catalogue
 */
final class ErrorCatalogue<V extends Enum<V>, C extends OpenEnum<V>> {
    private final Map<V, C> constants;
    private final Map<String, C> byRaw;
    private final V unknown;
    private final BiFunction<String, V, C> create;

    ErrorCatalogue(Class<V> values, V unknown, BiFunction<String, V, C> create) {
        this.unknown = unknown;
        this.create = create;
        Map<V, C> m = new EnumMap<>(values);
        Map<String, C> raw = new HashMap<>();
        for (V v : values.getEnumConstants()) {
            if (v != unknown) {
                C constant = create.apply(v.name(), v);
                m.put(v, constant);
                raw.put(constant.raw(), constant);
            }
        }
        this.constants = Collections.unmodifiableMap(m);
        this.byRaw = Map.copyOf(raw);
    }

    /** Returns the shared constant of a known value. */
    C get(V value) {
        return constants.get(value);
    }

    /** Returns the code for Wise's raw string: the shared constant when known, else UNKNOWN with the raw kept. */
    C of(String raw) {
        Objects.requireNonNull(raw, "raw");
        C known = byRaw.get(raw);
        return known != null ? known : create.apply(raw, unknown);
    }
}
