package io.github.wisecards.core.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.core.errors.ValidationException;
import org.junit.jupiter.api.Test;

class HeaderRulesTest {

    @Test
    void checkValueRefusesCrLfWithoutRepeatingTheValue() {
        assertThatThrownBy(() -> HeaderRules.checkValue("request options", "headers.X-Api-Key", "secret-42\r\nX: 1"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("headers.X-Api-Key")
                .hasMessageContaining("position 9")
                .hasMessageNotContaining("secret-42");
    }

    @Test
    void checkValueAcceptsVisibleAsciiSpacesAndTabs() {
        assertThatCode(() -> HeaderRules.checkValue("s", "f", "a b\tc~!")).doesNotThrowAnyException();
    }

    @Test
    void checkValueRefusesValuesLongerThanTheLimit() {
        assertThatThrownBy(() -> HeaderRules.checkValue("s", "f", "x".repeat(HeaderRules.MAX_VALUE_LENGTH + 1)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("at most");
    }

    @Test
    void checkHeaderRefusesReservedNamesWhateverTheirCase() {
        assertThatThrownBy(() -> HeaderRules.checkHeader("s", "TRANSFER-encoding", "chunked"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("managed by the SDK or HTTP");
    }

    @Test
    void checkHeaderRefusesNamesWithSeparatorsWithoutRepeatingThem() {
        assertThatThrownBy(() -> HeaderRules.checkHeader("s", "X-Secret-abc:def", "v"))
                .isInstanceOf(ValidationException.class)
                .hasMessageNotContaining("X-Secret-abc");
    }
}
