package io.github.wisecards.cards.model;

import io.github.wisecards.core.OpenEnum;
import java.util.Objects;

/**
 * How a physical card is delivered; an open enum. Each of the three known values may be sent when
 * creating a card order, but Wise advises setting the option only for {@link #KIOSK_COLLECTION}:
 * without it, Wise uses the region's default ({@link #POSTAL_SERVICE_STANDARD}, or {@link
 * #POSTAL_SERVICE_WITH_TRACKING} in Brazil). A value outside the contract's three is refused
 * locally.
 *
 * <p>A value this SDK version does not know parses as {@link Value#UNKNOWN} with its raw string
 * kept. Instances are immutable and thread-safe.
 */
public final class DeliveryOption extends OpenEnum<DeliveryOption.Value> {

    /** The known values of {@link DeliveryOption}. */
    public enum Value {
        /** Untracked postal delivery; the usual default. Delivery details carry no vendor or tracking. */
        POSTAL_SERVICE_STANDARD,
        /** Tracked postal delivery, available in some regions and the default in Brazil. */
        POSTAL_SERVICE_WITH_TRACKING,
        /** The card is printed at a kiosk and collected there. */
        KIOSK_COLLECTION,
        /** A value this SDK version does not know. */
        UNKNOWN
    }

    /** Untracked postal delivery; the usual default. Delivery details carry no vendor or tracking. */
    public static final DeliveryOption POSTAL_SERVICE_STANDARD =
            new DeliveryOption("POSTAL_SERVICE_STANDARD", Value.POSTAL_SERVICE_STANDARD);

    /** Tracked postal delivery, available in some regions and the default in Brazil. */
    public static final DeliveryOption POSTAL_SERVICE_WITH_TRACKING =
            new DeliveryOption("POSTAL_SERVICE_WITH_TRACKING", Value.POSTAL_SERVICE_WITH_TRACKING);

    /** The card is printed at a kiosk and collected there. */
    public static final DeliveryOption KIOSK_COLLECTION =
            new DeliveryOption("KIOSK_COLLECTION", Value.KIOSK_COLLECTION);

    private DeliveryOption(String raw, Value value) {
        super(raw, value);
    }

    /**
     * Returns the value for the server's string, reusing the shared constant for a known value.
     *
     * @param raw the server's exact string
     * @return the value; {@link Value#UNKNOWN} when this SDK version does not know it
     * @throws NullPointerException if {@code raw} is null
     */
    public static DeliveryOption of(String raw) {
        Objects.requireNonNull(raw, "raw");
        switch (raw) {
            case "POSTAL_SERVICE_STANDARD":
                return POSTAL_SERVICE_STANDARD;
            case "POSTAL_SERVICE_WITH_TRACKING":
                return POSTAL_SERVICE_WITH_TRACKING;
            case "KIOSK_COLLECTION":
                return KIOSK_COLLECTION;
            default:
                return new DeliveryOption(raw, Value.UNKNOWN);
        }
    }
}
