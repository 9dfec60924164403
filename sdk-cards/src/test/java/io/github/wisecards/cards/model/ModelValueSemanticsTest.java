package io.github.wisecards.cards.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.core.errors.FieldViolation;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Every model is a value: equal when every field is equal (a copy through its builder), unequal
 * and hashed apart when one field differs, and shown by {@code toString} with its fields.
 */
class ModelValueSemanticsTest {

    private static <T> void assertValue(T value, T copy, T other, String shown) {
        assertThat(copy).isNotSameAs(value).isEqualTo(value).hasSameHashCodeAs(value);
        assertThat(value).isNotEqualTo(other).isNotEqualTo("not a model");
        assertThat(value.hashCode()).isNotEqualTo(other.hashCode());
        assertThat(value.toString()).contains(shown);
    }

    private static Address london() {
        return Address.other("GB")
                .firstLine("56 Shoreditch High St")
                .city("London")
                .postCode("E1 6JJ")
                .build();
    }

    @Test
    void cardProgramsAreValues() {
        CardProgram program = CardProgram.builder()
                .name("VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API")
                .scheme(CardScheme.VISA)
                .defaultCurrency("GBP")
                .cardType(CardType.PHYSICAL)
                .build();

        assertValue(
                program,
                program.toBuilder().build(),
                program.toBuilder().defaultCurrency("EUR").build(),
                "VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API");
    }

    @Test
    void deliveryDetailsAreValuesShownWithoutTheirTracking() {
        DeliveryDetails details = DeliveryDetails.builder()
                .deliveryVendor("DHL")
                .trackingUrl("https://track.example/1")
                .trackingNumber("JD0001")
                .deliveryOption(DeliveryOption.POSTAL_SERVICE_WITH_TRACKING)
                .build();

        assertValue(
                details,
                details.toBuilder().build(),
                details.toBuilder().trackingNumber("JD0002").build(),
                "DHL");
        assertThat(details.toString()).doesNotContain("JD0001");
    }

    @Test
    void requirementsAreValues() {
        Requirement pin = Requirement.builder()
                .type(RequirementType.PIN)
                .status(RequirementStatus.NEEDS_ACTION)
                .build();
        CardOrderRequirements requirements =
                CardOrderRequirements.builder().addRequirement(pin).build();

        assertValue(
                pin,
                pin.toBuilder().build(),
                pin.toBuilder().status(RequirementStatus.COMPLETED).build(),
                "PIN");
        assertValue(
                requirements,
                requirements.toBuilder().build(),
                CardOrderRequirements.builder()
                        .addRequirement(pin.toBuilder()
                                .status(RequirementStatus.COMPLETED)
                                .build())
                        .build(),
                "NEEDS_ACTION");
    }

    @Test
    void requirementStatusesParseToTheirConstantsAndUnknownOnesStayRaw() {
        for (RequirementStatus status : new RequirementStatus[] {
            RequirementStatus.NOT_INITIATED,
            RequirementStatus.NEEDS_ACTION,
            RequirementStatus.PENDING,
            RequirementStatus.COMPLETED,
            RequirementStatus.FAILED
        }) {
            assertThat(RequirementStatus.of(status.raw())).isSameAs(status);
        }
        RequirementStatus unknown = RequirementStatus.of("WAITING_FOR_KYC");
        assertThat(unknown.raw()).isEqualTo("WAITING_FOR_KYC");
        assertThat(unknown.value()).isEqualTo(RequirementStatus.Value.UNKNOWN);
    }

    @Test
    void requirementsAreAllCompletedOnlyWhenEachOneIs() {
        Requirement pinDone = Requirement.builder()
                .type(RequirementType.PIN)
                .status(RequirementStatus.COMPLETED)
                .build();
        Requirement addressDone = Requirement.builder()
                .type(RequirementType.ADDRESS)
                .status(RequirementStatus.COMPLETED)
                .build();
        CardOrderRequirements done = CardOrderRequirements.builder()
                .addRequirement(pinDone)
                .addRequirement(addressDone)
                .build();

        assertThat(done.allCompleted()).isTrue();
        assertThat(done.outstanding()).isEmpty();
        assertThat(done.toBuilder()
                        .addRequirement(Requirement.builder()
                                .type(RequirementType.VERIFICATION)
                                .status(RequirementStatus.PENDING)
                                .build())
                        .build()
                        .allCompleted())
                .isFalse();
    }

