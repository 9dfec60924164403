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

    @Test
    void checkValueAcceptsAValueOfExactlyTheLimit() {
        assertThatCode(() -> HeaderRules.checkValue("s", "f", "x".repeat(HeaderRules.MAX_VALUE_LENGTH)))
                .doesNotThrowAnyException();
    }

    @Test
    void checkHeaderChecksTheValueToo() {
        assertThatThrownBy(() -> HeaderRules.checkHeader("s", "X-Partner", "v\r\nX-Injected: 1"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("headers.X-Partner")
                .hasMessageContaining("position 1");
    }

    @Test
    void checkHeaderAcceptsNamesOfOneTo256VisibleNonSeparatorCharacters() {
        for (String name : new String[] {"!", "~", "X-a.b_c*d'e|f#g$h%i^j&k+l`m", "x".repeat(256)}) {
            assertThatCode(() -> HeaderRules.checkHeader("s", name, "v")).doesNotThrowAnyException();
        }
    }

    @Test
    void checkHeaderRefusesEmptyLongControlAndSeparatorNames() {
        String[] refused = {
            "", "x".repeat(257), "X Y", "X\u007fY", "X\u0080Y", "X\tY", "\"X", "X}", "X\\Y", "X@Y", "X(Y"
        };
        for (String name : refused) {
            assertThatThrownBy(() -> HeaderRules.checkHeader("s", name, "v"))
                    .as(name)
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("a header name must be 1 to 256 visible ASCII characters");
        }
    }
}
