package io.github.wisecards.micrometer;

import io.github.wisecards.core.CallObserver;
import io.github.wisecards.core.CallStart;
import io.github.wisecards.core.RequestAttempt;
import io.github.wisecards.core.RequestListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A {@link RequestListener} that records the SDK's calls and attempts with Micrometer.
 *
 * <ul>
 *   <li>Each call is an {@link Observation} named {@code wise.client.requests} (see {@link
 *       DefaultWiseClientObservationConvention} for its key values). The observation registry's
 *       handlers turn it into a timer {@code wise.client.requests} (the meter handler) and a span
 *       (Micrometer Tracing, and OpenTelemetry through it) carrying Wise's {@code x-trace-id} and
 *       the correlation id as high-cardinality attributes. It starts on the caller's thread, so
 *       the span's parent is the caller's current observation.
 *   <li>Each HTTP attempt: timer {@value #ATTEMPTS} tagged {@code method}, {@code uri}, {@code
 *       status}, {@code exception}, {@code outcome} and {@code retry} ({@code true} for the
 *       attempts after the first).
 *   <li>Counter {@value #RETRIES}, one per retry, tagged {@code method}, {@code uri} and {@code
 *       reason} (the status or exception that caused it); counter {@value #RATE_LIMITED}, one per
 *       429 answer, tagged {@code method} and {@code uri}.
 * </ul>
 *
 * <p>Tags hold the operation's path template (for example {@code
 * /v3/spend/profiles/{profileId}/card-orders}), never an id, a token or a card token.
 *
 * <pre>{@code
 * MicrometerRequestListener metrics = MicrometerRequestListener.builder(meterRegistry)
 *     .observationRegistry(observationRegistry)     // optional: for spans
 *     .build();
 * CardsClient cards = CardsClient.builder()
 *     .environment(Environment.SANDBOX)
 *     .tokenProvider(tokens)
 *     .addRequestListener(metrics)
 *     .build();
 * }</pre>
 *
 * <p>Without an observation registry, the listener makes its own with Micrometer's {@link
 * DefaultMeterObservationHandler} over the meter registry, so the per-call timer exists either
 * way. With one (Spring Boot's, for example), the per-call timer comes from that registry's meter
 * handler: Spring Boot registers one whenever a {@link MeterRegistry} exists. Thread-safe.
 */
public final class MicrometerRequestListener implements RequestListener {
    /** The timer of each HTTP attempt: {@value}. */
    public static final String ATTEMPTS = "wise.client.attempts";

    /** The counter of retries: {@value}. */
    public static final String RETRIES = "wise.client.retries";

    /** The counter of rate-limited (429) answers: {@value}. */
    public static final String RATE_LIMITED = "wise.client.rate.limited";

    private static final WiseClientObservationConvention DEFAULT_CONVENTION =
            new DefaultWiseClientObservationConvention();

    private final MeterRegistry meterRegistry;
    private final ObservationRegistry observationRegistry;
    private final WiseClientObservationConvention convention;

    private MicrometerRequestListener(Builder b) {
        this.meterRegistry = b.meterRegistry;
        this.observationRegistry = b.observationRegistry != null ? b.observationRegistry : ownRegistry(b.meterRegistry);
        this.convention = b.convention;
    }

    /**
     * Returns a listener recording into {@code meterRegistry}, with an observation registry of its
     * own that only times calls (no spans).
     *
     * @param meterRegistry where meters are registered
     * @return the listener
     * @throws NullPointerException if {@code meterRegistry} is null
     */
    public static MicrometerRequestListener create(MeterRegistry meterRegistry) {
        return builder(meterRegistry).build();
    }

    /**
     * Starts building a listener recording into {@code meterRegistry}.
     *
     * @param meterRegistry where the attempt timer and the counters are registered
     * @return a builder
     * @throws NullPointerException if {@code meterRegistry} is null
     */
    public static Builder builder(MeterRegistry meterRegistry) {
        return new Builder(meterRegistry);
    }

    private static ObservationRegistry ownRegistry(MeterRegistry meterRegistry) {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meterRegistry));
        return registry;
    }

    @Override
    public void onAttempt(RequestAttempt attempt) {
        Integer status = attempt.statusCode().isPresent() ? attempt.statusCode().getAsInt() : null;
        Throwable error = attempt.error().orElse(null);
        Timer.builder(ATTEMPTS)
                .description("HTTP attempts of the Wise Cards SDK, retries included")
                .tag("method", attempt.method())
                .tag("uri", attempt.pathTemplate())
                .tag("status", Tags.status(status, error))
                .tag("exception", Tags.exception(error))
                .tag("outcome", Tags.outcome(status, error))
                .tag("retry", Boolean.toString(attempt.attemptNumber() > 1))
                .register(meterRegistry)
                .record(attempt.duration().toNanos(), TimeUnit.NANOSECONDS);
        if (attempt.willRetry()) {
            Counter.builder(RETRIES)
                    .description("Retries of the Wise Cards SDK, by the status or exception that caused them")
                    .tag("method", attempt.method())
                    .tag("uri", attempt.pathTemplate())
                    .tag("reason", status != null ? Integer.toString(status) : Tags.exception(error))
                    .register(meterRegistry)
                    .increment();
        }
        if (status != null && status == 429) {
            Counter.builder(RATE_LIMITED)
                    .description("Rate-limited (429) answers Wise gave the SDK")
                    .tag("method", attempt.method())
                    .tag("uri", attempt.pathTemplate())
                    .register(meterRegistry)
                    .increment();
        }
    }

    @Override
    public CallObserver onCallStart(CallStart call) {
        WiseClientObservationContext context = new WiseClientObservationContext(call);
        Observation observation = Observation.createNotStarted(
                        convention, DEFAULT_CONVENTION, () -> context, observationRegistry)
                .start();
        if (observation.isNoop()) {
            return CallObserver.NONE;
        }
        return end -> {
            context.end(end);
            end.error().ifPresent(observation::error);
            observation.stop();
        };
    }

    @Override
    public String toString() {
        return "MicrometerRequestListener{" + meterRegistry.getClass().getSimpleName() + "}";
    }

    /** Builds a {@link MicrometerRequestListener}. Not thread-safe. */
    public static final class Builder {
        private final MeterRegistry meterRegistry;
        private ObservationRegistry observationRegistry;
        private WiseClientObservationConvention convention;

        private Builder(MeterRegistry meterRegistry) {
            this.meterRegistry = Objects.requireNonNull(meterRegistry, "meterRegistry");
        }

        /**
         * Records each call as an observation of this registry, whose handlers make the per-call
         * timer and the tracing span. Default: a registry of the listener's own with only a meter
         * handler over the meter registry.
         *
         * @param observationRegistry the application's observation registry
         * @return this builder
         * @throws NullPointerException if {@code observationRegistry} is null
         */
        public Builder observationRegistry(ObservationRegistry observationRegistry) {
            this.observationRegistry = Objects.requireNonNull(observationRegistry, "observationRegistry");
            return this;
        }

        /**
         * Names the call observations and their key values; default {@link
         * DefaultWiseClientObservationConvention}. An observation registry's global conventions
         * still take precedence, as Micrometer defines.
         *
         * @param convention the convention
         * @return this builder
         * @throws NullPointerException if {@code convention} is null
         */
        public Builder observationConvention(WiseClientObservationConvention convention) {
            this.convention = Objects.requireNonNull(convention, "convention");
            return this;
        }

        /**
         * Builds the listener.
         *
         * @return the listener; add it with {@code addRequestListener(..)} on a client's builder
         */
        public MicrometerRequestListener build() {
            return new MicrometerRequestListener(this);
        }
    }
}
