package io.github.wisecards.kiosk;

import io.github.wisecards.core.errors.UnprocessableEntityException;
import io.github.wisecards.kiosk.model.CardProductionStatus;
import io.github.wisecards.kiosk.model.RecommendedAction;
import io.github.wisecards.kiosk.model.RequestErrorCode;
import java.util.Objects;

/**
 * Wise refused a produce request (HTTP 422 with status {@code REQUEST_ERROR}): nothing was sent
 * to the kiosk. Carries the production status Wise answered, its {@link RequestErrorCode}
 * (unknown codes stay available raw through {@link CardProductionStatus#errorCode()}), whether
 * producing again can succeed, and what to do.
 *
 * <p>Two 422 answers are not failures and never throw this: {@code REQUEST_CREATED_BUT_NOT_STARTED}
 * (production is pending) and {@code REQUEST_ALREADY_EXISTS} answering the SDK's own retry of a
 * produce whose first attempt failed at the I/O level (that first attempt was received).
 */
public class KioskRequestException extends UnprocessableEntityException {
    private static final long serialVersionUID = 1L;

    private final transient CardProductionStatus productionStatus;

    /**
     * Creates the exception; used by the SDK.
     *
     * @param details the response details, with the error code and description as its error
     * @param productionStatus the production status Wise answered
     */
    public KioskRequestException(Details details, CardProductionStatus productionStatus) {
        super(details);
        this.productionStatus = Objects.requireNonNull(productionStatus, "productionStatus");
    }

    /** {@return the production status Wise answered (status {@code REQUEST_ERROR})} */
    public CardProductionStatus productionStatus() {
        return productionStatus;
    }

    /**
     * {@return the request error code: {@code UNKNOWN} with the raw string kept for a code this SDK
     * does not know, and {@code UNKNOWN} with an empty raw string when Wise sent no code}
     */
    public RequestErrorCode errorCode() {
        return productionStatus.requestErrorCode().orElseGet(() -> RequestErrorCode.of(""));
    }

    /**
     * {@return whether producing the card again, later, can succeed; never true for a card created
     * more than 60 days ago}
     */
    public boolean isRetryable() {
        return !productionStatus.isCardTooOldToProduce() && errorCode().isRetryable();
    }

    /** {@return whether Wise refused because the card was created more than 60 days ago} */
    public boolean isCardTooOldToProduce() {
        return productionStatus.isCardTooOldToProduce();
    }

    /** {@return what the partner or kiosk operator can do about it} */
    public RecommendedAction recommendedAction() {
        return productionStatus.recommendedAction();
    }

    /** {@return the HTTP summary followed by whether a retry can help and the recommended action} */
    @Override
    public String getMessage() {
        return super.getMessage() + " [retryable: " + (isRetryable() ? "yes" : "no") + "; recommended action: "
                + recommendedAction() + "]";
    }
}
