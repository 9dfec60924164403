package io.github.wisecards.kiosk;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.wisecards.core.internal.ResponseContext;
import io.github.wisecards.core.testkit.ModelInspector;
import io.github.wisecards.core.testkit.Responses;
import io.github.wisecards.kiosk.model.CardProductionStatus;
import io.github.wisecards.kiosk.model.ProductionStatus;
import java.io.IOException;
import java.util.Map;

/**
 * Fuzzes the decoding of every sdk-kiosk response through the endpoints' own decoders, and the
 * produce endpoint's 422 handler. Allowed: the decoders' {@link IOException}; from the 422
 * handler, a {@link KioskRequestException} (or its {@link CardTooOldForProductionException}).
 */
class KioskResponseFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void productionStatus(byte[] body) {
        Object result;
        try {
            result = CardProductionEndpoints.RETRIEVE.decoder().decode(Responses.of(200, body));
        } catch (IOException expected) {
            return;
        }
        ModelInspector.inspect(result);
    }

    @FuzzTest(maxDuration = "60s")
    void simulateAnswer(byte[] body) {
        Object result;
        try {
            result = CardProductionEndpoints.SIMULATE.decoder().decode(Responses.of(200, body));
        } catch (IOException expected) {
            return;
        }
        ModelInspector.inspect(result);
    }

    /** A 422 to produce: a pending or retried request is a result, any other a typed exception. */
    @FuzzTest(maxDuration = "60s")
    void produceRequestError(FuzzedDataProvider data) {
        boolean retried = data.consumeBoolean();
        ResponseContext ctx = Responses.of(422, Map.of(), data.consumeRemainingAsBytes(), retried);
        CardProductionStatus status;
        try {
            status = CardProductionEndpoints.onProduceError(ctx);
        } catch (KioskRequestException e) {
            ModelInspector.inspect(e);
            return;
        }
        if (status != null) {
            ModelInspector.inspect(status);
            if (!status.isProductionAccepted() || !status.status().equals(ProductionStatus.REQUEST_ERROR)) {
                throw new AssertionError(
                        "a 422 handled as a result must keep REQUEST_ERROR and be accepted: " + status);
            }
        } else {
            ModelInspector.inspect(ctx.defaultException().get());
        }
    }
}
