package io.github.wisecards.cards.model;

import io.github.wisecards.core.internal.ModelString;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A card order: the request to issue a card to a card holder, and its progress until the card is
 * issued. Timestamps keep the server's nanoseconds. {@link #toString()} masks card tokens.
 * Immutable and thread-safe.
 */
public final class CardOrder {
    private final long id;

    private final Long profileId;

    private final String clientId;

    private final CardProgram cardProgram;

    private final Address address;

    private final String cardToken;

    private final String replacesCard;

    private final Instant creationTime;

    private final Instant modificationTime;

    private final CardOrderStatus status;

    private final String cardHolderName;

    private final String phoneNumber;

    private final BigDecimal lifetimeLimit;

    private final Instant deliveryEstimate;

    private final DeliveryDetails deliveryDetails;

    private final Long cardHolderProfileId;

    private CardOrder(Builder b) {
        if (b.id == null) {
            throw new IllegalStateException("CardOrder: missing required id");
        }
        this.id = b.id;
        this.profileId = b.profileId;
        this.clientId = b.clientId;
        this.cardProgram = b.cardProgram;
        this.address = b.address;
        this.cardToken = b.cardToken;
        this.replacesCard = b.replacesCard;
        this.creationTime = b.creationTime;
        this.modificationTime = b.modificationTime;
        this.status = b.status == null ? CardOrderStatus.ABSENT : b.status;
        this.cardHolderName = b.cardHolderName;
        this.phoneNumber = b.phoneNumber;
        this.lifetimeLimit = b.lifetimeLimit;
        this.deliveryEstimate = b.deliveryEstimate;
        this.deliveryDetails = b.deliveryDetails;
        this.cardHolderProfileId = b.cardHolderProfileId;
    }

    /** {@return a new builder (for tests and simulators; orders come from the API)} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this order's values} */
    public Builder toBuilder() {
        Builder b = builder()
                .id(id)
                .clientId(clientId)
                .cardProgram(cardProgram)
                .address(address)
                .cardToken(cardToken)
                .replacesCard(replacesCard)
                .creationTime(creationTime)
                .modificationTime(modificationTime)
                .status(status)
                .cardHolderName(cardHolderName)
                .phoneNumber(phoneNumber)
                .lifetimeLimit(lifetimeLimit)
                .deliveryEstimate(deliveryEstimate)
                .deliveryDetails(deliveryDetails);
        b.profileId = profileId;
        b.cardHolderProfileId = cardHolderProfileId;
        return b;
    }

    /** {@return the card order's id} */
    public long id() {
        return id;
    }

    /** {@return the id of the profile the order belongs to, when given} */
    public OptionalLong profileId() {
        return profileId == null ? OptionalLong.empty() : OptionalLong.of(profileId);
    }

    /** {@return the id of the API client that created the order, when given} */
    public Optional<String> clientId() {
        return Optional.ofNullable(clientId);
    }

    /** {@return the card program the card is issued under, when given} */
    public Optional<CardProgram> cardProgram() {
        return Optional.ofNullable(cardProgram);
    }

    /**
     * {@return the billing (virtual) or delivery (physical) address set on the order, when given}
     */
    public Optional<Address> address() {
        return Optional.ofNullable(address);
    }

    /** {@return the token of the card issued for this order, once there is one} */
    public Optional<String> cardToken() {
        return Optional.ofNullable(cardToken);
    }

    /** {@return the card this order replaces; Wise documents it as not supported yet} */
    public Optional<String> replacesCard() {
        return Optional.ofNullable(replacesCard);
    }

    /** {@return when the order was created, with the server's full precision, when given} */
    public Optional<Instant> creationTime() {
        return Optional.ofNullable(creationTime);
    }

    /** {@return when the order was last modified, with the server's full precision, when given} */
    public Optional<Instant> modificationTime() {
        return Optional.ofNullable(modificationTime);
    }

    /**
     * {@return the order's status; see {@link CardOrderStatus} for the transition rules}. When Wise
     * sent no status this is {@link CardOrderStatus#ABSENT} (an unknown value with an empty raw
     * string), so one odd order never fails a page.
     */
    public CardOrderStatus status() {
        return status;
    }

