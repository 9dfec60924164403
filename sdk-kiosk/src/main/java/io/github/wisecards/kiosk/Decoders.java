package io.github.wisecards.kiosk;

import io.github.wisecards.core.internal.JsonReader;
import io.github.wisecards.core.internal.ResponseDecoder;
import io.github.wisecards.kiosk.internal.KioskReaders;
import io.github.wisecards.kiosk.model.CardProductionStatus;
import io.github.wisecards.kiosk.model.ProductionStatus;
import java.io.IOException;
import java.util.Optional;

/** The decoders of the kiosk answers, built on {@link KioskReaders}. */
final class Decoders {
    /** A production status (produce, retrieve). */
    static final ResponseDecoder<CardProductionStatus> PRODUCTION_STATUS =
            ResponseDecoder.reading(KioskReaders.PRODUCTION_STATUS);

    /**
     * The simulation's undocumented answer: a production status when the body is an object with a
     * status; empty for an empty body, another JSON value, or an object without a status.
     */
    static final ResponseDecoder<Optional<CardProductionStatus>> OPTIONAL_PRODUCTION_STATUS =
            response -> Optional.ofNullable(statusIn(response.body()));

    private Decoders() {}

    /**
     * Returns the production status in {@code body}, or null when it holds none (empty, not an
     * object, no status).
     *
     * @throws IOException if the body is not JSON or the status is malformed
     */
    static CardProductionStatus statusIn(byte[] body) throws IOException {
        CardProductionStatus status = JsonReader.readIfObject(body, KioskReaders.PRODUCTION_STATUS);
        return status == null || status.status().equals(ProductionStatus.ABSENT) ? null : status;
    }
}
