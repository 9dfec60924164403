package io.github.wisecards.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.core.errors.ValidationException;
import org.junit.jupiter.api.Test;

class RequestOptionsUserTest {

    @Test
    void userIsKeptComparedAndCopied() {
        RequestOptions options = RequestOptions.builder().user("customer-42").build();

        assertThat(options.user()).contains("customer-42");
        assertThat(options.toBuilder().build()).isEqualTo(options).hasSameHashCodeAs(options);
        assertThat(options).isNotEqualTo(RequestOptions.none());
        assertThat(RequestOptions.none().user()).isEmpty();
        assertThat(options.toString()).contains("user=customer-42");
    }

    @Test
    void userRefusesEmptyTooLongAndNonVisibleAscii() {
        for (String bad : new String[] {"", "a".repeat(129), "customer 42", "kunde-ü", "a\nb"}) {
            assertThatThrownBy(() -> RequestOptions.builder().user(bad))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            e -> assertThat(e.violations())
                                    .extracting(v -> v.field())
                                    .containsExactly("user"));
        }
        assertThat(RequestOptions.builder().user("a".repeat(128)).build().user())
                .isPresent();
    }
}
