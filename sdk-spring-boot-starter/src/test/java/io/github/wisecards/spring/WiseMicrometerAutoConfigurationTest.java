package io.github.wisecards.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.core.CallStart;
import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.RequestListener;
import io.github.wisecards.micrometer.DefaultWiseClientObservationConvention;
import io.github.wisecards.micrometer.MicrometerRequestListener;
import io.github.wisecards.micrometer.MicrometerWebhookListener;
import io.github.wisecards.micrometer.WiseClientObservationConvention;
import io.github.wisecards.testing.WebhookSigner;
import io.github.wisecards.webhooks.WebhookHandler;
import io.github.wisecards.webhooks.WebhookHeaders;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class WiseMicrometerAutoConfigurationTest {
    private static final WebhookSigner SIGNER = WebhookSigner.generate();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    WiseMicrometerAutoConfiguration.class,
                    WiseAutoConfiguration.class,
                    WiseWebhooksAutoConfiguration.class))
            .withPropertyValues("wise.auth.access-token=t", "wise.webhooks.public-keys[0]=" + SIGNER.publicKeyPem());

    @Test
    void meterRegistryBeanGetsTheClientsAMicrometerRequestListener() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withBean(ObservationRegistry.class, ObservationRegistry::create)
                .run(context -> assertThat(context.getBean(ClientOptions.class).requestListeners())
                        .singleElement()
                        .isInstanceOf(MicrometerRequestListener.class));
    }

    @Test
    void withoutAMeterRegistryNothingIsRegistered() {
        runner.run(context -> assertThat(context.getBean(ClientOptions.class).requestListeners())
                .isEmpty());
    }

    @Test
    void withoutSdkMicrometerOnTheClassPathNothingIsRegistered() {
        runner.withClassLoader(new FilteredClassLoader(MicrometerRequestListener.class))
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(context -> {
                    assertThat(context).doesNotHaveBean(WiseMicrometerAutoConfiguration.class);
                    assertThat(context.getBean(ClientOptions.class).requestListeners())
                            .isEmpty();
                });
    }

    @Test
    void applicationsOwnListenerIsUsedInstead() {
        MeterRegistry meters = new SimpleMeterRegistry();
        MicrometerRequestListener own = MicrometerRequestListener.create(meters);
        runner.withBean(MeterRegistry.class, () -> meters)
                .withBean(MicrometerRequestListener.class, () -> own)
                .run(context -> assertThat(context.getBean(ClientOptions.class).requestListeners())
                        .containsExactly(own));
    }

    @Test
    void webhookHandlerRecordsDeliveriesInTheMeterRegistry() {
        MeterRegistry meters = new SimpleMeterRegistry();
        runner.withBean(MeterRegistry.class, () -> meters).run(context -> {
            WebhookHandler handler = context.getBean(WebhookHandler.class);
            byte[] body = TestBodies.cardOrderStatusChange(1001, "PRODUCED");
            WebhookHeaders headers = WebhookHeaders.of(Map.of("X-Signature-SHA256", SIGNER.sign(body)));
            handler.handle(headers, body, e -> {});
            handler.handle(headers, body, e -> {});
            assertThat(meters.get(MicrometerWebhookListener.VERIFIED).counter().count())
                    .isEqualTo(2);
            assertThat(meters.get(MicrometerWebhookListener.DUPLICATES)
                            .counter()
                            .count())
                    .isEqualTo(1);
        });
    }

    @Test
    void callObservationsGoToTheApplicationsObservationRegistryNamedByItsConvention() {
        List<String> started = new CopyOnWriteArrayList<>();
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new ObservationHandler<Observation.Context>() {
            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }

            @Override
            public void onStart(Observation.Context context) {
                started.add(context.getName());
            }
        });
        WiseClientObservationConvention renamed = new DefaultWiseClientObservationConvention() {
            @Override
            public String getName() {
                return "partner.wise.calls";
            }
        };
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withBean(ObservationRegistry.class, () -> observations)
                .withBean(WiseClientObservationConvention.class, () -> renamed)
                .run(context -> {
                    RequestListener listener = context.getBean(ClientOptions.class)
                            .requestListeners()
                            .get(0);
                    listener.onCallStart(CallStart.of("GET", "/v3/spend/profiles/{profileId}/card-orders", null));
                    assertThat(started).containsExactly("partner.wise.calls");
                });
    }
}
