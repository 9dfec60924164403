package io.github.wisecards.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.core.internal.JsonReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenEnumTest {
    /** A sample open enum shaped as STYLE.md prescribes. */
    static final class Colour extends OpenEnum<Colour.Value> {
        static final Colour RED = new Colour("RED", Value.RED);
        static final Colour GREEN = new Colour("GREEN", Value.GREEN);
        private static final Map<String, Colour> KNOWN = Map.of("RED", RED, "GREEN", GREEN);

        enum Value {
            RED,
            GREEN,
            UNKNOWN
        }

        private Colour(String raw, Value value) {
            super(raw, value);
        }

        static Colour of(String raw) {
            Colour known = KNOWN.get(raw);
            return known != null ? known : new Colour(raw, Value.UNKNOWN);
        }
    }

    @Test
    void knownValuesReuseTheConstants() {
        assertThat(Colour.of("RED")).isSameAs(Colour.RED);
        assertThat(Colour.RED.value()).isEqualTo(Colour.Value.RED);
        assertThat(Colour.RED.isKnown()).isTrue();
    }

    @Test
    void unknownValuesKeepTheirRawString() {
        Colour c = Colour.of("ULTRAVIOLET");
        assertThat(c.value()).isEqualTo(Colour.Value.UNKNOWN);
        assertThat(c.isKnown()).isFalse();
        assertThat(c.raw()).isEqualTo("ULTRAVIOLET");
        assertThat(c).hasToString("ULTRAVIOLET");
    }

    @Test
    void equalityIsByRawString() {
        assertThat(Colour.of("ULTRAVIOLET"))
                .isEqualTo(Colour.of("ULTRAVIOLET"))
                .hasSameHashCodeAs(Colour.of("ULTRAVIOLET"))
                .isNotEqualTo(Colour.of("INFRARED"));
        assertThat(Colour.RED).isNotEqualTo("RED");
        assertThat(Colour.of("PURPLE")).hasSameHashCodeAs(Colour.of("PURPLE"));
        assertThat(Colour.of("PURPLE").hashCode()).isEqualTo("PURPLE".hashCode());
    }

    @Test
    void sdkReaderKeepsKnownAndUnknownValuesRaw() throws Exception {
        JsonReader.Reader<Colour> colour = in -> {
            Colour c = null;
            for (String f; (f = in.nextField()) != null; ) {
                if (f.equals("colour")) {
                    c = in.openEnum(Colour::of);
                } else {
                    in.skipValue();
                }
            }
            return c;
        };
        Colour known = JsonReader.read("{\"colour\":\"GREEN\"}".getBytes(StandardCharsets.UTF_8), colour);
        Colour unknown = JsonReader.read("{\"colour\":\"MAUVE\"}".getBytes(StandardCharsets.UTF_8), colour);

        assertThat(known).isSameAs(Colour.GREEN);
        assertThat(unknown.value()).isEqualTo(Colour.Value.UNKNOWN);
        assertThat(unknown.raw()).isEqualTo("MAUVE");
    }
}
