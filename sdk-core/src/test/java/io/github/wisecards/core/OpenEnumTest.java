package io.github.wisecards.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wisecards.core.internal.Json;
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

        @JsonCreator
        static Colour of(String raw) {
            Colour known = KNOWN.get(raw);
            return known != null ? known : new Colour(raw, Value.UNKNOWN);
        }
    }

    static final class Holder {
        @JsonProperty("colour")
        final Colour colour;

        @JsonCreator
        Holder(@JsonProperty("colour") Colour colour) {
            this.colour = colour;
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
    }

    @Test
    void jacksonRoundTripKeepsKnownAndUnknownValues() throws Exception {
        Holder known = Json.mapper().readValue("{\"colour\":\"GREEN\"}", Holder.class);
        Holder unknown = Json.mapper().readValue("{\"colour\":\"MAUVE\"}", Holder.class);

        assertThat(known.colour).isSameAs(Colour.GREEN);
        assertThat(unknown.colour.value()).isEqualTo(Colour.Value.UNKNOWN);
        assertThat(Json.mapper().writeValueAsString(unknown)).isEqualTo("{\"colour\":\"MAUVE\"}");
        assertThat(Json.mapper().writeValueAsString(known)).isEqualTo("{\"colour\":\"GREEN\"}");
    }
}
