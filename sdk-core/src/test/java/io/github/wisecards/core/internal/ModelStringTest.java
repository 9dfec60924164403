package io.github.wisecards.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelStringTest {

    @Test
    void masksPersonalDataShortensCardTokensAndShowsIdsAndStatuses() {
        String s = ModelString.of("Thing")
                .add("id", 142L)
                .add("status", "PLACED")
                .add("cardHolderName", "John Smith")
                .add("embossedName", "JOHN SMITH")
                .add("phoneNumber", "+441234567890")
                .add("email", "john@example.com")
                .add("firstLine", "56 Shoreditch High St")
                .add("address", "Rua Oscar Freire")
                .add("postCode", "E1 6JJ")
                .add("city", "London")
                .add("country", "GB")
                .add("cardToken", "4dc0be88-903f-49e4-8237-735f1139e3dd")
                .add("password", "hunter2")
                .toString();

        assertThat(s)
                .isEqualTo("Thing{id=142, status=PLACED, cardHolderName=[MASKED], embossedName=[MASKED],"
                        + " phoneNumber=[MASKED], email=[MASKED], firstLine=[MASKED], address=[MASKED],"
                        + " postCode=[MASKED], city=[MASKED], country=GB, cardToken=****e3dd, password=[REDACTED]}");
    }

    @Test
    void leavesOutUnsetFieldsAndShowsNestedModelsByTheirOwnRule() {
        Object nested = new Object() {
            @Override
            public String toString() {
                return ModelString.of("Address").add("city", "London").toString();
            }
        };

        assertThat(ModelString.of("Order")
                        .add("id", 1)
                        .add("note", null)
                        .add("address", nested)
                        .toString())
                .isEqualTo("Order{id=1, address=Address{city=[MASKED]}}");
        assertThat(ModelString.of("Empty").toString()).isEqualTo("Empty{}");
    }
}
