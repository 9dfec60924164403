package io.github.wisecards.cards.model;

import io.github.wisecards.core.internal.ModelString;
import java.util.Objects;
import java.util.Optional;

/**
 * A card program: the product cards are issued under, grouped by product type and issuing
 * country. Its {@link #name()} is the {@code program} of a card order. Immutable and thread-safe.
 */
public final class CardProgram {
    private final String name;

    private final CardScheme scheme;

    private final String defaultCurrency;

    private final CardType cardType;

    private CardProgram(Builder b) {
        this.name = b.name;
        this.scheme = b.scheme == null ? CardScheme.ABSENT : b.scheme;
        this.defaultCurrency = b.defaultCurrency;
        this.cardType = b.cardType == null ? CardType.ABSENT : b.cardType;
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this program's values} */
    public Builder toBuilder() {
        return builder()
                .name(name)
                .scheme(scheme)
                .defaultCurrency(defaultCurrency)
                .cardType(cardType);
    }

    /**
     * {@return the program's name, for example {@code VISA_DEBIT_BUSINESS_UK_1_CARDS_API}, when
     * given}
     */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** {@return the card network; {@link CardScheme#ABSENT} when Wise sent none} */
    public CardScheme scheme() {
        return scheme;
    }

    /** {@return the default currency of the program's cards (ISO 4217 code), when given} */
    public Optional<String> defaultCurrency() {
        return Optional.ofNullable(defaultCurrency);
    }

    /**
     * {@return the type of card the program issues; {@link CardType#ABSENT} when Wise sent none}
     */
    public CardType cardType() {
        return cardType;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardProgram p
                && Objects.equals(p.name, name)
                && p.scheme.equals(scheme)
                && Objects.equals(p.defaultCurrency, defaultCurrency)
                && p.cardType.equals(cardType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, scheme, defaultCurrency, cardType);
    }

    @Override
    public String toString() {
        return ModelString.of("CardProgram")
                .add("name", name)
                .add("scheme", scheme)
                .add("defaultCurrency", defaultCurrency)
                .add("cardType", cardType)
                .toString();
    }

    /** Builds a {@link CardProgram}; every field is optional, as in Wise's contract. Not thread-safe. */
    public static final class Builder {
        private String name;
        private CardScheme scheme;
        private String defaultCurrency;
        private CardType cardType;

        private Builder() {}

        /**
         * Sets the program's name.
         *
         * @param name the program's name; {@code null} clears it
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the card network.
         *
         * @param scheme the card network; {@code null} clears it
         * @return this builder
         */
        public Builder scheme(CardScheme scheme) {
            this.scheme = scheme;
            return this;
        }

        /**
         * Sets the default currency (ISO 4217 code).
         *
         * @param defaultCurrency the default currency (ISO 4217 code); {@code null} clears it
         * @return this builder
         */
        public Builder defaultCurrency(String defaultCurrency) {
            this.defaultCurrency = defaultCurrency;
            return this;
        }

        /**
         * Sets the card type.
         *
         * @param cardType the card type; {@code null} clears it
         * @return this builder
         */
        public Builder cardType(CardType cardType) {
            this.cardType = cardType;
            return this;
        }

        /**
         * Builds the program.
         *
         * @return the program
         */
        public CardProgram build() {
            return new CardProgram(this);
        }
    }
}
