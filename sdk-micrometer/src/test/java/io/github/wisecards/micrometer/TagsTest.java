package io.github.wisecards.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.core.CallObserver;
import io.github.wisecards.core.CallStart;
import io.github.wisecards.core.errors.ApiConnectionException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class TagsTest {
    static final RuntimeException FAILURE = new IllegalStateException("failed");

    @Test
    void anOutcomeIsSuccessWhenTheCallSucceededWhateverTheStatus() {
        assertThat(Tags.outcome(200, null)).isEqualTo("SUCCESS");
        assertThat(Tags.outcome(404, null)).isEqualTo("SUCCESS");
        assertThat(Tags.outcome(null, null)).isEqualTo("SUCCESS");
    }

    @Test
    void aFailedCallIsAClientErrorFrom400To499AndAServerErrorFrom500() {
        assertThat(Tags.outcome(399, FAILURE)).isEqualTo("ERROR");
        assertThat(Tags.outcome(400, FAILURE)).isEqualTo("CLIENT_ERROR");
        assertThat(Tags.outcome(499, FAILURE)).isEqualTo("CLIENT_ERROR");
        assertThat(Tags.outcome(500, FAILURE)).isEqualTo("SERVER_ERROR");
        assertThat(Tags.outcome(599, FAILURE)).isEqualTo("SERVER_ERROR");
    }

    @Test
    void aFailureWithoutStatusIsAnIoErrorACancellationOrAnError() {
        ApiConnectionException io = new ApiConnectionException(
                "GET", "/v3/spend/profiles/1/card-orders", false, null, new IOException("reset"));
        assertThat(Tags.outcome(null, io)).isEqualTo("IO_ERROR");
        assertThat(Tags.outcome(null, new CancellationException())).isEqualTo("CANCELLED");
        assertThat(Tags.outcome(null, FAILURE)).isEqualTo("ERROR");
    }

    @Test
    void aNoopObservationRegistryMakesTheCallObserverANoop() {
        MicrometerRequestListener listener = MicrometerRequestListener.builder(new SimpleMeterRegistry())
                .observationRegistry(ObservationRegistry.NOOP)
                .build();

        assertThat(listener.onCallStart(CallStart.of("GET", "/v3/spend/profiles/{profileId}/card-orders", null)))
                .isSameAs(CallObserver.NONE);
    }

    @Test
    void theConventionSupportsOnlyTheSdksCallContext() {
        WiseClientObservationConvention convention = new DefaultWiseClientObservationConvention();

        assertThat(convention.supportsContext(new Observation.Context())).isFalse();
        assertThat(convention.supportsContext(new WiseClientObservationContext(
                        CallStart.of("GET", "/v3/spend/profiles/{profileId}/card-orders", null))))
                .isTrue();
    }

    @Test
    void theListenersNameTheirRegistryTypeAndNothingElse() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        assertThat(MicrometerRequestListener.create(registry))
                .hasToString("MicrometerRequestListener{SimpleMeterRegistry}");
        assertThat(MicrometerWebhookListener.create(registry))
                .hasToString("MicrometerWebhookListener{SimpleMeterRegistry}");
    }
}
