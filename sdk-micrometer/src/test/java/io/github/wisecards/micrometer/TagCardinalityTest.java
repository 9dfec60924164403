package io.github.wisecards.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.core.Environment;
import io.github.wisecards.core.FakeClock;
import io.github.wisecards.core.RecordingSleeper;
import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.kiosk.KioskClient;
import io.github.wisecards.testing.WebhookSigner;
import io.github.wisecards.webhooks.WebhookHandler;
import io.github.wisecards.webhooks.WebhookVerifier;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Drives every kind of call and webhook delivery with distinctive ids, tokens, trace and
 * correlation ids, then checks that no tag of any meter holds one of them, and that every tag value
 * comes from a bounded set (a path template, a status, a class or enum name).
 */
class TagCardinalityTest {
    static final long PROFILE_ID = 987654321L;
    static final long ORDER_ID = 555444333L;
    static final String CARD_TOKEN = "5a2f6e3c-8f1b-4c2d-9e7a-0b1c2d3ee3dd";
    static final String ACCESS_TOKEN = "access-token-cardinality-0001";
    static final String CORRELATION_ID = "6e5d4c3b-2a19-4f08-8e7d-6c5b4a392817";
    static final String TRACE_PREFIX = "trace-cardinality-";

    /** A path template: literal segments, a version, or {placeholders}; never a value. */
    static final Pattern TEMPLATE = Pattern.compile("(/([a-z][a-z-]*|v[0-9]+|\\{[A-Za-z]+\\}))+");

    /** Any other tag value: a status, an enum or class name, a boolean, Wise's event type. */
    static final Pattern BOUNDED = Pattern.compile("[0-9]{3}|[A-Za-z_]+|[a-z]+#[a-z-]+");

