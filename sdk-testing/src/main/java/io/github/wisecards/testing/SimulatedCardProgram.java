package io.github.wisecards.testing;

import java.util.Objects;

/**
 * A card program the simulator offers to a profile, as returned by {@code GET
 * /v3/spend/profiles/{profileId}/card-orders/availability}. Immutable.
 */
public final class SimulatedCardProgram {
    /** A physical Visa business debit program in GBP: {@code VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API}. */
    public static final SimulatedCardProgram VISA_PHYSICAL_GBP =
            of("VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API", "VISA", "GBP", "PHYSICAL");

    /** A virtual Visa business debit program in GBP: {@code VISA_DEBIT_BUSINESS_UK_1_CARDS_API}. */
    public static final SimulatedCardProgram VISA_VIRTUAL_GBP =
            of("VISA_DEBIT_BUSINESS_UK_1_CARDS_API", "VISA", "GBP", "VIRTUAL_NON_UPGRADEABLE");

    /** A physical Mastercard debit program in EUR: {@code MASTERCARD_DEBIT_EU_1_PHYSICAL_CARDS_API}. */
    public static final SimulatedCardProgram MASTERCARD_PHYSICAL_EUR =
            of("MASTERCARD_DEBIT_EU_1_PHYSICAL_CARDS_API", "MASTERCARD", "EUR", "PHYSICAL");

    private final String name;
    private final String scheme;
    private final String defaultCurrency;
    private final String cardType;

    private SimulatedCardProgram(String name, String scheme, String defaultCurrency, String cardType) {
        this.name = nonBlank(name, "name");
        this.scheme = nonBlank(scheme, "scheme");
        this.defaultCurrency = nonBlank(defaultCurrency, "defaultCurrency");
        this.cardType = nonBlank(cardType, "cardType");
    }

    /**
     * {@return a card program}
     *
     * @param name the program name, for example {@code VISA_DEBIT_BUSINESS_UK_1_CARDS_API}
     * @param scheme {@code VISA} or {@code MASTERCARD}
     * @param defaultCurrency an ISO 4217 code such as {@code GBP}
     * @param cardType {@code PHYSICAL} or {@code VIRTUAL_NON_UPGRADEABLE}; other values are
     *     served as given and treated as virtual
     * @throws IllegalArgumentException if a value is blank
     */
    public static SimulatedCardProgram of(String name, String scheme, String defaultCurrency, String cardType) {
        return new SimulatedCardProgram(name, scheme, defaultCurrency, cardType);
    }

    /** {@return the program name} */
    public String name() {
        return name;
    }

    /** {@return the card scheme, {@code VISA} or {@code MASTERCARD}} */
    public String scheme() {
        return scheme;
    }

    /** {@return the default currency} */
    public String defaultCurrency() {
        return defaultCurrency;
    }

    /** {@return the card type, {@code PHYSICAL} or {@code VIRTUAL_NON_UPGRADEABLE}} */
    public String cardType() {
        return cardType;
    }

    /** {@return whether cards of this program are physical} */
    public boolean isPhysical() {
        return "PHYSICAL".equals(cardType);
    }

    private static String nonBlank(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SimulatedCardProgram p
                && p.name.equals(name)
                && p.scheme.equals(scheme)
                && p.defaultCurrency.equals(defaultCurrency)
                && p.cardType.equals(cardType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, scheme, defaultCurrency, cardType);
    }

    @Override
    public String toString() {
        return "SimulatedCardProgram{" + name + ", " + scheme + ", " + defaultCurrency + ", " + cardType + "}";
    }
}
