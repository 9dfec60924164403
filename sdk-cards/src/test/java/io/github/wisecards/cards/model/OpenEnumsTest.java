package io.github.wisecards.cards.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every open enum reuses its constant for each documented value and keeps an unknown one raw. */
class OpenEnumsTest {

    private static <T> void assertParses(Function<String, T> of, Function<T, String> raw, List<T> documented) {
        for (T constant : documented) {
            assertThat(of.apply(raw.apply(constant))).isSameAs(constant);
        }
        T unknown = of.apply("SOMETHING_NEW");
        assertThat(unknown).isNotNull();
        assertThat(raw.apply(unknown)).isEqualTo("SOMETHING_NEW");
        assertThat(documented).doesNotContain(unknown);
    }

    @Test
    void cardSchemesParseToTheirConstants() {
        assertParses(CardScheme::of, CardScheme::raw, List.of(CardScheme.VISA, CardScheme.MASTERCARD));
    }

    @Test
    void cardTypesParseToTheirConstants() {
        assertParses(CardType::of, CardType::raw, List.of(CardType.VIRTUAL_NON_UPGRADEABLE, CardType.PHYSICAL));
    }

    @Test
    void deliveryOptionsParseToTheirConstants() {
        assertParses(
                DeliveryOption::of,
                DeliveryOption::raw,
                List.of(
                        DeliveryOption.POSTAL_SERVICE_STANDARD,
                        DeliveryOption.POSTAL_SERVICE_WITH_TRACKING,
                        DeliveryOption.KIOSK_COLLECTION));
    }

    @Test
    void replacementReasonsParseToTheirConstants() {
        assertParses(
                ReplacementReason::of,
                ReplacementReason::raw,
                List.of(ReplacementReason.CARD_DAMAGED, ReplacementReason.CARD_EXPIRING));
    }

    @Test
    void requirementTypesParseToTheirConstants() {
        assertParses(
                RequirementType::of,
                RequirementType::raw,
                List.of(RequirementType.PIN, RequirementType.VERIFICATION, RequirementType.ADDRESS));
    }
}
