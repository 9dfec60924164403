package io.github.wisecards.kiosk.internal;

import io.github.wisecards.core.internal.JsonReader.Reader;
import io.github.wisecards.kiosk.model.CardProductionStatus;
import io.github.wisecards.kiosk.model.ProductionStatus;

/**
 * Reads the kiosk models from Wise's JSON into their builders: unknown fields skipped, JSON
 * {@code null} read as absent, the status and error code kept exactly as sent.
 */
public final class KioskReaders {
    private KioskReaders() {}

    /** Reads a {@link CardProductionStatus}. */
    public static final Reader<CardProductionStatus> PRODUCTION_STATUS = in -> {
        CardProductionStatus.Builder b = CardProductionStatus.builder();
        for (String f; (f = in.nextField()) != null; ) {
            switch (f) {
                case "status" -> b.status(in.openEnum(ProductionStatus::of));
                case "kioskId" -> b.kioskId(in.string());
                case "occurredAt" -> b.occurredAt(in.instant());
                case "errorCode" -> b.errorCode(in.string());
                case "description" -> b.description(in.string());
                default -> in.skipValue();
            }
        }
        return b.build();
    };
}
