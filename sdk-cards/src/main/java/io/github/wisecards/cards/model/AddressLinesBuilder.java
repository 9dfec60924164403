package io.github.wisecards.cards.model;

/**
 * Builds a line-based address (every country but Brazil); from {@link Address#australia()} or
 * {@link Address#other(String)}. Not thread-safe.
 */
public final class AddressLinesBuilder {
    private final Address.Builder b;

    AddressLinesBuilder(String country) {
        this.b = Address.builder().country(country);
    }

    /**
     * Sets the first address line (required, at most 30 characters).
     *
     * @param firstLine the first line; {@code null} clears it; checked only by {@link
     *     Address#validate()}
     * @return this builder
     */
    public AddressLinesBuilder firstLine(String firstLine) {
        b.firstLine(firstLine);
        return this;
    }

    /**
     * Sets the second address line (optional, at most 30 characters).
     *
     * @param secondLine the second line; {@code null} clears it; checked only by {@link
     *     Address#validate()}
     * @return this builder
     */
    public AddressLinesBuilder secondLine(String secondLine) {
        b.secondLine(secondLine);
        return this;
    }

    /**
     * Sets the third address line (optional, at most 30 characters).
     *
     * @param thirdLine the third line; {@code null} clears it; checked only by {@link
     *     Address#validate()}
     * @return this builder
     */
    public AddressLinesBuilder thirdLine(String thirdLine) {
        b.thirdLine(thirdLine);
        return this;
    }

    /**
     * Sets the postal code (required, at most 10 characters, in the country's format).
     *
     * @param postCode the postal code; {@code null} clears it; checked only by {@link
     *     Address#validate()}
     * @return this builder
     */
    public AddressLinesBuilder postCode(String postCode) {
        b.postCode(postCode);
        return this;
    }

    /**
     * Sets the city (required, at most 30 characters).
     *
     * @param city the city; {@code null} clears it; checked only by {@link Address#validate()}
     * @return this builder
     */
    public AddressLinesBuilder city(String city) {
        b.city(city);
        return this;
    }

    /**
     * Sets the state (at most 30 characters); required in Australia, where it is one of {@code
     * ACT}, {@code NSW}, {@code NT}, {@code QLD}, {@code SA}, {@code TAS}, {@code VIC}, {@code
     * WA}.
     *
     * @param state the state code; {@code null} clears it; checked only by {@link
     *     Address#validate()}
     * @return this builder
     */
    public AddressLinesBuilder state(String state) {
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
