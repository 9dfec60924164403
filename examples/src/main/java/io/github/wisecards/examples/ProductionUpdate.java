package io.github.wisecards.examples;

import io.github.wisecards.kiosk.model.CardProductionStatus;
import io.github.wisecards.kiosk.model.ProductionErrorCode;
import io.github.wisecards.kiosk.model.ProductionStatus;
import io.github.wisecards.kiosk.model.RecommendedAction;
import io.github.wisecards.webhooks.event.CardProductionStatusChangeEvent;
import java.util.Optional;

/** A kiosk production status as the demo observed it: from a verified webhook or from polling. */
record ProductionUpdate(
        ProductionStatus status,
        Optional<ProductionErrorCode> errorCode,
        Optional<String> description,
        RecommendedAction recommendedAction,
        String source) {

    static ProductionUpdate of(CardProductionStatusChangeEvent event) {
        Optional<ProductionErrorCode> code = event.errorCode();
        RecommendedAction action = code.map(ProductionErrorCode::recommendedAction)
                .orElse(
                        event.status().equals(ProductionStatus.PRODUCTION_ERROR)
                                ? RecommendedAction.RETRY_LATER
                                : RecommendedAction.WAIT_FOR_STATUS);
        return new ProductionUpdate(
                event.status(),
                code,
                event.description(),
                action,
                "verified webhook, delivery " + event.envelope().deliveryId().orElse("<none>"));
    }

    static ProductionUpdate of(CardProductionStatus status) {
        return new ProductionUpdate(
                status.status(),
                status.productionErrorCode(),
                status.description(),
                status.recommendedAction(),
                "polled with the SDK's waiter");
    }
}
