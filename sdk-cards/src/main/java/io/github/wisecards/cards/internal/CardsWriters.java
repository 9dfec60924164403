package io.github.wisecards.cards.internal;

import static io.github.wisecards.core.internal.JsonBody.string;

import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.CardOrderCreateParams;
import io.github.wisecards.cards.model.ReplacementDetails;
import io.github.wisecards.core.internal.JsonBody;
import io.github.wisecards.core.internal.JsonBody.Writer;

/**
 * Writes the card request bodies: every field that is set, in the contract's order, and nothing
 * for a field that is not set.
 */
public final class CardsWriters {
    private CardsWriters() {}

    /** Writes an {@link Address} (the body of address validation, and inside a card order). */
    public static final Writer<Address> ADDRESS = (out, a) -> {
        out.writeStartObject();
        string(out, "addressNumber", a.addressNumber().orElse(null));
        string(out, "address", a.address().orElse(null));
        string(out, "district", a.district().orElse(null));
        string(out, "complement", a.complement().orElse(null));
        string(out, "firstLine", a.firstLine().orElse(null));
        string(out, "secondLine", a.secondLine().orElse(null));
        string(out, "thirdLine", a.thirdLine().orElse(null));
        string(out, "postCode", a.postCode().orElse(null));
        string(out, "city", a.city().orElse(null));
        string(out, "state", a.state().orElse(null));
        string(out, "country", a.country().orElse(null));
        out.writeEndObject();
    };

    /** Writes {@link ReplacementDetails}. */
    public static final Writer<ReplacementDetails> REPLACEMENT_DETAILS = (out, r) -> {
        out.writeStartObject();
        string(out, "cardToken", r.cardToken().orElse(null));
        if (r.reason().isPresent()) {
            out.writeStringField("reason", r.reason().get().raw());
        }
        out.writeEndObject();
    };

    /** Writes {@link CardOrderCreateParams}, the body of create. */
    public static final Writer<CardOrderCreateParams> CARD_ORDER_CREATE = (out, p) -> {
        out.writeStartObject();
        string(out, "program", p.program().orElse(null));
        string(out, "cardHolderName", p.cardHolderName().orElse(null));
        string(out, "embossedName", p.embossedName().orElse(null));
        string(out, "phoneNumber", p.phoneNumber().orElse(null));
        if (p.address().isPresent()) {
            out.writeFieldName("address");
            ADDRESS.write(out, p.address().get());
        }
        if (p.deliveryOption().isPresent()) {
            out.writeStringField("deliveryOption", p.deliveryOption().get().raw());
        }
        if (p.lifetimeLimit().isPresent()) {
            out.writeFieldName("lifetimeLimit");
            out.writeNumber(p.lifetimeLimit().get());
        }
        if (p.cardHolderProfileId().isPresent()) {
            out.writeNumberField("cardHolderProfileId", p.cardHolderProfileId().getAsLong());
        }
        if (p.replacementDetails().isPresent()) {
            out.writeFieldName("replacementDetails");
            REPLACEMENT_DETAILS.write(out, p.replacementDetails().get());
        }
        out.writeEndObject();
    };

    /** Returns the body of create. */
    public static JsonBody<CardOrderCreateParams> body(CardOrderCreateParams params) {
        return JsonBody.of(params, CARD_ORDER_CREATE);
    }

    /** Returns the body of address validation. */
    public static JsonBody<Address> body(Address address) {
        return JsonBody.of(address, ADDRESS);
    }
}
