package io.github.wisecards.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.webhooks.WebhookHandler.Outcome;
import io.github.wisecards.webhooks.event.CardOrderStatusChangeEvent;
import io.github.wisecards.webhooks.event.WebhookEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WebhookHandlerTest {
    private static final WebhookSigner SIGNER = WebhookVerifierTest.SIGNER;

    private final WebhookVerifier verifier =
            WebhookVerifier.builder().addTrustedKey(SIGNER.publicKey()).build();
    private final WebhookHandler handler =
            WebhookHandler.builder().verifier(verifier).build();
    private final byte[] body = Fixtures.bytes("card-order-status-change.json");
    private final List<WebhookEvent> received = new CopyOnWriteArrayList<>();

    @Test
    void theSameEventDeliveredTwiceReachesTheCallbackOnce() {
        assertThat(handler.handle(headers(body), body, received::add)).isEqualTo(Outcome.PROCESSED);
        assertThat(handler.handle(headers(body), body, received::add)).isEqualTo(Outcome.DUPLICATE);
        assertThat(received).hasSize(1);
        assertThat(received.get(0)).isInstanceOf(CardOrderStatusChangeEvent.class);
    }

    @Test
    void aRedeliveryRestampedWithANewSentAtIsADuplicate() {
        byte[] restamped = new String(body, StandardCharsets.UTF_8)
                .replace("2024-01-01T12:24:57.000Z", "2024-01-02T09:00:00.000Z")
                .getBytes(StandardCharsets.UTF_8);
        handler.handle(headers(body), body, received::add);
        assertThat(handler.handle(headers(restamped), restamped, received::add)).isEqualTo(Outcome.DUPLICATE);
        assertThat(received).hasSize(1);
    }

    @Test
    void aLaterStatusChangeOfTheSameOrderIsProcessed() {
        byte[] completed = new String(body, StandardCharsets.UTF_8)
                .replace("PRODUCED", "COMPLETED")
                .replace("12:24:56.123Z", "13:00:00.000Z")
                .getBytes(StandardCharsets.UTF_8);
        handler.handle(headers(body), body, received::add);
        assertThat(handler.handle(headers(completed), completed, received::add)).isEqualTo(Outcome.PROCESSED);
        assertThat(received).hasSize(2);
    }

    @Test
    void aFailedCallbackReleasesTheKeySoWisesRetrySucceeds() {
        assertThatThrownBy(() -> handler.handle(headers(body), body, event -> {
                    throw new IllegalStateException("database down");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("database down");
        assertThat(handler.handle(headers(body), body, received::add)).isEqualTo(Outcome.PROCESSED);
        assertThat(handler.handle(headers(body), body, received::add)).isEqualTo(Outcome.DUPLICATE);
        assertThat(received).hasSize(1);
    }

    @Test
    void aForgedRequestNeverReachesTheCallbackNorBlocksTheRealOne() {
        byte[] forged = WebhookVerifierTest.OTHER_SIGNER.sign(body).getBytes(StandardCharsets.US_ASCII);
        WebhookHeaders forgedHeaders = WebhookHeaders.of(
                java.util.Map.of(WebhookHeaders.SIGNATURE, new String(forged, StandardCharsets.US_ASCII)));
        assertThatThrownBy(() -> handler.handle(forgedHeaders, body, received::add))
                .isInstanceOf(WebhookVerificationException.class);
        assertThat(received).isEmpty();
        assertThat(handler.handle(headers(body), body, received::add)).isEqualTo(Outcome.PROCESSED);
    }

    @Test
    void concurrentDuplicatesReachTheCallbackOnce() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        assertThat(race(handler, handler, calls)).containsOnly(Outcome.PROCESSED, Outcome.DUPLICATE);
        assertThat(calls).hasValue(1);
    }

    @Test
    void twoBackendInstancesSharingAJdbcStoreProcessARacedEventOnce() throws Exception {
        var dataSource = JdbcSeenKeyStoreTest.newDatabase();
        WebhookHandler instanceA = WebhookHandler.builder()
                .verifier(verifier)
                .seenKeyStore(JdbcSeenKeyStore.builder(dataSource).build())
                .build();
        WebhookHandler instanceB = WebhookHandler.builder()
                .verifier(verifier)
                .seenKeyStore(JdbcSeenKeyStore.builder(dataSource).build())
                .build();
        AtomicInteger calls = new AtomicInteger();
        List<Outcome> outcomes = race(instanceA, instanceB, calls);
        assertThat(calls).hasValue(1);
        assertThat(outcomes.stream().filter(o -> o == Outcome.PROCESSED)).hasSize(1);
    }

    @Test
    void handlerNeedsAVerifier() {
        assertThatThrownBy(() -> WebhookHandler.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("verifier");
    }

    /** Delivers the same body from 8 threads at once, alternating between two handlers. */
    private List<Outcome> race(WebhookHandler a, WebhookHandler b, AtomicInteger calls) throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                WebhookHandler h = i % 2 == 0 ? a : b;
                WebhookHeaders headers = headers(body);
                futures.add(pool.submit(() -> {
                    start.await();
                    return h.handle(headers, body, event -> calls.incrementAndGet());
                }));
            }
            start.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get(30, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static WebhookHeaders headers(byte[] body) {
        return WebhookHeaders.of(SIGNER.headers(body));
    }
}
