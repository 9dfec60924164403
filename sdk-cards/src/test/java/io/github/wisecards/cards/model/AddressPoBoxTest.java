package io.github.wisecards.cards.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.core.errors.FieldViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every PO box phrase is still caught behind the cheap keyword check that skips the regex. */
class AddressPoBoxTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Post Office Box 3",
                "POBox 1",
                "p o box 5",
                "Postfach 12",
                "Boîte postale 5",
                "boite postale 5",
                "Apartado de correos 3",
                "Apartado postal 3",
                "Casilla de correo 9",
                "locked bag 2",
                "caixa postal 4",
                "Unit 2, PO Box 77"
            })
    void rejectsEveryPhraseInAnyCase(String line) {
        assertThat(Address.other("GB")
                        .firstLine("1 Main Street")
                        .secondLine(line)
                        .city("London")
                        .postCode("E1 6JJ")
                        .build()
                        .validate())
                .containsExactly(FieldViolation.of("secondLine", "PO Box addresses are not supported"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12 Boxhill Road", "Postman's Walk 4", "Bagshot Row 1", "Correos Street 5"})
    void keywordsInsideOrdinaryWordsAreNotPoBoxes(String line) {
        assertThat(Address.other("GB")
                        .firstLine(line)
                        .city("London")
                        .postCode("E1 6JJ")
                        .build()
                        .validate())
                .isEmpty();
    }
}