    /** {@return the card holder's name, when given} */
    public Optional<String> cardHolderName() {
        return Optional.ofNullable(cardHolderName);
    }

    /** {@return the phone number on the order, when given} */
    public Optional<String> phoneNumber() {
        return Optional.ofNullable(phoneNumber);
    }

    /** {@return the lifetime spending limit of the card, in its default currency, when set} */
    public Optional<BigDecimal> lifetimeLimit() {
        return Optional.ofNullable(lifetimeLimit);
    }

    /**
     * {@return the estimated delivery time, when given: close to the creation time for virtual
     * cards; for physical cards in {@code PLACED}, computed as if requirements were fulfilled today
     * (refreshed daily); after {@code PLACED}, a best-effort estimate only}
     */
    public Optional<Instant> deliveryEstimate() {
        return Optional.ofNullable(deliveryEstimate);
    }

    /** {@return the delivery details of a physical card order; empty for virtual cards} */
    public Optional<DeliveryDetails> deliveryDetails() {
        return Optional.ofNullable(deliveryDetails);
    }

    /** {@return the card holder's personal profile id, for cards ordered by a business profile} */
    public OptionalLong cardHolderProfileId() {
        return cardHolderProfileId == null ? OptionalLong.empty() : OptionalLong.of(cardHolderProfileId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardOrder c
                && c.id == id
                && Objects.equals(c.profileId, profileId)
                && Objects.equals(c.clientId, clientId)
                && Objects.equals(c.cardProgram, cardProgram)
                && Objects.equals(c.address, address)
                && Objects.equals(c.cardToken, cardToken)
                && Objects.equals(c.replacesCard, replacesCard)
                && Objects.equals(c.creationTime, creationTime)
                && Objects.equals(c.modificationTime, modificationTime)
                && c.status.equals(status)
                && Objects.equals(c.cardHolderName, cardHolderName)
                && Objects.equals(c.phoneNumber, phoneNumber)
                && Objects.equals(c.lifetimeLimit, lifetimeLimit)
                && Objects.equals(c.deliveryEstimate, deliveryEstimate)
                && Objects.equals(c.deliveryDetails, deliveryDetails)
                && Objects.equals(c.cardHolderProfileId, cardHolderProfileId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                id,
                profileId,
                clientId,
                cardProgram,
                address,
                cardToken,
                replacesCard,
                creationTime,
                modificationTime,
                status,
                cardHolderName,
                phoneNumber,
                lifetimeLimit,
                deliveryEstimate,
                deliveryDetails,
                cardHolderProfileId);
    }

    @Override
    public String toString() {
        return ModelString.of("CardOrder")
                .add("id", id)
                .add("profileId", profileId)
                .add("clientId", clientId)
                .add("status", status)
                .add("cardProgram", cardProgram)
                .add("cardToken", cardToken)
                .add("replacesCard", replacesCard)
                .add("creationTime", creationTime)
                .add("modificationTime", modificationTime)
                .add("cardHolderName", cardHolderName)
                .add("phoneNumber", phoneNumber)
                .add("lifetimeLimit", lifetimeLimit)
                .add("deliveryEstimate", deliveryEstimate)
                .add("address", address)
                .add("deliveryDetails", deliveryDetails)
                .add("cardHolderProfileId", cardHolderProfileId)
                .toString();
    }

    /**
     * Builds a {@link CardOrder}. Only {@code id}, the order's identity, is required: Wise's contract
     * marks no field required, so every other absent field reads as empty.
     */
    public static final class Builder {
        private Long id;
        private Long profileId;
        private String clientId;
        private CardProgram cardProgram;
        private Address address;
        private String cardToken;
        private String replacesCard;
        private Instant creationTime;
        private Instant modificationTime;
        private CardOrderStatus status;
        private String cardHolderName;
        private String phoneNumber;
        private BigDecimal lifetimeLimit;
        private Instant deliveryEstimate;
        private DeliveryDetails deliveryDetails;
        private Long cardHolderProfileId;

        private Builder() {}

        /**
         * Sets the id.
         *
         * @param id the card order's id; required: {@link #build()} throws {@link
         *     IllegalStateException} without it
         * @return this builder
         */
        public Builder id(long id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the profile id.
         *
         * @param profileId the profile id; {@code null} clears it
         * @return this builder
         */
        public Builder profileId(long profileId) {
            this.profileId = profileId;
            return this;
        }

        /**
         * Sets the client id.
         *
         * @param clientId the client id; {@code null} clears it
         * @return this builder
         */
        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /**
         * Sets the card program.
         *
         * @param cardProgram the card program; {@code null} clears it
         * @return this builder
         */
        public Builder cardProgram(CardProgram cardProgram) {
            this.cardProgram = cardProgram;
            return this;
        }

        /**
         * Sets the address.
         *
         * @param address the address; {@code null} clears it
         * @return this builder
         */
        public Builder address(Address address) {
            this.address = address;
            return this;
        }

        /**
         * Sets the card token.
         *
         * @param cardToken the card token; {@code null} clears it
         * @return this builder
         */
        public Builder cardToken(String cardToken) {
            this.cardToken = cardToken;
            return this;
        }

        /**
         * Sets the replaced card.
         *
         * @param replacesCard the replaced card; {@code null} clears it
         * @return this builder
         */
        public Builder replacesCard(String replacesCard) {
            this.replacesCard = replacesCard;
            return this;
        }

        /**
         * Sets the creation time.
         *
         * @param creationTime the creation time; {@code null} clears it
         * @return this builder
         */
        public Builder creationTime(Instant creationTime) {
            this.creationTime = creationTime;
            return this;
        }

        /**
         * Sets the modification time.
         *
         * @param modificationTime the modification time; {@code null} clears it
         * @return this builder
         */
        public Builder modificationTime(Instant modificationTime) {
            this.modificationTime = modificationTime;
            return this;
        }

        /**
         * Sets the status.
         *
         * @param status the status; {@code null} clears it
         * @return this builder
         */
        public Builder status(CardOrderStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets the card holder's name.
         *
         * @param cardHolderName the card holder's name; {@code null} clears it
         * @return this builder
         */
        public Builder cardHolderName(String cardHolderName) {
            this.cardHolderName = cardHolderName;
            return this;
        }

        /**
         * Sets the phone number.
         *
         * @param phoneNumber the phone number; {@code null} clears it
         * @return this builder
         */
        public Builder phoneNumber(String phoneNumber) {
            this.phoneNumber = phoneNumber;
            return this;
        }

        /**
         * Sets the lifetime limit.
         *
         * @param lifetimeLimit the lifetime limit; {@code null} clears it
         * @return this builder
         */
        public Builder lifetimeLimit(BigDecimal lifetimeLimit) {
            this.lifetimeLimit = lifetimeLimit;
            return this;
        }

        /**
         * Sets the delivery estimate.
         *
         * @param deliveryEstimate the delivery estimate; {@code null} clears it
         * @return this builder
         */
        public Builder deliveryEstimate(Instant deliveryEstimate) {
            this.deliveryEstimate = deliveryEstimate;
            return this;
        }

        /**
         * Sets the delivery details.
         *
         * @param deliveryDetails the delivery details; {@code null} clears it
         * @return this builder
         */
        public Builder deliveryDetails(DeliveryDetails deliveryDetails) {
            this.deliveryDetails = deliveryDetails;
            return this;
        }

        /**
         * Sets the card holder's profile id.
         *
         * @param cardHolderProfileId the card holder's profile id; {@code null} clears it
         * @return this builder
         */
        public Builder cardHolderProfileId(long cardHolderProfileId) {
            this.cardHolderProfileId = cardHolderProfileId;
            return this;
        }

        /**
         * Builds the order.
         *
         * @throws IllegalStateException if the id is missing
         * @return the order
         */
        public CardOrder build() {
            return new CardOrder(this);
        }
    }
}
