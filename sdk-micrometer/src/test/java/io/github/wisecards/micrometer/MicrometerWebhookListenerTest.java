package io.github.wisecards.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.testing.WebhookSigner;
import io.github.wisecards.webhooks.WebhookHandler;
import io.github.wisecards.webhooks.WebhookHeaders;
import io.github.wisecards.webhooks.WebhookVerificationException;
import io.github.wisecards.webhooks.WebhookVerifier;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MicrometerWebhookListenerTest {
    static final String TYPE = "cards#card-order-status-change";

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final WebhookHandler handler = WebhookHandler.builder()
            .verifier(WebhookVerifier.builder()
                    .addTrustedKey(WebhookBodies.SIGNER.publicKey())
                    .build())
            .addListener(MicrometerWebhookListener.create(meters))
            .build();
    final byte[] body = WebhookBodies.orderStatusChange("PRODUCED");

    @Test
    void processedDeliveryCountsAsVerifiedAndIsTimed() {
        handler.handle(WebhookBodies.headers(WebhookBodies.SIGNER, body), body, event -> {});

        assertThat(meters.get(MicrometerWebhookListener.VERIFIED)
                        .tag("event.type", TYPE)
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(meters.get(MicrometerWebhookListener.PROCESSING)
                        .tags("event.type", TYPE, "result", "PROCESSED", "exception", "none")
                        .timer()
                        .count())
                .isEqualTo(1);
        assertThat(meters.find(MicrometerWebhookListener.DUPLICATES).counters()).isEmpty();
        assertThat(meters.find(MicrometerWebhookListener.REJECTED).counters()).isEmpty();
    }

    @Test
    void redeliveryCountsAsVerifiedDuplicate() {
        handler.handle(WebhookBodies.headers(WebhookBodies.SIGNER, body), body, event -> {});
        handler.handle(WebhookBodies.headers(WebhookBodies.SIGNER, body), body, event -> {});

        assertThat(meters.get(MicrometerWebhookListener.VERIFIED).counter().count())
                .isEqualTo(2);
        assertThat(meters.get(MicrometerWebhookListener.DUPLICATES)
                        .tag("event.type", TYPE)
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(meters.get(MicrometerWebhookListener.PROCESSING)
                        .tag("result", "DUPLICATE")
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void rejectedDeliveriesAreCountedByReason() {
        WebhookSigner forger = WebhookSigner.generate();
        assertThatThrownBy(() -> handler.handle(WebhookBodies.headers(forger, body), body, event -> {}))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> handler.handle(WebhookHeaders.of(Map.of()), body, event -> {}))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> handler.handle(WebhookBodies.headers(forger, body), body, event -> {}))
                .isInstanceOf(WebhookVerificationException.class);

        assertThat(meters.get(MicrometerWebhookListener.REJECTED)
                        .tag("reason", "SIGNATURE_MISMATCH")
                        .counter()
                        .count())
                .isEqualTo(2);
        assertThat(meters.get(MicrometerWebhookListener.REJECTED)
                        .tag("reason", "MISSING_SIGNATURE")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(meters.get(MicrometerWebhookListener.PROCESSING)
                        .tags("event.type", "none", "result", "REJECTED", "exception", "WebhookVerificationException")
                        .timer()
                        .count())
                .isEqualTo(3);
        assertThat(meters.find(MicrometerWebhookListener.VERIFIED).counters()).isEmpty();
    }

    @Test
    void failedCallbackIsTimedWithItsException() {
        assertThatThrownBy(() -> handler.handle(WebhookBodies.headers(WebhookBodies.SIGNER, body), body, event -> {
                    throw new IllegalStateException("database down");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(meters.get(MicrometerWebhookListener.PROCESSING)
                        .tags("event.type", TYPE, "result", "FAILED", "exception", "IllegalStateException")
                        .timer()
                        .count())
                .isEqualTo(1);
        assertThat(meters.get(MicrometerWebhookListener.VERIFIED).counter().count())
                .isEqualTo(1);
    }
}
