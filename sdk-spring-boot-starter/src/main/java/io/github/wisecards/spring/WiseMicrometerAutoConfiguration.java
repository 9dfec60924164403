package io.github.wisecards.spring;

import io.github.wisecards.micrometer.MicrometerRequestListener;
import io.github.wisecards.micrometer.MicrometerWebhookListener;
import io.github.wisecards.micrometer.WiseClientObservationConvention;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Registers the {@code sdk-micrometer} listeners when Micrometer and {@code sdk-micrometer} are on
 * the class path (Spring Boot's actuator brings Micrometer): the auto-configured clients record
 * {@code wise.client.requests} (one observation per call: a timer and, with Micrometer Tracing, a
 * span), {@code wise.client.attempts}, {@code wise.client.retries} and {@code
 * wise.client.rate.limited}; the auto-configured webhook handler records {@code wise.webhooks.*}.
 *
 * <p>The listeners use the application's {@link MeterRegistry} and {@link ObservationRegistry}
 * (Spring Boot's, whose meter handler makes the per-call timer), and nothing is registered while
 * the application has no {@link MeterRegistry}. Define a {@link MicrometerRequestListener} or
 * {@link MicrometerWebhookListener} bean to replace the listener, a {@link
 * WiseClientObservationConvention} bean to rename the call observation or change its key values,
 * or exclude this auto-configuration to record nothing. Options or a handler the application
 * defines itself get no listener: add it there.
 */
@AutoConfiguration(before = {WiseAutoConfiguration.class, WiseWebhooksAutoConfiguration.class})
@ConditionalOnClass({MicrometerRequestListener.class, MeterRegistry.class, ObservationRegistry.class})
public class WiseMicrometerAutoConfiguration {
    /** Creates the auto-configuration; Spring calls it. */
    public WiseMicrometerAutoConfiguration() {}

    /**
     * Adds the Micrometer request listener to the auto-configured client options.
     *
     * @param listener the application's listener, if it defines one
     * @param meterRegistry the application's meter registry, if any
     * @param observationRegistry the application's observation registry, if any
     * @param convention the application's call observation convention, if any
     * @return the customizer; it adds nothing without a meter registry
     */
    @Bean
    public WiseClientOptionsCustomizer wiseMicrometerClientOptionsCustomizer(
            ObjectProvider<MicrometerRequestListener> listener,
            ObjectProvider<MeterRegistry> meterRegistry,
            ObjectProvider<ObservationRegistry> observationRegistry,
            ObjectProvider<WiseClientObservationConvention> convention) {
        return options -> {
            MicrometerRequestListener l = listener.getIfUnique(() -> {
                MeterRegistry meters = meterRegistry.getIfUnique();
                if (meters == null) {
                    return null;
                }
                MicrometerRequestListener.Builder b = MicrometerRequestListener.builder(meters);
                observationRegistry.ifUnique(b::observationRegistry);
                convention.ifUnique(b::observationConvention);
                return b.build();
            });
            if (l != null) {
                options.addRequestListener(l);
            }
        };
    }

    /**
     * Adds the Micrometer webhook listener to the auto-configured webhook handler.
     *
     * @param listener the application's listener, if it defines one
     * @param meterRegistry the application's meter registry, if any
     * @return the customizer; it adds nothing without a meter registry
     */
    @Bean
    public WiseWebhookHandlerCustomizer wiseMicrometerWebhookHandlerCustomizer(
            ObjectProvider<MicrometerWebhookListener> listener, ObjectProvider<MeterRegistry> meterRegistry) {
        return handler -> {
            MicrometerWebhookListener l = listener.getIfUnique(() -> {
                MeterRegistry meters = meterRegistry.getIfUnique();
                return meters == null ? null : MicrometerWebhookListener.create(meters);
            });
            if (l != null) {
                handler.addListener(l);
            }
        };
    }
}
