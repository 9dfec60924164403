package io.github.wisecards.kiosk;

import io.github.wisecards.kiosk.model.CardProductionStatus;

/**
 * Wise refused to produce a card created more than 60 days ago. The card can never be produced:
 * retrying will not help; order a new card. Never retryable.
 *
 * <p>Wise documents the rule but no dedicated error code, so the SDK recognises the refusal from
 * its error code or description (see {@link CardProductionStatus#isCardTooOldToProduce()}).
 */
public class CardTooOldForProductionException extends KioskRequestException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; used by the SDK.
     *
     * @param details the response details
     * @param productionStatus the production status Wise answered
     */
    public CardTooOldForProductionException(Details details, CardProductionStatus productionStatus) {
        super(details, productionStatus);
    }

    /** Returns the HTTP summary and says the card must be replaced. */
    @Override
    public String getMessage() {
        return super.getMessage()
                + " The card was created more than 60 days ago and can no longer be produced: order a new card.";
    }
}
