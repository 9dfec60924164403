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

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this program's values. */
    public Builder toBuilder() {
        return builder()
                .name(name)
                .scheme(scheme)
                .defaultCurrency(defaultCurrency)
                .cardType(cardType);
    }

    /** Returns the program's name, for example {@code VISA_DEBIT_BUSINESS_UK_1_CARDS_API}, when given. */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** Returns the card network; {@link CardScheme#ABSENT} when Wise sent none. */
    public CardScheme scheme() {
        return scheme;
    }

    /** Returns the default currency of the program's cards (ISO 4217 code), when given. */
    public Optional<String> defaultCurrency() {
        return Optional.ofNullable(defaultCurrency);
    }

    /** Returns the type of card the program issues; {@link CardType#ABSENT} when Wise sent none. */
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

        /** Sets the program's name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets the card network. */
        public Builder scheme(CardScheme scheme) {
            this.scheme = scheme;
            return this;
        }

        /** Sets the default currency (ISO 4217 code). */
        public Builder defaultCurrency(String defaultCurrency) {
            this.defaultCurrency = defaultCurrency;
            return this;
        }

        /** Sets the card type. */
        public Builder cardType(CardType cardType) {
            this.cardType = cardType;
            return this;
        }

        /** Builds the program. */
        public CardProgram build() {
            return new CardProgram(this);
        }
    }
}
