package io.github.wisecards.cards.model;

/** Builds a Brazilian address ({@code country} {@code BR}); from {@link Address#brazil()}. Not thread-safe. */
public final class BrazilAddressBuilder {
    private final Address.Builder b = Address.builder().country("BR");

    BrazilAddressBuilder() {}

    /**
     * Sets the address number (required, at most 6 characters).
     *
     * @param addressNumber the address number; {@code null} clears it; checked only by {@link
     *     Address#validate()}
     * @return this builder
     */
    public BrazilAddressBuilder addressNumber(String addressNumber) {
        b.addressNumber(addressNumber);
        return this;
    }

    /**
     * Sets the street address (required, at most 100 characters).
     *
     * @param address the street address; {@code null} clears it; checked only by {@link
     *     Address#validate()}
     * @return this builder
     */
    public BrazilAddressBuilder address(String address) {
        b.address(address);
        return this;
    }

    /**
     * Sets the district (required, at most 80 characters).
     *
     * @param district the district; {@code null} clears it; checked only by {@link
     *     Address#validate()}
     * @return this builder
     */
    public BrazilAddressBuilder district(String district) {
        b.district(district);
        return this;
    }

    /**
     * Sets the complement (optional, at most 28 characters).
     *
     * @param complement the complement; {@code null} clears it; checked only by {@link
     *     Address#validate()}
     * @return this builder
     */
    public BrazilAddressBuilder complement(String complement) {
        b.complement(complement);
        return this;
    }

    /**
     * Sets the postal code (CEP, required, 8 digits).
     *
     * @param postCode the CEP, for example {@code 01310100}; {@code null} clears it; checked only
     *     by {@link Address#validate()}
     * @return this builder
     */
    public BrazilAddressBuilder postCode(String postCode) {
        b.postCode(postCode);
        return this;
    }

    /**
     * Sets the city (required, at most 30 characters).
     *
     * @param city the city; {@code null} clears it; checked only by {@link Address#validate()}
     * @return this builder
     */
    public BrazilAddressBuilder city(String city) {
        b.city(city);
        return this;
    }

    /**
     * Sets the state (required): one of the 27 codes such as {@code SP} or {@code RR}.
     *
     * @param state the two-letter state code; {@code null} clears it; checked only by {@link
     *     Address#validate()}
     * @return this builder
     */
    public BrazilAddressBuilder state(String state) {
        b.state(state);
        return this;
    }

    /**
     * Builds the address; does not validate it (see {@link Address#validate()}).
     *
     * @return the address, possibly invalid
     */
    public Address build() {
        return b.build();
    }
}
