package io.github.wisecards.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.core.FakeClock;
import io.github.wisecards.testing.WebhookSigner;
import io.github.wisecards.webhooks.WebhookDelivery.Result;
import io.github.wisecards.webhooks.WebhookHandler.Outcome;
import io.github.wisecards.webhooks.WebhookVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class WebhookListenerTest {
    private static final WebhookSigner SIGNER = WebhookVerifierTest.SIGNER;

    private final WebhookVerifier verifier =
            WebhookVerifier.builder().addTrustedKey(SIGNER.publicKey()).build();
    private final List<WebhookDelivery> deliveries = new CopyOnWriteArrayList<>();
    private final WebhookHandler handler = WebhookHandler.builder()
            .verifier(verifier)
            .addListener(deliveries::add)
            .build();
    private final byte[] body = Fixtures.bytes("card-order-status-change.json");

    @Test
    void processedAndDuplicateDeliveriesAreReportedWithTheirEventType() {
        handler.handle(headers(body), body, event -> {});
        handler.handle(headers(body), body, event -> {});

        assertThat(deliveries).extracting(WebhookDelivery::result).containsExactly(Result.PROCESSED, Result.DUPLICATE);
        assertThat(deliveries).allSatisfy(d -> {
            assertThat(d.eventType()).contains("cards#card-order-status-change");
            assertThat(d.rejectionReason()).isEmpty();
            assertThat(d.error()).isEmpty();
            assertThat(d.duration().isNegative()).isFalse();
            assertThat(d.duration()).isLessThan(Duration.ofMinutes(1));
        });
    }

    @Test
    void aDeliveryThatCannotEvenBeVerifiedIsReportedAsFailed() {
        assertThatThrownBy(() -> handler.handle(null, body, event -> {})).isInstanceOf(NullPointerException.class);

        assertThat(deliveries).singleElement().satisfies(d -> {
            assertThat(d.result()).isEqualTo(Result.FAILED);
            assertThat(d.eventType()).isEmpty();
            assertThat(d.rejectionReason()).isEmpty();
            assertThat(d.error()).get().isInstanceOf(NullPointerException.class);
        });
    }

    @Test
    void toStringNamesTheResultReasonAndErrorTypeButNeverTheErrorMessage() {
        WebhookDelivery rejected = WebhookDelivery.of(
                Result.REJECTED,
                null,
                Reason.SIGNATURE_MISMATCH,
                new WebhookVerificationException(Reason.SIGNATURE_MISMATCH, "secret detail"),
                Duration.ofMillis(12));
        assertThat(rejected.toString())
                .isEqualTo("WebhookDelivery{REJECTED, eventType=null, reason=SIGNATURE_MISMATCH,"
                        + " error=WebhookVerificationException, duration=12ms}");
        WebhookDelivery processed =
                WebhookDelivery.of(Result.PROCESSED, "cards#card-status-change", null, null, Duration.ofMillis(3));
        assertThat(processed.toString())
                .isEqualTo("WebhookDelivery{PROCESSED, eventType=cards#card-status-change, duration=3ms}");
    }

    @Test
    void rejectedDeliveryIsReportedWithItsReasonAndNoEventType() {
        WebhookHeaders forged =
                WebhookHeaders.of(Map.of(WebhookHeaders.SIGNATURE, WebhookVerifierTest.OTHER_SIGNER.sign(body)));
        assertThatThrownBy(() -> handler.handle(forged, body, event -> {}))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> handler.handle(WebhookHeaders.of(Map.of()), body, event -> {}))
                .isInstanceOf(WebhookVerificationException.class);

        assertThat(deliveries).extracting(WebhookDelivery::result).containsExactly(Result.REJECTED, Result.REJECTED);
        assertThat(deliveries)
                .extracting(d -> d.rejectionReason().orElseThrow())
                .containsExactly(Reason.SIGNATURE_MISMATCH, Reason.MISSING_SIGNATURE);
        assertThat(deliveries).allSatisfy(d -> {
            assertThat(d.eventType()).isEmpty();
            assertThat(d.error()).get().isInstanceOf(WebhookVerificationException.class);
            assertThat(d.toString()).doesNotContain(new String(body, StandardCharsets.UTF_8));
        });
    }

    @Test
    void failedCallbackIsReportedAsFailedWithTheExceptionTheHandlerThrows() {
        IllegalStateException failure = new IllegalStateException("database down");
        assertThatThrownBy(() -> handler.handle(headers(body), body, event -> {
                    throw failure;
                }))
                .isSameAs(failure);

        assertThat(deliveries).singleElement().satisfies(d -> {
            assertThat(d.result()).isEqualTo(Result.FAILED);
            assertThat(d.eventType()).contains("cards#card-order-status-change");
            assertThat(d.error()).containsSame(failure);
        });
    }

    @Test
    void deliveryClaimedElsewhereIsReportedInProgress() {
        FakeClock clock = new FakeClock();
        InMemorySeenKeyStore store = InMemorySeenKeyStore.builder().clock(clock).build();
        store.claim(eventKey(), "another-attempt", clock.instant().plusSeconds(60));
        WebhookHandler h = WebhookHandler.builder()
                .verifier(verifier)
                .seenKeyStore(store)
                .clock(clock)
                .addListener(deliveries::add)
                .build();

        assertThat(h.handle(headers(body), body, event -> {})).isEqualTo(Outcome.IN_PROGRESS);
        assertThat(deliveries).extracting(WebhookDelivery::result).containsExactly(Result.IN_PROGRESS);
    }

    @Test
    void transactionalHandlingReportsItsDeliveriesToo() throws Exception {
        DataSource dataSource = JdbcSeenKeyStoreTest.newDatabase();
        WebhookHandler transactional = WebhookHandler.builder()
                .verifier(verifier)
                .seenKeyStore(JdbcSeenKeyStore.builder(dataSource).build())
                .addListener(deliveries::add)
                .build();
        assertThatThrownBy(() -> transactional.handleInTransaction(headers(body), body, (event, c) -> {
                    throw new SQLException("partner constraint", "23514");
                }))
                .isInstanceOf(WebhookCallbackException.class);
        transactional.handleInTransaction(headers(body), body, (event, c) -> {});
        transactional.handleInTransaction(headers(body), body, (event, c) -> {});

        assertThat(deliveries)
                .extracting(WebhookDelivery::result)
                .containsExactly(Result.FAILED, Result.PROCESSED, Result.DUPLICATE);
    }

    @Test
    void listenerThatThrowsIsIgnoredAndTheOthersStillHearTheDelivery() {
        WebhookHandler h = WebhookHandler.builder()
                .verifier(verifier)
                .addListener(d -> {
                    throw new IllegalStateException("listener bug");
                })
                .addListener(deliveries::add)
                .build();

        assertThat(h.handle(headers(body), body, event -> {})).isEqualTo(Outcome.PROCESSED);
        assertThat(deliveries).hasSize(1);
    }

    @Test
    void everyOutcomeHasAResult() {
        for (Outcome o : Outcome.values()) {
            assertThat(Result.of(o).name()).isEqualTo(o.name());
        }
    }

    private String eventKey() {
        return verifier.verifyAndParse(headers(body), body).eventKey();
    }

    private static WebhookHeaders headers(byte[] body) {
        return WebhookHeaders.of(SignedHeaders.of(SIGNER, body));
    }
}
