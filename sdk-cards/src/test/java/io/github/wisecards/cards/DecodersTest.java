package io.github.wisecards.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.cards.model.AddressValidationResult;
import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.internal.ResponseContext;
import io.github.wisecards.core.internal.ResponseDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The list decoders report malformed answers as the decoder contract's IOException. */
class DecodersTest {

    @Test
    void nullCardProgramEntryIsAMalformedAnswerNotANullPointer() {
        assertThatThrownBy(() -> decode(Decoders.PROGRAM_LIST, "{\"cardPrograms\":[null]}"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("JSON null in a list");
    }

    @Test
    void nullCardOrderEntryIsAMalformedAnswerNotANullPointer() {
        assertThatThrownBy(() -> decode(Decoders.ORDERS_PAGE, "{\"totalCount\":1,\"cardOrders\":[null]}"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("JSON null in a list");
    }

    @Test
    void missingOrNullListIsEmpty() throws IOException {
        assertThat(decode(Decoders.PROGRAM_LIST, "{\"cardPrograms\":null}")).isEmpty();
        assertThat(decode(Decoders.PROGRAM_LIST, "{}")).isEmpty();
    }

    @Test
    void unknownFieldsAroundCardProgramsAreSkipped() throws IOException {
        String program = "{\"name\":\"VISA_DEBIT_BUSINESS_UK_1_CARDS_API\",\"scheme\":\"VISA\","
                + "\"defaultCurrency\":\"GBP\",\"cardType\":\"VIRTUAL_NON_UPGRADEABLE\"}";

        assertThat(decode(
                        Decoders.PROGRAM_LIST,
                        "{\"note\":{\"cardPrograms\":[]},\"cardPrograms\":[" + program + "],\"more\":[1]}"))
                .singleElement()
                .satisfies(p -> assertThat(p.name()).contains("VISA_DEBIT_BUSINESS_UK_1_CARDS_API"));
    }

    @Test
    void unknownFieldsInAnAddressValidationAnswerAndItsErrorsAreSkipped() throws IOException {
        AddressValidationResult result = decode(
                Decoders.ADDRESS_VALIDATION,
                "{\"valid\":{\"errors\":[]},\"errors\":[{\"extra\":{\"field\":\"city\"},"
                        + "\"field\":\"postCode\",\"message\":\"Invalid post code\"}],\"more\":[1]}");

        assertThat(result.errors()).containsExactly(FieldViolation.of("postCode", "Invalid post code"));
    }

    private static <T> T decode(ResponseDecoder<T> decoder, String body) throws IOException {
        return decoder.decode(new ResponseContext(
                200,
                Map.of(),
                body.getBytes(StandardCharsets.UTF_8),
                "GET",
                "/v3/spend/profiles/1/card-orders",
                1,
                false,
                null,
                null,
                () -> null));
    }
}
