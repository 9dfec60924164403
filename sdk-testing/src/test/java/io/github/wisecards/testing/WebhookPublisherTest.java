package io.github.wisecards.testing;

import static io.github.wisecards.testing.SimHttp.PROFILE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wisecards.core.FakeClock;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookPublisherTest {
    private final MockWebServer receiver = new MockWebServer();
    private WiseSimulator simulator;
    private SimHttp http;
    private volatile int answer = 200;

    @BeforeEach
    void start() throws Exception {
        receiver.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(answer).build();
            }
        });
        receiver.start();
        simulator = WiseSimulator.builder()
                .clock(new FakeClock(Instant.parse("2025-03-01T10:00:00Z")))
                .webhookUrl(receiver.url("/wise/webhooks").toString())
                .build()
                .start();
        http = new SimHttp(simulator);
    }

    @AfterEach
    void stop() {
        simulator.close();
        receiver.close();
    }

    private List<RecordedRequest> received() throws InterruptedException {
        List<RecordedRequest> list = new ArrayList<>();
        RecordedRequest r;
        while ((r = receiver.takeRequest(0, TimeUnit.SECONDS)) != null) {
            list.add(r);
        }
        return list;
    }

    @Test
    void everyStateChangeIsDeliveredSignedAndInOrderBeforeTheCallReturns() throws Exception {
        long id = http.createdOrderId(SimHttp.kioskOrder());
        simulator.completeRequirement(id, "PIN");

        List<RecordedRequest> delivered = received();
        assertThat(delivered).hasSize(4);
        List<String> types = new ArrayList<>();
        for (RecordedRequest r : delivered) {
            assertThat(r.getMethod()).isEqualTo("POST");
            assertThat(r.getTarget()).isEqualTo("/wise/webhooks");
            assertThat(r.getHeaders().get("Content-Type")).startsWith("application/json");
            assertThat(r.getHeaders().get("X-Delivery-Id")).isNotBlank();
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(simulator.webhookPublicKey());
            verifier.update(r.getBody().toByteArray());
            assertThat(verifier.verify(Base64.getDecoder().decode(r.getHeaders().get("X-Signature-SHA256"))))
                    .isTrue();
            types.add(SimHttp.MAPPER
                    .readTree(r.getBody().toByteArray())
                    .get("event_type")
                    .asText());
        }
        assertThat(types)
                .containsExactly(
                        "cards#card-order-status-change",
                        "cards#card-order-status-change",
                        "cards#card-order-status-change",
                        "cards#card-production-status-change");
        assertThat(delivered.stream()
                        .map(r -> r.getHeaders().get("X-Delivery-Id"))
                        .distinct())
                .hasSize(4);
    }

    @Test
    void eventsHaveTheWiseEnvelopeAndDataFields() throws Exception {
        long id = http.createdOrderId(SimHttp.kioskOrder());
        simulator.completeRequirement(id, "PIN");
        String token = simulator.cardToken(id).orElseThrow();

        List<SentWebhook> sent = simulator.webhooks();
        JsonNode order = SimHttp.MAPPER.readTree(sent.get(2).bodyBytes());
        assertThat(order.get("subscription_id").asText()).isEqualTo(simulator.webhookSubscriptionId());
        assertThat(order.get("schema_version").asText()).isEqualTo("2.0.0");
        assertThat(order.get("sent_at").asText()).isEqualTo("2025-03-01T10:00:00Z");
        assertThat(order.get("data").toString())
                .isEqualTo("{\"resource\":{\"type\":\"card\",\"profile_id\":" + PROFILE
                        + ",\"client_id\":\"sim-client-id\",\"card_token\":\"" + token
                        + "\",\"card_program\":\"VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API\"},"
                        + "\"order_id\":\"" + id + "\",\"order_status\":\"CARD_DETAILS_CREATED\","
                        + "\"delivery_vendor\":null,\"occurred_at\":\"2025-03-01T10:00:00Z\"}");
        JsonNode production = SimHttp.MAPPER.readTree(sent.get(3).bodyBytes()).get("data");
        assertThat(production.get("status").asText()).isEqualTo("READY");
        assertThat(production.get("kiosk_id").isNull()).isTrue();
        assertThat(production.get("error_code").isNull()).isTrue();
        assertThat(production.get("description").asText()).isEqualTo("Card ready for production");
        assertThat(sent).allSatisfy(w -> {
            assertThat(w.delivered()).isTrue();
            assertThat(w.url()).contains(receiver.url("/wise/webhooks").toString());
        });
    }

    @Test
    void eventsAreRecordedWithoutAUrlAndReceiverFailuresAreKept() throws Exception {
        simulator.unregisterWebhookUrl();
        http.createdOrderId(SimHttp.virtualOrder());
        assertThat(simulator.webhooks()).singleElement().satisfies(w -> {
            assertThat(w.delivered()).isFalse();
            assertThat(w.url()).isEmpty();
            assertThat(w.responseStatus()).isZero();
        });

        simulator.registerWebhookUrl(receiver.url("/wise/webhooks").toString());
        answer = 500;
        http.createdOrderId(SimHttp.virtualOrder());

        assertThat(simulator.webhooks().get(1).responseStatus()).isEqualTo(500);
        assertThat(simulator.webhooks().get(1).delivered()).isFalse();
        assertThat(received()).hasSize(1);
    }

    @Test
    void theExposedPemIsTheSigningKey() {
        assertThat(simulator.webhookPublicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----\n");
        String base64 = simulator
                .webhookPublicKeyPem()
                .replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        assertThat(Base64.getDecoder().decode(base64))
                .isEqualTo(simulator.webhookPublicKey().getEncoded());
    }

    @Test
    void aStoppedPublisherDeliversNothingMoreSoCloseNeverWaitsForABacklog() {
        WebhookPublisher publisher = new WebhookPublisher(
                new FakeClock(Instant.parse("2025-03-01T10:00:00Z")), WebhookSigner.generate(), "sub-1", null);
        publisher.enqueue("cards#card-order-status-change", SimJson.object());
        publisher.drain();
        assertThat(publisher.sent()).hasSize(1);

        publisher.enqueue("cards#card-order-status-change", SimJson.object());
        publisher.stop();
        publisher.drain();

        assertThat(publisher.sent()).hasSize(1);
    }
}
