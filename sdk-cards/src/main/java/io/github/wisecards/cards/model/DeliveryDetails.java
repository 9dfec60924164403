package io.github.wisecards.cards.model;

import io.github.wisecards.core.internal.ModelString;
import java.util.Objects;
import java.util.Optional;

/**
 * Delivery of a physical card: the delivery option and, for tracked delivery once the card is
 * {@code PRODUCED} or {@code COMPLETED}, the vendor and tracking. Every field is optional (Wise
 * leaves them null for untracked delivery). Immutable and thread-safe.
 */
public final class DeliveryDetails {
    private final String deliveryVendor;

    private final String trackingUrl;

    private final String trackingNumber;

    private final DeliveryOption deliveryOption;

    private DeliveryDetails(Builder b) {
        this.deliveryVendor = b.deliveryVendor;
        this.trackingUrl = b.trackingUrl;
        this.trackingNumber = b.trackingNumber;
        this.deliveryOption = b.deliveryOption;
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding these details} */
    public Builder toBuilder() {
        return builder()
                .deliveryVendor(deliveryVendor)
                .trackingUrl(trackingUrl)
                .trackingNumber(trackingNumber)
                .deliveryOption(deliveryOption);
    }

    /** {@return the delivery vendor's name, for example {@code DHL}, when known} */
    public Optional<String> deliveryVendor() {
        return Optional.ofNullable(deliveryVendor);
    }

    /** {@return the URL to track the delivery, when known} */
    public Optional<String> trackingUrl() {
        return Optional.ofNullable(trackingUrl);
    }

    /** {@return the tracking number, when known} */
    public Optional<String> trackingNumber() {
        return Optional.ofNullable(trackingNumber);
    }

    /** {@return the delivery option used, when given} */
    public Optional<DeliveryOption> deliveryOption() {
        return Optional.ofNullable(deliveryOption);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeliveryDetails d
                && Objects.equals(d.deliveryVendor, deliveryVendor)
                && Objects.equals(d.trackingUrl, trackingUrl)
                && Objects.equals(d.trackingNumber, trackingNumber)
                && Objects.equals(d.deliveryOption, deliveryOption);
    }

    @Override
    public int hashCode() {
        return Objects.hash(deliveryVendor, trackingUrl, trackingNumber, deliveryOption);
    }

    @Override
    public String toString() {
        return ModelString.of("DeliveryDetails")
                .add("deliveryVendor", deliveryVendor)
                .add("trackingUrl", trackingUrl)
                .add("trackingNumber", trackingNumber)
                .add("deliveryOption", deliveryOption)
                .toString();
    }

    /** Builds {@link DeliveryDetails}; every field is optional. Not thread-safe. */
    public static final class Builder {
        private String deliveryVendor;
        private String trackingUrl;
        private String trackingNumber;
        private DeliveryOption deliveryOption;

        private Builder() {}

        /**
         * Sets the delivery vendor's name.
         *
         * @param deliveryVendor the delivery vendor's name; {@code null} clears it
         * @return this builder
         */
        public Builder deliveryVendor(String deliveryVendor) {
            this.deliveryVendor = deliveryVendor;
            return this;
        }

        /**
         * Sets the tracking URL.
         *
         * @param trackingUrl the tracking URL; {@code null} clears it
         * @return this builder
         */
        public Builder trackingUrl(String trackingUrl) {
            this.trackingUrl = trackingUrl;
            return this;
        }

        /**
         * Sets the tracking number.
         *
         * @param trackingNumber the tracking number; {@code null} clears it
         * @return this builder
         */
        public Builder trackingNumber(String trackingNumber) {
            this.trackingNumber = trackingNumber;
            return this;
        }

        /**
         * Sets the delivery option.
         *
         * @param deliveryOption the delivery option; {@code null} clears it
         * @return this builder
         */
        public Builder deliveryOption(DeliveryOption deliveryOption) {
            this.deliveryOption = deliveryOption;
            return this;
        }

        /**
         * Builds the details.
         *
         * @return the details
         */
        public DeliveryDetails build() {
            return new DeliveryDetails(this);
        }
    }
}