    @StartStop
    final MockWebServer server = new MockWebServer();

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void noTagValueIsAnIdTokenCardTokenTraceIdOrCorrelationId() throws Exception {
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        MicrometerRequestListener listener = MicrometerRequestListener.builder(meters)
                .observationRegistry(observations)
                .build();
        String url = server.url("/").toString();
        FakeClock clock = new FakeClock();
        RequestOptions correlated =
                RequestOptions.builder().correlationId(CORRELATION_ID).build();
        String order = "{\"id\":" + ORDER_ID + ",\"profileId\":" + PROFILE_ID
                + ",\"status\":\"PLACED\",\"cardToken\":\"" + CARD_TOKEN + "\"}";
        try (CardsClient cards = CardsClient.builder()
                        .environment(Environment.custom(url, url))
                        .accessToken(ACCESS_TOKEN)
                        .clock(clock)
                        .sleeper(new RecordingSleeper(clock))
                        .addRequestListener(listener)
                        .build();
                KioskClient kiosk = KioskClient.builder()
                        .environment(Environment.custom(url, url))
                        .accessToken(ACCESS_TOKEN)
                        .clock(clock)
                        .sleeper(new RecordingSleeper(clock))
                        .addRequestListener(listener)
                        .build()) {
            server.enqueue(json(200, order, 1));
            cards.cardOrders().withRequestOptions(correlated).retrieve(PROFILE_ID, ORDER_ID);
            server.enqueue(json(404, "{}", 2));
            assertThat(catchThrowable(() -> cards.cardOrders().retrieve(PROFILE_ID, ORDER_ID)))
                    .isNotNull();
            server.enqueue(json(503, "{}", 3));
            server.enqueue(new MockResponse.Builder()
                    .code(429)
                    .setHeader("Retry-After", "1")
                    .setHeader("x-trace-id", TRACE_PREFIX + 4)
                    .body("{}")
                    .build());
            server.enqueue(json(200, order, 5));
            cards.cardOrders().withRequestOptions(correlated).retrieve(PROFILE_ID, ORDER_ID);
            for (int i = 0; i < 3; i++) {
                server.enqueue(new MockResponse.Builder()
                        .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
                        .build());
            }
            assertThat(catchThrowable(() -> cards.cardOrders().retrieve(PROFILE_ID, ORDER_ID)))
                    .isNotNull();
            server.enqueue(json(200, order, 6));
            cards.cardOrders().async().retrieve(PROFILE_ID, ORDER_ID).get(10, TimeUnit.SECONDS);
            server.enqueue(json(
                    200,
                    "{\"status\":\"PRODUCED\",\"kioskId\":\"WIS00001\",\"occurredAt\":\"2024-01-01T12:29:41.512Z\"}",
                    7));
            kiosk.cardProductions().withRequestOptions(correlated).retrieve(PROFILE_ID, CARD_TOKEN);
        }
        WebhookHandler handler = WebhookHandler.builder()
                .verifier(WebhookVerifier.builder()
                        .addTrustedKey(WebhookBodies.SIGNER.publicKey())
                        .build())
                .addListener(MicrometerWebhookListener.create(meters))
                .build();
        byte[] body = WebhookBodies.orderStatusChange("PRODUCED");
        handler.handle(WebhookBodies.headers(WebhookBodies.SIGNER, body), body, event -> {});
        handler.handle(WebhookBodies.headers(WebhookBodies.SIGNER, body), body, event -> {});
        assertThat(catchThrowable(
                        () -> handler.handle(WebhookBodies.headers(WebhookSigner.generate(), body), body, e -> {})))
                .isNotNull();

        List<String> forbidden = List.of(
                Long.toString(PROFILE_ID),
                Long.toString(ORDER_ID),
                CARD_TOKEN,
                CARD_TOKEN.substring(CARD_TOKEN.length() - 4),
                ACCESS_TOKEN,
                CORRELATION_ID,
                TRACE_PREFIX,
                WebhookBodies.PROFILE_ID,
                WebhookBodies.ORDER_ID,
                WebhookBodies.CARD_TOKEN,
                WebhookBodies.SUBSCRIPTION_ID,
                WebhookBodies.DELIVERY_ID);
        List<String> values = new ArrayList<>();
        for (Meter meter : meters.getMeters()) {
            for (Tag tag : meter.getId().getTags()) {
                String where = meter.getId().getName() + " " + tag.getKey() + "=" + tag.getValue();
                values.add(where);
                assertThat(forbidden).as(where).noneMatch(tag.getValue()::contains);
                if (tag.getKey().equals("uri")) {
                    assertThat(tag.getValue()).as(where).matches(TEMPLATE);
                } else {
                    assertThat(tag.getValue()).as(where).matches(BOUNDED);
                }
            }
        }
        // every kind of meter took part, the card token path and the webhook meters included
        assertThat(values)
                .anyMatch(v -> v.contains("uri=/v3/spend/profiles/{profileId}/cards/{cardToken}/production"))
                .anyMatch(v -> v.startsWith("wise.client.requests "))
                .anyMatch(v -> v.startsWith(MicrometerRequestListener.ATTEMPTS + " "))
                .anyMatch(v -> v.startsWith(MicrometerRequestListener.RETRIES + " "))
                .anyMatch(v -> v.startsWith(MicrometerRequestListener.RATE_LIMITED + " "))
                .anyMatch(v -> v.startsWith(MicrometerWebhookListener.DUPLICATES + " "))
                .anyMatch(v -> v.startsWith(MicrometerWebhookListener.REJECTED + " "))
                .anyMatch(v -> v.startsWith(MicrometerWebhookListener.PROCESSING + " "));
    }

    @Test
    void aPlantedIdInATagFailsTheCheck() {
        assertThat("/v3/spend/profiles/987654321/card-orders").doesNotMatch(TEMPLATE);
        assertThat("/v3/spend/profiles/{profileId}/cards/" + CARD_TOKEN + "/production")
                .doesNotMatch(TEMPLATE);
        assertThat(TRACE_PREFIX + 1).doesNotMatch(BOUNDED);
        assertThat(CORRELATION_ID).doesNotMatch(BOUNDED);
        assertThat(Long.toString(ORDER_ID)).doesNotMatch(BOUNDED);
    }

    static MockResponse json(int code, String body, int trace) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", "application/json")
                .setHeader("x-trace-id", TRACE_PREFIX + trace)
                .body(body)
                .build();
    }
}
