package io.github.wisecards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.core.Environment;
import io.github.wisecards.kiosk.model.ProductionStatus;
import io.github.wisecards.testing.WebhookSigner;
import io.github.wisecards.webhooks.InMemorySeenKeyStore;
import io.github.wisecards.webhooks.WebhookHandler;
import io.github.wisecards.webhooks.WebhookHeaders;
import io.github.wisecards.webhooks.WebhookVerifier;
import io.github.wisecards.webhooks.event.CardProductionStatusChangeEvent;
import io.github.wisecards.webhooks.event.WebhookEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookReceiverExampleTest {
    private static final WebhookSigner WISE = WebhookSigner.generate();

    private final List<WebhookEvent> received = new CopyOnWriteArrayList<>();
    private final AtomicBoolean failNext = new AtomicBoolean();
    private final InMemorySeenKeyStore store = InMemorySeenKeyStore.create();
    private WebhookReceiverExample receiver;
    private byte[] body;

    @BeforeEach
    void startReceiver() {
        body = fixture("fixtures/webhooks/production-ready.json");
        WebhookHandler handler = WebhookHandler.builder()
                .verifier(WebhookVerifier.builder()
                        .addTrustedKey(WISE.publicKey())
                        .build())
                .seenKeyStore(store)
                .build();
        receiver = WebhookReceiverExample.startOnLoopback(handler, event -> {
            if (failNext.getAndSet(false)) {
                throw new IllegalStateException("database down");
            }
            received.add(event);
        });
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void listensOnLoopbackAtTheWebhookPath() {
        assertThat(receiver.url().toString())
                .isEqualTo("http://127.0.0.1:" + receiver.port() + WebhookReceiverExample.PATH);
    }

    @Test
    void acceptsASignedEventWith200AndHandsItOverParsed() {
        int status = WebhookRedelivery.post(receiver.url(), body, WISE.sign(body), "delivery-1");

        assertThat(status).isEqualTo(200);
        assertThat(received).singleElement().isInstanceOfSatisfying(CardProductionStatusChangeEvent.class, e -> {
            assertThat(e.status()).isEqualTo(ProductionStatus.READY);
            assertThat(e.resource().cardToken()).contains("00000000-0000-4000-8000-00000000e3dd");
            assertThat(e.envelope().deliveryId()).contains("delivery-1");
        });
        assertThat(receiver.processedCount()).isEqualTo(1);
    }

    @Test
    void acknowledgesARedeliveryWith200ButProcessesTheEventOnce() {
        String signature = WISE.sign(body);

        int first = WebhookRedelivery.post(receiver.url(), body, signature, "delivery-1");
        int again = WebhookRedelivery.post(receiver.url(), body, signature, "delivery-2");

        assertThat(first).isEqualTo(200);
        assertThat(again).isEqualTo(200);
        assertThat(received).hasSize(1);
        assertThat(receiver.processedCount()).isEqualTo(1);
        assertThat(receiver.duplicateCount()).isEqualTo(1);
    }

    @Test
    void answers503WhileAnotherInstanceHoldsALiveClaimOnTheEventThenProcessesItsRedelivery() {
        String signature = WISE.sign(body);
        String key = WebhookVerifier.parseUnverified(WebhookHeaders.of(java.util.Map.of()), body)
                .eventKey();
        store.claim(key, "another-instance", Instant.MAX);

        int whileClaimed = WebhookRedelivery.post(receiver.url(), body, signature, "delivery-1");
        store.release(key, "another-instance", Instant.MAX);
        int redelivered = WebhookRedelivery.post(receiver.url(), body, signature, "delivery-2");

        assertThat(whileClaimed).isEqualTo(503);
        assertThat(redelivered).isEqualTo(200);
        assertThat(received).hasSize(1);
        assertThat(receiver.inProgressCount()).isEqualTo(1);
        assertThat(receiver.processedCount()).isEqualTo(1);
    }

    @Test
    void rejectsAnEventSignedWithAnotherKeyWith400() {
        WebhookSigner forger = WebhookSigner.generate();

        int status = WebhookRedelivery.post(receiver.url(), body, forger.sign(body), "delivery-1");

        assertThat(status).isEqualTo(400);
        assertThat(received).isEmpty();
        assertThat(receiver.rejectedCount()).isEqualTo(1);
    }

    @Test
    void rejectsATamperedBodyWith400() {
        String signature = WISE.sign(body);
        byte[] tampered = new String(body, StandardCharsets.UTF_8)
                .replace("\"READY\"", "\"PRODUCED\"")
                .getBytes(StandardCharsets.UTF_8);

        int status = WebhookRedelivery.post(receiver.url(), tampered, signature, "delivery-1");

        assertThat(status).isEqualTo(400);
        assertThat(received).isEmpty();
    }

    @Test
    void rejectsAnUnsignedRequestWith400() {
        int status = WebhookRedelivery.post(receiver.url(), body, null, "delivery-1");

        assertThat(status).isEqualTo(400);
        assertThat(received).isEmpty();
    }

    @Test
    void answers500WhenTheCallbackFailsSoThatTheRedeliveryIsProcessed() {
        failNext.set(true);
        String signature = WISE.sign(body);

        int failed = WebhookRedelivery.post(receiver.url(), body, signature, "delivery-1");
        int redelivered = WebhookRedelivery.post(receiver.url(), body, signature, "delivery-2");

        assertThat(failed).isEqualTo(500);
        assertThat(redelivered).isEqualTo(200);
        assertThat(received).hasSize(1);
        assertThat(receiver.duplicateCount()).isZero();
    }

    @Test
    void answers405ToAnythingButPost() throws IOException {
        HttpURLConnection get = (HttpURLConnection) receiver.url().toURL().openConnection();
        try {
            assertThat(get.getResponseCode()).isEqualTo(405);
        } finally {
            get.disconnect();
        }
        assertThat(received).isEmpty();
    }

    @Test
    void readmeReceiverTrustsTheBundledSandboxKeyAndRejectsOtherSigners() {
        // The README's snippet, on a free loopback port instead of 8080.
        BlockingQueue<WebhookEvent> queue = new LinkedBlockingQueue<>();
        WebhookHandler handler = WebhookHandler.builder()
                .verifier(WebhookVerifier.forEnvironment(Environment.SANDBOX))
                .seenKeyStore(InMemorySeenKeyStore.create())
                .build();
        try (WebhookReceiverExample sandboxReceiver = WebhookReceiverExample.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), handler, event -> queue.add(event))) {
            int status = WebhookRedelivery.post(sandboxReceiver.url(), body, WISE.sign(body), "delivery-1");

            assertThat(status).isEqualTo(400);
            assertThat(queue).isEmpty();
        }
    }

    private static byte[] fixture(String name) {
        try (InputStream in = WebhookReceiverExampleTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
