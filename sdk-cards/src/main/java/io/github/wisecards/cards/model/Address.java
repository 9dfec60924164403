package io.github.wisecards.cards.model;

import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.internal.ModelString;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A card holder's address: the billing address of a virtual card, the delivery address of a
 * physical card. Wise uses two shapes, chosen by country:
 *
 * <ul>
 *   <li>Brazil ({@code BR}): {@code addressNumber}, {@code address}, {@code district}, {@code
 *       complement}, {@code postCode}, {@code city}, {@code state}, {@code country}; build with
 *       {@link #brazil()}.
 *   <li>Every other country: {@code firstLine}, {@code secondLine}, {@code thirdLine}, {@code
 *       postCode}, {@code city}, {@code state}, {@code country}; build with {@link #australia()}
 *       or {@link #other(String)}.
 * </ul>
 *
 * <pre>{@code
 * Address address = Address.other("GB")
 *     .firstLine("56 Shoreditch High St")
 *     .secondLine("The Tea Bldg")
 *     .city("London")
 *     .postCode("E1 6JJ")
 *     .build();
 * List<FieldViolation> problems = address.validate(); // empty when valid
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Address {
    private final String addressNumber;

    private final String address;

    private final String district;

    private final String complement;

    private final String firstLine;

    private final String secondLine;

    private final String thirdLine;

    private final String postCode;

    private final String city;

    private final String state;

    private final String country;

    private Address(Builder b) {
        this.addressNumber = b.addressNumber;
        this.address = b.address;
        this.district = b.district;
        this.complement = b.complement;
        this.firstLine = b.firstLine;
        this.secondLine = b.secondLine;
        this.thirdLine = b.thirdLine;
        this.postCode = b.postCode;
        this.city = b.city;
        this.state = b.state;
        this.country = b.country;
    }

    /**
     * Starts a Brazilian address ({@code country} {@code BR}).
     *
     * @return a builder for the Brazilian shape, its country set to {@code BR}
     */
    public static BrazilAddressBuilder brazil() {
        return new BrazilAddressBuilder();
    }

    /**
     * Starts an Australian address ({@code country} {@code AU}); its state is required.
     *
     * @return a builder for the line-based shape, its country set to {@code AU}
     */
    public static AddressLinesBuilder australia() {
        return new AddressLinesBuilder("AU");
    }

    /**
     * Starts an address in a country other than Brazil, in the line-based shape.
     *
     * @param countryCode the ISO 3166-1 alpha-2 code, for example {@code GB}
     * @throws IllegalArgumentException for {@code BR}: use {@link #brazil()}
     * @return a builder for the line-based shape, its country set to {@code countryCode} as given
     * @throws NullPointerException if {@code countryCode} is null
     */
    public static AddressLinesBuilder other(String countryCode) {
        Objects.requireNonNull(countryCode, "countryCode");
        if (countryCode.trim().equalsIgnoreCase("BR")) {
            throw new IllegalArgumentException("country BR uses the Brazilian shape: use Address.brazil()");
        }
        return new AddressLinesBuilder(countryCode);
    }

    /**
     * {@return a builder with every field of both shapes; prefer {@link #brazil()}, {@link
     * #australia()} or {@link #other(String)}}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this address's values} */
    public Builder toBuilder() {
        return builder()
                .addressNumber(addressNumber)
                .address(address)
                .district(district)
                .complement(complement)
                .firstLine(firstLine)
                .secondLine(secondLine)
                .thirdLine(thirdLine)
                .postCode(postCode)
                .city(city)
                .state(state)
                .country(country);
    }

    /**
     * Validates this address locally with Wise's documented rules for its country (required
     * fields, maximum lengths, postcode format, state codes, country code, no PO boxes). Pure: no
     * I/O.
     *
     * @return the violations in Wise's wording ({@code Required Field}, {@code Must be less than
     *     N characters}, {@code Please enter a valid postcode}); empty when valid
     */
    public List<FieldViolation> validate() {
        return AddressRules.validate(this);
    }

    /** {@return whether this address uses the Brazilian shape (its country is {@code BR})} */
    public boolean isBrazilian() {
        return country != null && "BR".equals(country.trim().toUpperCase(Locale.ROOT));
    }

    /** {@return the address number (Brazil)} */
    public Optional<String> addressNumber() {
        return Optional.ofNullable(addressNumber);
    }

    /** {@return the street address (Brazil)} */
    public Optional<String> address() {
        return Optional.ofNullable(address);
    }

    /** {@return the district (Brazil)} */
    public Optional<String> district() {
        return Optional.ofNullable(district);
    }

    /** {@return the complement (Brazil)} */
    public Optional<String> complement() {
        return Optional.ofNullable(complement);
    }

    /** {@return the first address line (countries other than Brazil)} */
    public Optional<String> firstLine() {
        return Optional.ofNullable(firstLine);
    }

    /** {@return the second address line (countries other than Brazil)} */
    public Optional<String> secondLine() {
        return Optional.ofNullable(secondLine);
    }

    /** {@return the third address line (countries other than Brazil)} */
    public Optional<String> thirdLine() {
        return Optional.ofNullable(thirdLine);
    }

    /** {@return the postal code} */
    public Optional<String> postCode() {
        return Optional.ofNullable(postCode);
    }

    /** {@return the city} */
    public Optional<String> city() {
        return Optional.ofNullable(city);
    }

    /** {@return the state code, for example {@code RR} or {@code NSW}} */
    public Optional<String> state() {
        return Optional.ofNullable(state);
    }

    /**
     * {@return the ISO 3166-1 alpha-2 country code, when given: always set on an address you build
     * with {@link #brazil()}, {@link #australia()} or {@link #other(String)}, but optional in Wise's
     * answers (the contract marks no address field required)}
     */
    public Optional<String> country() {
        return Optional.ofNullable(country);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Address a
                && Objects.equals(a.addressNumber, addressNumber)
                && Objects.equals(a.address, address)
                && Objects.equals(a.district, district)
                && Objects.equals(a.complement, complement)
                && Objects.equals(a.firstLine, firstLine)
                && Objects.equals(a.secondLine, secondLine)
                && Objects.equals(a.thirdLine, thirdLine)
                && Objects.equals(a.postCode, postCode)
                && Objects.equals(a.city, city)
                && Objects.equals(a.state, state)
                && Objects.equals(a.country, country);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                addressNumber,
                address,
                district,
                complement,
                firstLine,
                secondLine,
                thirdLine,
                postCode,
                city,
                state,
                country);
    }

    @Override
    public String toString() {
        return ModelString.of("Address")
                .add("addressNumber", addressNumber)
                .add("address", address)
                .add("district", district)
                .add("complement", complement)
                .add("firstLine", firstLine)
                .add("secondLine", secondLine)
                .add("thirdLine", thirdLine)
                .add("postCode", postCode)
                .add("city", city)
                .add("state", state)
                .add("country", country)
                .toString();
    }

    /**
     * Builds an {@link Address} with any field of either shape; nothing is required here, {@link
     * Address#validate()} reports missing fields in Wise's wording.
     */
    public static final class Builder {
        private String addressNumber;
        private String address;
        private String district;
        private String complement;
        private String firstLine;
        private String secondLine;
        private String thirdLine;
        private String postCode;
        private String city;
        private String state;
        private String country;

        private Builder() {}

        /**
         * Sets the address number (Brazil).
         *
         * @param addressNumber the address number (Brazil); {@code null} clears it
         * @return this builder
         */
        public Builder addressNumber(String addressNumber) {
            this.addressNumber = addressNumber;
            return this;
        }

        /**
         * Sets the street address (Brazil).
         *
         * @param address the street address (Brazil); {@code null} clears it
         * @return this builder
         */
        public Builder address(String address) {
            this.address = address;
            return this;
        }

        /**
         * Sets the district (Brazil).
         *
         * @param district the district (Brazil); {@code null} clears it
         * @return this builder
         */
        public Builder district(String district) {
            this.district = district;
            return this;
        }

        /**
         * Sets the complement (Brazil).
         *
         * @param complement the complement (Brazil); {@code null} clears it
         * @return this builder
         */
        public Builder complement(String complement) {
            this.complement = complement;
            return this;
        }

        /**
         * Sets the first address line.
         *
         * @param firstLine the first address line; {@code null} clears it
         * @return this builder
         */
        public Builder firstLine(String firstLine) {
            this.firstLine = firstLine;
            return this;
        }

        /**
         * Sets the second address line.
         *
         * @param secondLine the second address line; {@code null} clears it
         * @return this builder
         */
        public Builder secondLine(String secondLine) {
            this.secondLine = secondLine;
            return this;
        }

        /**
         * Sets the third address line.
         *
         * @param thirdLine the third address line; {@code null} clears it
         * @return this builder
         */
        public Builder thirdLine(String thirdLine) {
            this.thirdLine = thirdLine;
            return this;
        }

        /**
         * Sets the postal code.
         *
         * @param postCode the postal code; {@code null} clears it
         * @return this builder
         */
        public Builder postCode(String postCode) {
            this.postCode = postCode;
            return this;
        }

        /**
         * Sets the city.
         *
         * @param city the city; {@code null} clears it
         * @return this builder
         */
        public Builder city(String city) {
            this.city = city;
            return this;
        }

        /**
         * Sets the state code.
         *
         * @param state the state code; {@code null} clears it
         * @return this builder
         */
        public Builder state(String state) {
            this.state = state;
            return this;
        }

        /**
         * Sets the ISO 3166-1 alpha-2 country code.
         *
         * @param country the ISO 3166-1 alpha-2 country code; {@code null} clears it
         * @return this builder
         */
        public Builder country(String country) {
            this.country = country;
            return this;
        }

        /**
         * Builds the address; does not validate it (see {@link Address#validate()}).
         *
         * @return the address, possibly invalid
         */
        public Address build() {
            return new Address(this);
        }
    }
}
