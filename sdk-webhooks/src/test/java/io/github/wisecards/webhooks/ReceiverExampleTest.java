package io.github.wisecards.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.core.Environment;
import io.github.wisecards.testing.WebhookSigner;
import io.github.wisecards.webhooks.event.CardOrderStatusChangeEvent;
import io.github.wisecards.webhooks.event.CardStatusChangeEvent;
import io.github.wisecards.webhooks.event.WebhookEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Runs the framework-neutral receiving example of README-SECTION.md. */
class ReceiverExampleTest {

    /** The README example, with the verifier injectable so the test can trust its own key. */
    static final class WiseWebhookReceiver {
        private final WebhookVerifier verifier;
        private final WebhookHandler handler;
        final List<String> applied = new ArrayList<>();

        WiseWebhookReceiver(WebhookVerifier verifier, SeenKeyStore store) {
            this.verifier = verifier;
            this.handler = WebhookHandler.builder()
                    .verifier(verifier)
                    .seenKeyStore(store)
                    .build();
        }

        /** Call from any HTTP stack; reply with the returned status code and an empty body. */
        int receive(Function<String, String> header, InputStream body) throws IOException {
            try {
                byte[] rawBody = verifier.readBody(body); // the exact bytes, at most 1 MiB
                // 200: processed now, or a duplicate; 503: another instance is processing it
                return handler.handle(WebhookHeaders.from(header), rawBody, this::apply)
                        .httpStatus();
            } catch (WebhookVerificationException e) {
                return 400; // not signed by Wise, too large or malformed: retrying will not help
            } catch (RuntimeException e) {
                return 500; // apply() or the store failed: the claim was released, Wise retries
            }
        }

        private void apply(WebhookEvent event) {
            if (event instanceof CardOrderStatusChangeEvent e) {
                applied.add(e.orderId().orElse("?") + " " + e.orderStatus().raw());
            } else if (event instanceof CardStatusChangeEvent e) {
                applied.add("card " + e.cardStatus().raw());
            }
            // Other and future event types: ignore, or read event.rawJson().
        }
    }

    @Test
    void receiverRepliesTwoHundredOnceProcessedAndOnDuplicatesAndFourHundredOnForgeries() throws Exception {
        WebhookSigner signer = WebhookVerifierTest.SIGNER;
        WiseWebhookReceiver receiver = new WiseWebhookReceiver(
                WebhookVerifier.builder()
                        .environment(Environment.SANDBOX)
                        .addTrustedKey(signer.publicKey())
                        .build(),
                InMemorySeenKeyStore.create());
        byte[] body = Fixtures.bytes("card-order-status-change.json");
        Map<String, String> headers = SignedHeaders.of(signer, body);

        assertThat(receiver.receive(headers::get, new ByteArrayInputStream(body)))
                .isEqualTo(200);
        assertThat(receiver.receive(headers::get, new ByteArrayInputStream(body)))
                .isEqualTo(200);
        assertThat(receiver.applied).containsExactly("1001L PRODUCED");

        Map<String, String> forged = SignedHeaders.of(WebhookVerifierTest.OTHER_SIGNER, body);
        assertThat(receiver.receive(forged::get, new ByteArrayInputStream(body)))
                .isEqualTo(400);
        assertThat(receiver.receive(name -> null, new ByteArrayInputStream(body)))
                .isEqualTo(400);
    }
}
