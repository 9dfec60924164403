package io.github.wisecards.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContractFormatsTest {

    @Test
    void isUuidAcceptsEitherCaseAndRefusesEveryOtherShape() {
        assertThat(ContractFormats.isUuid("054064c9-e01e-49fb-8fd9-b0990b9442f4"))
                .isTrue();
        assertThat(ContractFormats.isUuid("054064C9-E01E-49FB-8FD9-B0990B9442F4"))
                .isTrue();
        assertThat(ContractFormats.isUuid(null)).isFalse();
        assertThat(ContractFormats.isUuid("")).isFalse();
        assertThat(ContractFormats.isUuid("054064c9e01e49fb8fd9b0990b9442f4")).isFalse();
        assertThat(ContractFormats.isUuid("054064c9-e01e-49fb-8fd9-b0990b9442f"))
                .isFalse();
        assertThat(ContractFormats.isUuid("054064c9-e01e-49fb-8fd9-b0990b9442f4a"))
                .isFalse();
        assertThat(ContractFormats.isUuid("054064g9-e01e-49fb-8fd9-b0990b9442f4"))
                .isFalse();
        assertThat(ContractFormats.isUuid("054064c9-e01e-49fb-8fd9_b0990b9442f4"))
                .isFalse();
        assertThat(ContractFormats.isUuid("054064c9ee01e-49fb-8fd9-b0990b9442f4"))
                .isFalse();
        assertThat(ContractFormats.isUuid(
                        "\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0660-e01e-49fb-8fd9-b0990b9442f4"))
                .isFalse();
    }

    @Test
    void isUuidAgreesWithTheUuidPatternOnNearMisses() {
        String valid = "054064c9-e01e-49fb-8fd9-b0990b9442f4";
        char[] probes = {'0', '9', 'a', 'f', 'A', 'F', 'g', 'G', '-', '_', ' ', '/', ':', '@', '`', '\u00e9', '\u0660'};
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < valid.length(); i++) {
            for (char c : probes) {
                candidates.add(valid.substring(0, i) + c + valid.substring(i + 1));
            }
        }
        Random random = new Random(14);
        for (int n = 0; n < 2000; n++) {
            char[] text = valid.toCharArray();
            text[random.nextInt(text.length)] = (char) random.nextInt(0x80);
            candidates.add(new String(text));
        }
        for (String candidate : candidates) {
            assertThat(ContractFormats.isUuid(candidate))
                    .as(candidate)
                    .isEqualTo(ContractFormats.UUID.matcher(candidate).matches());
        }
    }
}
