package io.github.wisecards.webhooks.event;

import io.github.wisecards.core.internal.ModelString;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@code data.resource} object of a card event: which profile, client, card and card program
 * the event is about. Every field is optional because Wise's payloads vary. Immutable; {@code
 * toString()} masks the card token.
 */
public final class CardEventResource {
    private final String type;
    private final String profileId;
    private final String clientId;
    private final String cardToken;
    private final String cardProgram;

    private CardEventResource(Builder b) {
        this.type = b.type;
        this.profileId = b.profileId;
        this.clientId = b.clientId;
        this.cardToken = b.cardToken;
        this.cardProgram = b.cardProgram;
    }

    /**
     * Returns a new builder (for tests and simulators; the SDK builds these when parsing).
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding these values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = type;
        b.profileId = profileId;
        b.clientId = clientId;
        b.cardToken = cardToken;
        b.cardProgram = cardProgram;
        return b;
    }

    static CardEventResource empty() {
        return builder().build();
    }

    /** {@return {@code type}, for example {@code card-order} or {@code card}} */
    public Optional<String> type() {
        return Optional.ofNullable(type);
    }

    /**
     * {@return {@code profile_id} as text; Wise sends it sometimes as a JSON number and sometimes
     * as a string, and both give the same text here}
     */
    public Optional<String> profileId() {
        return Optional.ofNullable(profileId);
    }

    /** {@return {@code profile_id} as a number, when it is one} */
    public OptionalLong profileIdAsLong() {
        if (profileId == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(profileId));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** {@return {@code client_id}} */
    public Optional<String> clientId() {
        return Optional.ofNullable(clientId);
    }

    /** {@return {@code card_token}} Treat it as sensitive: mask it in logs. */
    public Optional<String> cardToken() {
        return Optional.ofNullable(cardToken);
    }

    /** {@return {@code card_program}: its name, whether sent as a string or as an object} */
    public Optional<String> cardProgram() {
        return Optional.ofNullable(cardProgram);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardEventResource r
                && Objects.equals(type, r.type)
                && Objects.equals(profileId, r.profileId)
                && Objects.equals(clientId, r.clientId)
                && Objects.equals(cardToken, r.cardToken)
                && Objects.equals(cardProgram, r.cardProgram);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, profileId, clientId, cardToken, cardProgram);
    }

    @Override
    public String toString() {
        return ModelString.of("CardEventResource")
                .add("type", type)
                .add("profileId", profileId)
                .add("clientId", clientId)
                .add("cardToken", cardToken)
                .add("cardProgram", cardProgram)
                .toString();
    }

    /** Builds a {@link CardEventResource}; every field is optional. Not thread-safe. */
    public static final class Builder {
        private String type;
        private String profileId;
        private String clientId;
        private String cardToken;
        private String cardProgram;

        private Builder() {}

        /**
         * Sets {@code type}.
         *
         * @param type the value; null for none
         * @return this builder
         */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /**
         * Sets {@code profile_id}, as text.
         *
         * @param profileId the value; null for none
         * @return this builder
         */
        public Builder profileId(String profileId) {
            this.profileId = profileId;
            return this;
        }

        /**
         * Sets {@code client_id}.
         *
         * @param clientId the value; null for none
         * @return this builder
         */
        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /**
         * Sets {@code card_token}.
         *
         * @param cardToken the value; null for none
         * @return this builder
         */
        public Builder cardToken(String cardToken) {
            this.cardToken = cardToken;
            return this;
        }

        /**
         * Sets {@code card_program}'s name.
         *
         * @param cardProgram the value; null for none
         * @return this builder
         */
        public Builder cardProgram(String cardProgram) {
            this.cardProgram = cardProgram;
            return this;
        }

        /**
         * Builds the value.
         *
         * @return the value
         */
        public CardEventResource build() {
            return new CardEventResource(this);
        }
    }
}
