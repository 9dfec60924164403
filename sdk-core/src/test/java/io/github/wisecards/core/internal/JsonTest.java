package io.github.wisecards.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonTest {
    static final class Stamped {
        @JsonProperty("at")
        final Instant at;

        @JsonProperty("label")
        final String label;

        @JsonCreator
        Stamped(@JsonProperty("at") Instant at, @JsonProperty("label") String label) {
            this.at = at;
            this.label = label;
        }
    }

    /** Has a getter Jackson must not pick up on its own. */
    static final class NotAutoDetected {
        @JsonProperty("shown")
        final String shown = "yes";

        public String getHidden() {
            return "no";
        }
    }

    @Test
    void instantKeepsEveryNanosecond() throws Exception {
        String json = "{\"at\":\"2023-07-31T01:43:24.596321434Z\",\"label\":\"x\"}";
        Stamped s = Json.mapper().readValue(json, Stamped.class);

        assertThat(s.at).isEqualTo(Instant.parse("2023-07-31T01:43:24.596321434Z"));
        assertThat(s.at.getNano()).isEqualTo(596_321_434);
        assertThat(Json.mapper().writeValueAsString(s)).isEqualTo(json);
    }

    @Test
    void unknownPropertiesAreIgnored() throws Exception {
        Stamped s =
                Json.mapper().readValue("{\"label\":\"x\",\"brandNew\":{\"nested\":[1,2]},\"at\":null}", Stamped.class);

        assertThat(s.label).isEqualTo("x");
        assertThat(s.at).isNull();
    }

    @Test
    void nullFieldsAreLeftOut() throws Exception {
        assertThat(Json.mapper().writeValueAsString(new Stamped(null, "x"))).isEqualTo("{\"label\":\"x\"}");
    }

    /** Shaped like a public model: no Jackson annotations, read and written by internal code. */
    static final class AnnotationFree {
        final String name = "John Smith";

        public String name() {
            return name;
        }
    }

    @Test
    void aModelPassedWithoutItsWriterIsRefusedInsteadOfSentAsAnEmptyObject() {
        assertThatThrownBy(() -> Json.mapper().writeValueAsString(new AnnotationFree()))
                .isInstanceOf(InvalidDefinitionException.class);
        assertThat(catchThrowable(() -> Json.mapper().writeValueAsString(new AnnotationFree())))
                .hasMessageNotContaining("John Smith");
    }

    @Test
    void onlyDeclaredPropertiesAreSerialized() throws Exception {
        assertThat(Json.mapper().writeValueAsString(new NotAutoDetected())).isEqualTo("{\"shown\":\"yes\"}");
    }

    @Test
    void decimalsOfUpToAHundredDigitsAndScaleAreReadExactly() throws Exception {
        String hundredDigits = "9".repeat(100);
        String scaleHundred = "0." + "0".repeat(99) + "1";

        assertThat(Json.mapper().readValue(hundredDigits, BigDecimal.class)).isEqualTo(new BigDecimal(hundredDigits));
        assertThat(Json.mapper().readValue(scaleHundred, BigDecimal.class)).isEqualTo(new BigDecimal(scaleHundred));
        assertThat(Json.mapper().readValue("1e100", BigDecimal.class)).isEqualTo(new BigDecimal("1e100"));
        assertThat(Json.mapper().readValue("[12.50]", BigDecimal[].class)).containsExactly(new BigDecimal("12.50"));
    }

    @Test
    void aDecimalOfMoreDigitsOrAWiderScaleIsRefusedBeforeACallerExpandsIt() {
        for (String tooBig : new String[] {"9".repeat(101), "1e-101", "1e101", "1e999999999", "-1e-999999999"}) {
            assertThatThrownBy(() -> Json.mapper().readValue(tooBig, BigDecimal.class))
                    .as(tooBig)
                    .isInstanceOf(JsonMappingException.class)
                    .hasMessageContaining("decimal out of bounds: more than 100 digits or a scale beyond 100");
        }
    }
}
