package io.github.wisecards.cards.model;

import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.internal.ModelString;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The body of a card order creation. Build it freely; {@link #validate()} (run by {@code create}
 * before anything is sent) reports every problem at once, in the shape of Wise's address
 * validation.
 *
 * <pre>{@code
 * CardOrderCreateParams params = CardOrderCreateParams.builder()
 *     .program("VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API")
 *     .cardHolderName("John Smith")
 *     .embossedName("JOHN SMITH")
 *     .phoneNumber("+441234567890")
 *     .address(Address.other("GB").firstLine("56 Shoreditch High St").city("London").postCode("E1 6JJ").build())
 *     .lifetimeLimit(100)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CardOrderCreateParams {
    /** The longest embossed name, in characters (spaces included). */
    public static final int MAX_EMBOSSED_NAME_LENGTH = 22;

    /** E.164: a plus sign, a country code not starting with 0, at most 15 digits in all. */
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{1,14}");

    /** What card embossers print: Latin letters, spaces, hyphens, apostrophes and full stops. */
    private final String program;

    private final String cardHolderName;

    private final String embossedName;

    private final String phoneNumber;

    private final Address address;

    private final DeliveryOption deliveryOption;

    private final BigDecimal lifetimeLimit;

    private final Long cardHolderProfileId;

    private final ReplacementDetails replacementDetails;

    private CardOrderCreateParams(Builder b) {
        this.program = b.program;
        this.cardHolderName = b.cardHolderName;
        this.embossedName = b.embossedName;
        this.phoneNumber = b.phoneNumber;
        this.address = b.address;
        this.deliveryOption = b.deliveryOption;
        this.lifetimeLimit = b.lifetimeLimit;
        this.cardHolderProfileId = b.cardHolderProfileId;
        this.replacementDetails = b.replacementDetails;
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding these values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.program = program;
        b.cardHolderName = cardHolderName;
        b.embossedName = embossedName;
        b.phoneNumber = phoneNumber;
        b.address = address;
        b.deliveryOption = deliveryOption;
        b.lifetimeLimit = lifetimeLimit;
        b.cardHolderProfileId = cardHolderProfileId;
        b.replacementDetails = replacementDetails;
        return b;
    }

    /**
     * Checks these parameters locally, without I/O: required fields ({@code program}, {@code
     * cardHolderName}, {@code address}), the embossed name (1 to 22 characters, spaces included:
     * the only documented rule), the phone number (E.164, {@code +} and country code), the address
     * (see {@link Address#validate()}; fields reported as {@code address.<field>}), the delivery
     * option (one of the contract's three values), the
     * lifetime limit (&gt;= 0), the card holder profile id (&gt; 0) and the replacement details
     * (card token and a reason of {@code CARD_DAMAGED} or {@code CARD_EXPIRING}).
     *
     * @return every violation found; empty when the parameters are valid
     */
    public List<FieldViolation> validate() {
        List<FieldViolation> out = new ArrayList<>();
        if (isBlank(program)) {
            out.add(FieldViolation.of("program", AddressRules.REQUIRED));
        }
        if (isBlank(cardHolderName)) {
            out.add(FieldViolation.of("cardHolderName", AddressRules.REQUIRED));
        }
        if (embossedName != null) {
            int length = embossedName.codePointCount(0, embossedName.length());
            if (length < 1 || length > MAX_EMBOSSED_NAME_LENGTH) {
                out.add(FieldViolation.of(
                        "embossedName", "Must be between 1 and " + MAX_EMBOSSED_NAME_LENGTH + " characters"));
            }
        }
        if (phoneNumber != null && !E164.matcher(phoneNumber).matches()) {
            out.add(FieldViolation.of(
                    "phoneNumber", "Must start with + followed by the country code, for example +6588888888"));
        }
        if (address == null) {
            out.add(FieldViolation.of("address", AddressRules.REQUIRED));
        } else {
            for (FieldViolation v : address.validate()) {
                out.add(FieldViolation.of("address." + v.field(), v.message()));
            }
        }
        if (deliveryOption != null && !deliveryOption.isKnown()) {
            out.add(FieldViolation.of(
                    "deliveryOption",
                    "Must be POSTAL_SERVICE_STANDARD, POSTAL_SERVICE_WITH_TRACKING or KIOSK_COLLECTION"));
        }
        if (lifetimeLimit != null && lifetimeLimit.signum() < 0) {
            out.add(FieldViolation.of("lifetimeLimit", "Must be greater than or equal to 0"));
        }
        if (cardHolderProfileId != null && cardHolderProfileId <= 0) {
            out.add(FieldViolation.of("cardHolderProfileId", "Must be a positive profile id"));
        }
        if (replacementDetails != null) {
            if (isBlank(replacementDetails.cardToken().orElse(null))) {
                out.add(FieldViolation.of("replacementDetails.cardToken", AddressRules.REQUIRED));
            }
            ReplacementReason reason = replacementDetails.reason().orElse(null);
            if (reason == null) {
                out.add(FieldViolation.of("replacementDetails.reason", AddressRules.REQUIRED));
            } else if (!reason.isKnown()) {
                out.add(FieldViolation.of("replacementDetails.reason", "Must be CARD_DAMAGED or CARD_EXPIRING"));
            }
        }
        return List.copyOf(out);
    }

    /** {@return the card program's name} */
    public Optional<String> program() {
        return Optional.ofNullable(program);
    }

    /** {@return the card holder's name} */
    public Optional<String> cardHolderName() {
        return Optional.ofNullable(cardHolderName);
    }

    /** {@return the name to print on a physical card} */
    public Optional<String> embossedName() {
        return Optional.ofNullable(embossedName);
    }

    /** {@return the phone number} */
    public Optional<String> phoneNumber() {
        return Optional.ofNullable(phoneNumber);
    }

    /** {@return the billing or delivery address} */
    public Optional<Address> address() {
        return Optional.ofNullable(address);
    }

    /** {@return the delivery option} */
    public Optional<DeliveryOption> deliveryOption() {
        return Optional.ofNullable(deliveryOption);
    }

    /** {@return the lifetime spending limit} */
    public Optional<BigDecimal> lifetimeLimit() {
        return Optional.ofNullable(lifetimeLimit);
    }

    /** {@return the card holder's personal profile id} */
    public OptionalLong cardHolderProfileId() {
        return cardHolderProfileId == null ? OptionalLong.empty() : OptionalLong.of(cardHolderProfileId);
    }

    /** {@return the replacement details} */
    public Optional<ReplacementDetails> replacementDetails() {
        return Optional.ofNullable(replacementDetails);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardOrderCreateParams p
                && Objects.equals(p.program, program)
                && Objects.equals(p.cardHolderName, cardHolderName)
                && Objects.equals(p.embossedName, embossedName)
                && Objects.equals(p.phoneNumber, phoneNumber)
                && Objects.equals(p.address, address)
                && Objects.equals(p.deliveryOption, deliveryOption)
                && Objects.equals(p.lifetimeLimit, lifetimeLimit)
                && Objects.equals(p.cardHolderProfileId, cardHolderProfileId)
                && Objects.equals(p.replacementDetails, replacementDetails);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                program,
                cardHolderName,
                embossedName,
                phoneNumber,
                address,
                deliveryOption,
                lifetimeLimit,
                cardHolderProfileId,
                replacementDetails);
    }

    @Override
    public String toString() {
        return ModelString.of("CardOrderCreateParams")
                .add("program", program)
                .add("cardHolderName", cardHolderName)
                .add("embossedName", embossedName)
                .add("phoneNumber", phoneNumber)
                .add("deliveryOption", deliveryOption)
                .add("lifetimeLimit", lifetimeLimit)
                .add("cardHolderProfileId", cardHolderProfileId)
                .add("replacementDetails", replacementDetails)
                .add("address", address)
                .toString();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Builds {@link CardOrderCreateParams}; nothing is checked until validation. Not thread-safe. */
    public static final class Builder {
        private String program;
        private String cardHolderName;
        private String embossedName;
        private String phoneNumber;
        private Address address;
        private DeliveryOption deliveryOption;
        private BigDecimal lifetimeLimit;
        private Long cardHolderProfileId;
        private ReplacementDetails replacementDetails;

        private Builder() {}

        /**
         * Sets the card program's name (required), from {@code availability}.
         *
         * @param program the card program's name, from {@code availability}; required: {@link
         *     CardOrderCreateParams#validate()} reports it when missing
         * @return this builder
         */
        public Builder program(String program) {
            this.program = program;
            return this;
        }

        /**
         * Sets the card holder's name (required).
         *
         * @param cardHolderName the card holder's name; required: {@link
         *     CardOrderCreateParams#validate()} reports it when missing
         * @return this builder
         */
        public Builder cardHolderName(String cardHolderName) {
            this.cardHolderName = cardHolderName;
            return this;
        }

        /**
         * Sets the name printed on a physical card: 1 to 22 characters, spaces included, the only
         * rule Wise documents and the only one checked locally. Note that kiosk production can
         * refuse characters its printer does not support ({@code CHARSET_NOT_SUPPORTED}, see the
         * kiosk module's {@code RequestErrorCode}); for cards collected at a kiosk, plain Latin
         * letters, spaces and {@code .'-} are the safe choice.
         *
         * @param embossedName the name to emboss; {@code null} clears it (the field is then not
         *     sent)
         * @return this builder
         */
        public Builder embossedName(String embossedName) {
            this.embossedName = embossedName;
            return this;
        }

        /**
         * Sets the phone number, {@code +} and the country code, for example {@code +6588888888}.
         * For partners onboarded after 2025-03-01 Wise uses the profile's phone number for OTPs.
         *
         * @param phoneNumber the number in E.164 form; {@code null} clears it. {@link
         *     CardOrderCreateParams#validate()} reports one that is not E.164 ({@code +}, then 2 to
         *     15 digits, the first not 0)
         * @return this builder
         */
        public Builder phoneNumber(String phoneNumber) {
            this.phoneNumber = phoneNumber;
            return this;
        }

        /**
         * Sets the billing (virtual card) or delivery (physical card) address (required).
         *
         * @param address the billing (virtual card) or delivery (physical card) address; required:
         *     {@link CardOrderCreateParams#validate()} reports it when missing
         * @return this builder
         */
        public Builder address(Address address) {
            this.address = address;
            return this;
        }

        /**
         * Sets the delivery option: any of {@link DeliveryOption#POSTAL_SERVICE_STANDARD}, {@link
         * DeliveryOption#POSTAL_SERVICE_WITH_TRACKING} and {@link DeliveryOption#KIOSK_COLLECTION}
         * is sent. Wise's advice: specify this field only for {@code KIOSK_COLLECTION}; leave it unset
         * otherwise and Wise uses your region's default ({@code POSTAL_SERVICE_STANDARD}, untracked;
         * {@code POSTAL_SERVICE_WITH_TRACKING} in Brazil and some other regions). The delivery
         * method is agreed with your Implementation Manager during scoping.
         *
         * @param deliveryOption the delivery option; {@code null} clears it (Wise then uses the
         *     default)
         * @return this builder
         */
        public Builder deliveryOption(DeliveryOption deliveryOption) {
            this.deliveryOption = deliveryOption;
            return this;
        }

        /**
         * Sets the lifetime spending limit (&gt;= 0; 0 makes the card unusable until raised).
         *
         * @param lifetimeLimit the limit, in the card's default currency; {@code null} clears it
         *     (no
         *     limit is sent). {@link CardOrderCreateParams#validate()} reports a negative one
         * @return this builder
         */
        public Builder lifetimeLimit(BigDecimal lifetimeLimit) {
            this.lifetimeLimit = lifetimeLimit;
            return this;
        }

        /**
         * Sets the lifetime spending limit (&gt;= 0; 0 makes the card unusable until raised).
         *
         * @param lifetimeLimit the limit, in whole units of the card's default currency
         * @return this builder
         */
        public Builder lifetimeLimit(long lifetimeLimit) {
            return lifetimeLimit(BigDecimal.valueOf(lifetimeLimit));
        }

        /**
         * Sets the card holder's personal profile id, when a business orders for someone else.
         *
         * @param cardHolderProfileId the card holder's personal profile id; {@link
         *     CardOrderCreateParams#validate()} reports one that is not positive
         * @return this builder
         */
        public Builder cardHolderProfileId(long cardHolderProfileId) {
            this.cardHolderProfileId = cardHolderProfileId;
            return this;
        }

        /**
         * Sets the card this order replaces, and why.
         *
         * @param replacementDetails the card this order replaces, and why; {@code null} clears it
         * @return this builder
         */
        public Builder replacementDetails(ReplacementDetails replacementDetails) {
            this.replacementDetails = replacementDetails;
            return this;
        }

        /**
         * Builds the parameters; see {@link CardOrderCreateParams#validate()}.
         *
         * @return the parameters, possibly invalid
         */
        public CardOrderCreateParams build() {
            return new CardOrderCreateParams(this);
        }
    }
}