    @Test
    void anEmptyCardOrderIdInAPinPresetResultReadsAsAbsent() {
        assertThat(PinPresetResult.builder().cardOrderId("").build().cardOrderId())
                .isEmpty();
        assertThat(PinPresetResult.builder().build().cardOrderId()).isEmpty();
    }

    @Test
    void encryptingKeysAreValuesShownWithoutTheKey() {
        EncryptingKey key = EncryptingKey.builder().version(1).key("MIIBIjANBg").build();

        assertValue(key, key.toBuilder().build(), key.toBuilder().version(2).build(), "version=1");
        assertThat(key).isNotEqualTo(key.toBuilder().key("MIIBIjANBh").build());
        assertThat(key.toString()).doesNotContain("MIIBIjANBg");
    }

    @Test
    void addressValidationResultsAreValues() {
        AddressValidationResult invalid = AddressValidationResult.builder()
                .addError(FieldViolation.of("postCode", "Invalid post code"))
                .build();

        assertValue(
                invalid,
                invalid.toBuilder().build(),
                AddressValidationResult.builder().build(),
                "Invalid post code");
    }

    @Test
    void replacementDetailsAreValues() {
        ReplacementDetails details = ReplacementDetails.of("4a75fdb7", ReplacementReason.CARD_DAMAGED);

        assertValue(
                details,
                details.toBuilder().build(),
                details.toBuilder().reason(ReplacementReason.CARD_EXPIRING).build(),
                "CARD_DAMAGED");
    }

    @Test
    void pinPresetResultsAreValues() {
        PinPresetResult result = PinPresetResult.builder().cardOrderId("142").build();

        assertValue(
                result,
                result.toBuilder().build(),
                result.toBuilder().cardOrderId("143").build(),
                "142");
    }

    @Test
    void listParamsAreValues() {
        CardOrderListParams params =
                CardOrderListParams.builder().pageSize(20).pageNumber(3).build();

        assertValue(
                params,
                params.toBuilder().build(),
                params.toBuilder().pageNumber(4).build(),
                "pageNumber=3");
        assertThat(params).isNotEqualTo(params.toBuilder().pageSize(21).build());
    }

    @Test
    void createParamsAreValues() {
        CardOrderCreateParams params = CardOrderCreateParams.builder()
                .program("VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API")
                .cardHolderName("John Smith")
                .embossedName("JOHN SMITH")
                .phoneNumber("+6588888888")
                .address(london())
                .deliveryOption(DeliveryOption.KIOSK_COLLECTION)
                .lifetimeLimit(new BigDecimal("100.00"))
                .cardHolderProfileId(654321)
                .replacementDetails(ReplacementDetails.of("4a75fdb7", ReplacementReason.CARD_EXPIRING))
                .build();

        assertValue(
                params,
                params.toBuilder().build(),
                params.toBuilder().cardHolderProfileId(654322).build(),
                "VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API");
        assertThat(params.phoneNumber()).contains("+6588888888");
    }

    @Test
    void cardOrdersAreValues() {
        CardOrder order = CardOrder.builder()
                .id(142)
                .profileId(4242)
                .clientId("wise_api_docs")
                .cardProgram(CardProgram.builder()
                        .name("VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API")
                        .scheme(CardScheme.VISA)
                        .cardType(CardType.PHYSICAL)
                        .build())
                .address(london())
                .cardToken("4a75fdb7-5c3e-4e4e-8e6f-3f2d1c0b9a88")
                .replacesCard("0d1f2e3c-4b5a-4968-8776-655443322110")
                .creationTime(Instant.parse("2024-09-19T06:49:49.123456Z"))
                .modificationTime(Instant.parse("2024-09-19T06:50:00Z"))
                .status(CardOrderStatus.PLACED)
                .cardHolderName("John Smith")
                .phoneNumber("+6588888888")
                .lifetimeLimit(new BigDecimal("100.00"))
                .deliveryEstimate(Instant.parse("2024-09-26T00:00:00Z"))
                .cardHolderProfileId(654321)
                .build();

        assertValue(
                order,
                order.toBuilder().build(),
                order.toBuilder().cardHolderProfileId(7).build(),
                "142");
        assertThat(order.replacesCard()).contains("0d1f2e3c-4b5a-4968-8776-655443322110");
        assertThat(order.cardHolderProfileId()).hasValue(654321);
    }
}
