package io.github.wisecards.micrometer;

import io.github.wisecards.webhooks.WebhookDelivery;
import io.github.wisecards.webhooks.WebhookDelivery.Result;
import io.github.wisecards.webhooks.WebhookListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A {@link WebhookListener} that records webhook deliveries with Micrometer:
 *
 * <ul>
 *   <li>{@value #VERIFIED}: deliveries whose signature verified, tagged {@code event.type};
 *   <li>{@value #REJECTED}: deliveries rejected by verification, tagged {@code reason} (a {@link
 *       io.github.wisecards.webhooks.WebhookVerificationException.Reason});
 *   <li>{@value #DUPLICATES}: verified deliveries of events processed before, tagged {@code
 *       event.type};
 *   <li>{@value #PROCESSING}: a timer of every delivery's handling time (verification, the inbox
 *       and the callback), tagged {@code event.type}, {@code result} ({@link Result}) and {@code
 *       exception}.
 * </ul>
 *
 * <p>The event type is Wise's {@code event_type} (for example {@code
 * cards#card-order-status-change}), read only from verified deliveries, so no caller can invent
 * tag values; {@code none} for rejected ones. No id of any kind is a tag.
 *
 * <pre>{@code
 * WebhookHandler handler = WebhookHandler.builder()
 *     .verifier(verifier)
 *     .addListener(MicrometerWebhookListener.create(meterRegistry))
 *     .build();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class MicrometerWebhookListener implements WebhookListener {
    /** The counter of verified deliveries: {@value}. */
    public static final String VERIFIED = "wise.webhooks.verified";

    /** The counter of rejected deliveries: {@value}. */
    public static final String REJECTED = "wise.webhooks.rejected";

    /** The counter of duplicate deliveries: {@value}. */
    public static final String DUPLICATES = "wise.webhooks.duplicates";

    /** The timer of every delivery's handling: {@value}. */
    public static final String PROCESSING = "wise.webhooks.processing";

    private final MeterRegistry registry;

    private MicrometerWebhookListener(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * Returns a listener recording into {@code registry}.
     *
     * @param registry where the meters are registered
     * @return the listener; add it with {@code WebhookHandler.Builder.addListener(..)}
     * @throws NullPointerException if {@code registry} is null
     */
    public static MicrometerWebhookListener create(MeterRegistry registry) {
        return new MicrometerWebhookListener(registry);
    }

    @Override
    public void onDelivery(WebhookDelivery delivery) {
        String eventType = delivery.eventType().orElse(Tags.NONE);
        Result result = delivery.result();
        if (result == Result.REJECTED) {
            Counter.builder(REJECTED)
                    .description("Webhook deliveries rejected by signature verification")
                    .tag("reason", delivery.rejectionReason().map(Enum::name).orElse(Tags.NONE))
                    .register(registry)
                    .increment();
        } else if (delivery.eventType().isPresent()) {
            Counter.builder(VERIFIED)
                    .description("Webhook deliveries whose signature verified")
                    .tag("event.type", eventType)
                    .register(registry)
                    .increment();
        }
        if (result == Result.DUPLICATE) {
            Counter.builder(DUPLICATES)
                    .description("Verified webhook deliveries of events processed before")
                    .tag("event.type", eventType)
                    .register(registry)
                    .increment();
        }
        Timer.builder(PROCESSING)
                .description("Handling time of webhook deliveries: verification, inbox and callback")
                .tag("event.type", eventType)
                .tag("result", result.name())
                .tag("exception", Tags.exception(delivery.error().orElse(null)))
                .register(registry)
                .record(delivery.duration().toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public String toString() {
        return "MicrometerWebhookListener{" + registry.getClass().getSimpleName() + "}";
    }
}
