package io.github.wisecards.cards.internal;

import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.cards.model.CardOrderRequirements;
import io.github.wisecards.cards.model.CardOrderStatus;
import io.github.wisecards.cards.model.CardProgram;
import io.github.wisecards.cards.model.CardScheme;
import io.github.wisecards.cards.model.CardType;
import io.github.wisecards.cards.model.DeliveryDetails;
import io.github.wisecards.cards.model.DeliveryOption;
import io.github.wisecards.cards.model.EncryptingKey;
import io.github.wisecards.cards.model.PinPresetResult;
import io.github.wisecards.cards.model.Requirement;
import io.github.wisecards.cards.model.RequirementStatus;
import io.github.wisecards.cards.model.RequirementType;
import io.github.wisecards.core.internal.JsonReader.Reader;

/**
 * Reads the card models from Wise's JSON, field by field, into their builders: one reader per
 * model, unknown fields skipped, JSON {@code null} read as absent, and the server's values kept
 * as sent (open enums keep their raw string). A required field that is missing fails with the
 * model's own message and the JSON pointer of the object.
 */
public final class CardsReaders {
    private CardsReaders() {}

    /** Reads an {@link Address} (both shapes). */
    public static final Reader<Address> ADDRESS = in -> {
        Address.Builder b = Address.builder();
        for (String f; (f = in.nextField()) != null; ) {
            switch (f) {
                case "addressNumber" -> b.addressNumber(in.string());
                case "address" -> b.address(in.string());
                case "district" -> b.district(in.string());
                case "complement" -> b.complement(in.string());
                case "firstLine" -> b.firstLine(in.string());
                case "secondLine" -> b.secondLine(in.string());
                case "thirdLine" -> b.thirdLine(in.string());
                case "postCode" -> b.postCode(in.string());
                case "city" -> b.city(in.string());
                case "state" -> b.state(in.string());
                case "country" -> b.country(in.string());
                default -> in.skipValue();
            }
        }
        return b.build();
    };

    /** Reads a {@link CardProgram}. */
    public static final Reader<CardProgram> CARD_PROGRAM = in -> {
        CardProgram.Builder b = CardProgram.builder();
        for (String f; (f = in.nextField()) != null; ) {
            switch (f) {
                case "name" -> b.name(in.string());
                case "scheme" -> b.scheme(in.openEnum(CardScheme::of));
                case "defaultCurrency" -> b.defaultCurrency(in.string());
                case "cardType" -> b.cardType(in.openEnum(CardType::of));
                default -> in.skipValue();
            }
        }
        return b.build();
    };

    /** Reads {@link DeliveryDetails}. */
    public static final Reader<DeliveryDetails> DELIVERY_DETAILS = in -> {
        DeliveryDetails.Builder b = DeliveryDetails.builder();
        for (String f; (f = in.nextField()) != null; ) {
            switch (f) {
                case "deliveryVendor" -> b.deliveryVendor(in.string());
                case "trackingUrl" -> b.trackingUrl(in.string());
                case "trackingNumber" -> b.trackingNumber(in.string());
                case "deliveryOption" -> b.deliveryOption(in.openEnum(DeliveryOption::of));
                default -> in.skipValue();
            }
        }
        return b.build();
    };

    /** Reads a {@link CardOrder}; its {@code id} is required. */
    public static final Reader<CardOrder> CARD_ORDER = in -> {
        CardOrder.Builder b = CardOrder.builder();
        for (String f; (f = in.nextField()) != null; ) {
            switch (f) {
                case "id" -> {
                    Long id = in.longValue();
                    if (id != null) {
                        b.id(id);
                    }
                }
                case "profileId" -> {
                    Long v = in.longValue();
                    if (v != null) {
                        b.profileId(v);
                    }
                }
                case "clientId" -> b.clientId(in.string());
                case "cardProgram" -> b.cardProgram(in.object(CARD_PROGRAM));
                case "address" -> b.address(in.object(ADDRESS));
                case "cardToken" -> b.cardToken(in.string());
                case "replacesCard" -> b.replacesCard(in.string());
                case "creationTime" -> b.creationTime(in.instant());
                case "modificationTime" -> b.modificationTime(in.instant());
                case "status" -> b.status(in.openEnum(CardOrderStatus::of));
                case "cardHolderName" -> b.cardHolderName(in.string());
                case "phoneNumber" -> b.phoneNumber(in.string());
                case "lifetimeLimit" -> b.lifetimeLimit(in.decimal());
                case "deliveryEstimate" -> b.deliveryEstimate(in.instant());
                case "deliveryDetails" -> b.deliveryDetails(in.object(DELIVERY_DETAILS));
                case "cardHolderProfileId" -> {
                    Long v = in.longValue();
                    if (v != null) {
                        b.cardHolderProfileId(v);
                    }
                }
                default -> in.skipValue();
            }
        }
        return b.build();
    };

    /** Reads a {@link Requirement}. */
    public static final Reader<Requirement> REQUIREMENT = in -> {
        Requirement.Builder b = Requirement.builder();
        for (String f; (f = in.nextField()) != null; ) {
            switch (f) {
                case "type" -> b.type(in.openEnum(RequirementType::of));
                case "status" -> b.status(in.openEnum(RequirementStatus::of));
                default -> in.skipValue();
            }
        }
        return b.build();
    };

    /** Reads {@link CardOrderRequirements}. */
    public static final Reader<CardOrderRequirements> REQUIREMENTS = in -> {
        CardOrderRequirements.Builder b = CardOrderRequirements.builder();
        for (String f; (f = in.nextField()) != null; ) {
            if (f.equals("requirements")) {
                in.list(REQUIREMENT).forEach(b::addRequirement);
            } else {
                in.skipValue();
            }
        }
        return b.build();
    };

    /** Reads an {@link EncryptingKey}; its {@code version} and {@code key} are required. */
    public static final Reader<EncryptingKey> ENCRYPTING_KEY = in -> {
        EncryptingKey.Builder b = EncryptingKey.builder();
        for (String f; (f = in.nextField()) != null; ) {
            switch (f) {
                case "version" -> {
                    Integer v = in.intValue();
                    if (v != null) {
                        b.version(v);
                    }
                }
                case "key" -> b.key(in.string());
                default -> in.skipValue();
            }
        }
        return b.build();
    };

    /** Reads a {@link PinPresetResult}. */
    public static final Reader<PinPresetResult> PIN_PRESET_RESULT = in -> {
        PinPresetResult.Builder b = PinPresetResult.builder();
        for (String f; (f = in.nextField()) != null; ) {
            if (f.equals("cardOrderId")) {
                b.cardOrderId(in.string());
            } else {
                in.skipValue();
            }
        }
        return b.build();
    };
}
