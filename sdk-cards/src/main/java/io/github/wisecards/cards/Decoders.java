package io.github.wisecards.cards;

import io.github.wisecards.cards.internal.CardsReaders;
import io.github.wisecards.cards.model.AddressValidationResult;
import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.cards.model.CardOrderRequirements;
import io.github.wisecards.cards.model.CardProgram;
import io.github.wisecards.cards.model.PinPresetResult;
import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.internal.JsonReader;
import io.github.wisecards.core.internal.JsonReader.Reader;
import io.github.wisecards.core.internal.MalformedJsonException;
import io.github.wisecards.core.internal.ResponseDecoder;
import java.util.List;

/**
 * The decoders of the card order answers, all built on {@link CardsReaders}: each body is streamed
 * once, straight into the public models, without a tree or reflection.
 */
final class Decoders {
    /** One page of card orders as the server sends it, before the page position is added. */
    record OrdersPage(List<CardOrder> items, long totalCount) {}

    /** A card order (create, retrieve, update). */
    static final ResponseDecoder<CardOrder> CARD_ORDER = ResponseDecoder.reading(CardsReaders.CARD_ORDER);

    /** The requirements of a card order. */
    static final ResponseDecoder<CardOrderRequirements> REQUIREMENTS =
            ResponseDecoder.reading(CardsReaders.REQUIREMENTS);

    /** The answer of a PIN preset. */
    static final ResponseDecoder<PinPresetResult> PIN_PRESET_RESULT =
            ResponseDecoder.reading(CardsReaders.PIN_PRESET_RESULT);

    /** The encrypting key with its parsed RSA public key. */
    static final ResponseDecoder<EncryptionKeys.Material> KEY =
            response -> EncryptionKeys.Material.parse(JsonReader.read(response.body(), CardsReaders.ENCRYPTING_KEY));

    private static final Reader<OrdersPage> ORDERS_PAGE_READER = in -> {
        List<CardOrder> items = List.of();
        Long total = null;
        for (String f; (f = in.nextField()) != null; ) {
            switch (f) {
                case "cardOrders" -> items = in.list(CardsReaders.CARD_ORDER);
                case "totalCount" -> total = lenientCount(in);
                default -> in.skipValue();
            }
        }
        return new OrdersPage(items, total != null ? total : items.size());
    };

    /** {@code {"totalCount": n, "cardOrders": [..]}}; a missing or unreadable count is the number of items. */
    static final ResponseDecoder<OrdersPage> ORDERS_PAGE = ResponseDecoder.reading(ORDERS_PAGE_READER);

    private static final Reader<List<CardProgram>> PROGRAMS_READER = in -> {
        List<CardProgram> programs = List.of();
        for (String f; (f = in.nextField()) != null; ) {
            if (f.equals("cardPrograms")) {
                programs = in.list(CardsReaders.CARD_PROGRAM);
            } else {
                in.skipValue();
            }
        }
        return programs;
    };

    /** {@code {"cardPrograms": [..]}}. */
    static final ResponseDecoder<List<CardProgram>> PROGRAM_LIST = ResponseDecoder.reading(PROGRAMS_READER);

    private static final Reader<FieldViolation> VIOLATION_READER = in -> {
        String field = null;
        String path = null;
        String message = null;
        String code = null;
        for (String f; (f = in.nextField()) != null; ) {
            switch (f) {
                case "field" -> field = in.string();
                case "path" -> path = in.string();
                case "message" -> message = in.string();
                case "code" -> code = in.string();
                default -> in.skipValue();
            }
        }
        return FieldViolation.of(
                field != null ? field : path != null ? path : "", message != null ? message : code != null ? code : "");
    };

    private static final Reader<AddressValidationResult> ADDRESS_VALIDATION_READER = in -> {
        AddressValidationResult.Builder b = AddressValidationResult.builder();
        for (String f; (f = in.nextField()) != null; ) {
            if (f.equals("errors")) {
                in.list(VIOLATION_READER).forEach(b::addError);
            } else {
                in.skipValue();
            }
        }
        return b.build();
    };

    /** {@code {"errors": [{"field": .., "message": ..}]}}; an empty or missing list means valid. */
    static final ResponseDecoder<AddressValidationResult> ADDRESS_VALIDATION =
            ResponseDecoder.reading(ADDRESS_VALIDATION_READER);

    private Decoders() {}

    /** A count within a long; null (so the number of items counts) for anything else. */
    private static Long lenientCount(JsonReader in) throws java.io.IOException {
        try {
            return in.longValue();
        } catch (MalformedJsonException e) {
            return null;
        }
    }
}
