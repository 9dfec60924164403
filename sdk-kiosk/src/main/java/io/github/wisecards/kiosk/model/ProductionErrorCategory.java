package io.github.wisecards.kiosk.model;

/**
 * Where in the kiosk production chain a {@link ProductionErrorCode} happened, from its prefix in
 * Wise's catalogue. Computed by the SDK, never sent by Wise; later versions may add constants, so
 * a {@code switch} over it needs a {@code default} branch.
 */
public enum ProductionErrorCategory {
    /** {@code CB_*}: the card manufacturer's central base (main server). */
    CENTRAL_BASE,
    /** {@code DP_*}: the data preparation module. */
    DATA_PREPARATION,
    /** {@code SAT_*}: the satellite agent that drives the kiosk. */
    SATELLITE,
    /** {@code PRT_*}: the kiosk's card printer. */
    PRINTER,
    /** {@code PRD_*}: the physical production run (feeder, hopper, encoding, embossing). */
    PRODUCTION,
    /** {@code INV_*}: the kiosk's card stock inventory. */
    INVENTORY,
    /** {@code UNKNOWN_ERROR} or a code this SDK version does not know. */
    UNKNOWN
}
