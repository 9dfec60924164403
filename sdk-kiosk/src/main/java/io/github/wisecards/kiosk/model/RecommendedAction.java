package io.github.wisecards.kiosk.model;

/**
 * What a partner backend or kiosk operator can do about a kiosk request or production error.
 * Computed by the SDK from its error catalogue, never sent by Wise; later versions may add
 * constants, so a {@code switch} over it needs a {@code default} branch.
 */
public enum RecommendedAction {
    /** Nothing to fix: the failure is transient on Wise's or the manufacturer's side; produce again later. */
    RETRY_LATER,
    /**
     * Someone at the kiosk must act first (ribbon, feeder, hopper, cover, printer power or network),
     * then produce again.
     */
    OPERATOR_ACTION_AT_KIOSK,
    /** Check the request itself (for example the kiosk id) before trying again. */
    CHECK_REQUEST,
    /** Configuration or card data on Wise's side is wrong; retrying will not help. Give Wise the trace id. */
    CONTACT_WISE,
    /** This card can never be produced (for example it was created more than 60 days ago); order a new card. */
    ORDER_NEW_CARD,
    /** Nothing to do: a production request exists and will progress; wait for the webhook or poll the status. */
    WAIT_FOR_STATUS
}
