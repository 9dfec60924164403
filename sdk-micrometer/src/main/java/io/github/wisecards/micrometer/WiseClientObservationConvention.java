package io.github.wisecards.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names an SDK call's observation and its key values. Implement it (or extend {@link
 * DefaultWiseClientObservationConvention}) and pass it to {@link
 * MicrometerRequestListener.Builder#observationConvention} to change them; keep low-cardinality
 * key values free of ids, tokens and card tokens, since they become metric tags.
 */
public interface WiseClientObservationConvention extends ObservationConvention<WiseClientObservationContext> {
    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof WiseClientObservationContext;
    }
}
