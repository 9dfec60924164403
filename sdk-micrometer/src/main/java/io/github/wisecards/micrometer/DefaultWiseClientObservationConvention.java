package io.github.wisecards.micrometer;

import io.github.wisecards.core.CallEnd;
import io.github.wisecards.core.CallStart;
import io.micrometer.common.KeyValues;
import java.util.Optional;

/**
 * The default names and key values of an SDK call's observation.
 *
 * <p>Name {@value #NAME} (so the meter handler's timer is {@code wise.client.requests}); contextual
 * (span) name {@code wise <METHOD> <path template>}. Low-cardinality key values (metric tags):
 * {@code method}, {@code uri} (the path template, never filled-in ids), {@code status} (the final
 * HTTP status, {@code IO_ERROR} or {@code NONE}), {@code exception} (the failure's class, or {@code
 * none}), {@code outcome} ({@code SUCCESS}, {@code CLIENT_ERROR}, {@code SERVER_ERROR}, {@code
 * IO_ERROR}, {@code CANCELLED}, {@code ERROR}) and {@code retried} ({@code true} when the call made
 * more than one attempt). High-cardinality key values (span attributes only): {@code wise.trace.id}
 * (Wise's {@code x-trace-id}), {@code wise.correlation.id} and {@code wise.attempts}. Stateless
 * and thread-safe.
 */
public class DefaultWiseClientObservationConvention implements WiseClientObservationConvention {
    /** The observation's name, and so the per-call timer's: {@value}. */
    public static final String NAME = "wise.client.requests";

    /** Creates the default convention. */
    public DefaultWiseClientObservationConvention() {}

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(WiseClientObservationContext context) {
        CallStart call = context.call();
        return "wise " + call.method() + " " + call.pathTemplate();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(WiseClientObservationContext context) {
        CallStart call = context.call();
        Optional<CallEnd> end = context.end();
        Integer status = end.filter(e -> e.statusCode().isPresent())
                .map(e -> e.statusCode().getAsInt())
                .orElse(null);
        Throwable error = end.flatMap(CallEnd::error).orElse(null);
        return KeyValues.of(
                "method", call.method(),
                "uri", call.pathTemplate(),
                "status", end.isPresent() ? Tags.status(status, error) : "NONE",
                "exception", Tags.exception(error),
                "outcome", end.isPresent() ? Tags.outcome(status, error) : "UNKNOWN",
                "retried", Boolean.toString(end.map(e -> e.attempts() > 1).orElse(false)));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(WiseClientObservationContext context) {
        KeyValues values = KeyValues.empty();
        Optional<String> correlationId = context.call().correlationId();
        if (correlationId.isPresent()) {
            values = values.and("wise.correlation.id", correlationId.get());
        }
        Optional<CallEnd> end = context.end();
        if (end.isPresent()) {
            Optional<String> traceId = end.get().traceId();
            if (traceId.isPresent()) {
                values = values.and("wise.trace.id", traceId.get());
            }
            values = values.and("wise.attempts", Integer.toString(end.get().attempts()));
        }
        return values;
    }
}
