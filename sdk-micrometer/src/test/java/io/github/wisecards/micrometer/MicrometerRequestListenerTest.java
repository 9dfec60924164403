package io.github.wisecards.micrometer;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.core.Environment;
import io.github.wisecards.core.FakeClock;
import io.github.wisecards.core.RecordingSleeper;
import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.core.errors.ApiConnectionException;
import io.github.wisecards.core.errors.NotFoundException;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MicrometerRequestListenerTest {
    static final String RETRIEVE = "/v3/spend/profiles/{profileId}/card-orders/{cardOrderId}";
    static final String ORDER_JSON = "{\"id\":142,\"profileId\":123456,\"status\":\"PLACED\"}";
    static final String CORRELATION_ID = "0b7c6a4e-2f1d-4c3b-9a8e-5d6f7e8a9b0c";

    @StartStop
    final MockWebServer server = new MockWebServer();

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final TestObservationRegistry observations = TestObservationRegistry.create();
    final FakeClock clock = new FakeClock();
    CardsClient cards;

    CardsClient cards() {
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        String url = server.url("/").toString();
        cards = CardsClient.builder()
                .environment(Environment.custom(url, url))
                .accessToken("test-access-token-0001")
                .clock(clock)
                .sleeper(new RecordingSleeper(clock))
                .addRequestListener(MicrometerRequestListener.builder(meters)
                        .observationRegistry(observations)
                        .build())
                .build();
        return cards;
    }

    @AfterEach
    void close() {
        if (cards != null) {
            cards.close();
        }
    }

    static MockResponse json(int code, String body, String traceId) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", "application/json")
                .setHeader("x-trace-id", traceId)
                .body(body)
                .build();
    }

    /** The tags of the one meter named {@code name} matching {@code filter}, as a map. */
    Map<String, String> tagsOf(String name, String... filter) {
        Meter meter = meters.get(name).tags(filter).meter();
        return tags(meter);
    }

    static Map<String, String> tags(Meter meter) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Tag t : meter.getId().getTags()) {
            out.put(t.getKey(), t.getValue());
        }
        return out;
    }

    @Test
    void successfulCallRecordsTheCallTimerAndOneAttemptTaggedWithTheOperation() {
        server.enqueue(json(200, ORDER_JSON, "t-ok"));
        cards().cardOrders().retrieve(123456, 142);

        Timer call = meters.get("wise.client.requests").timer();
        assertThat(call.count()).isEqualTo(1);
        assertThat(tags(call))
                .containsEntry("method", "GET")
                .containsEntry("uri", RETRIEVE)
                .containsEntry("status", "200")
                .containsEntry("exception", "none")
                .containsEntry("outcome", "SUCCESS")
                .containsEntry("retried", "false");
        Timer attempt = meters.get(MicrometerRequestListener.ATTEMPTS).timer();
        assertThat(attempt.count()).isEqualTo(1);
        assertThat(tags(attempt))
                .containsOnly(
                        Map.entry("method", "GET"),
                        Map.entry("uri", RETRIEVE),
                        Map.entry("status", "200"),
                        Map.entry("exception", "none"),
                        Map.entry("outcome", "SUCCESS"),
                        Map.entry("retry", "false"));
        assertThat(meters.find(MicrometerRequestListener.RETRIES).counters()).isEmpty();
        assertThat(meters.find(MicrometerRequestListener.RATE_LIMITED).counters())
                .isEmpty();
    }

    @Test
    void clientErrorIsRecordedWithItsStatusExceptionAndOutcome() {
        server.enqueue(json(404, "{}", "t-404"));
        assertThatThrownBy(() -> cards().cardOrders().retrieve(123456, 142)).isInstanceOf(NotFoundException.class);

        assertThat(tagsOf("wise.client.requests"))
                .containsEntry("status", "404")
                .containsEntry("exception", "NotFoundException")
                .containsEntry("outcome", "CLIENT_ERROR")
                .containsEntry("retried", "false");
        assertThat(tagsOf(MicrometerRequestListener.ATTEMPTS))
                .containsEntry("status", "404")
                .containsEntry("outcome", "CLIENT_ERROR");
    }

    @Test
    void serverErrorRetriedThenSucceededRecordsBothAttemptsAndTheRetry() {
        server.enqueue(json(503, "{}", "t-503"));
        server.enqueue(json(200, ORDER_JSON, "t-ok"));
        cards().cardOrders().retrieve(123456, 142);

        assertThat(tagsOf("wise.client.requests"))
                .containsEntry("status", "200")
                .containsEntry("outcome", "SUCCESS")
                .containsEntry("retried", "true");
        assertThat(meters.get(MicrometerRequestListener.ATTEMPTS)
                        .tags(
                                "status",
                                "503",
                                "outcome",
                                "SERVER_ERROR",
                                "exception",
                                "ServerException",
                                "retry",
                                "false")
                        .timer()
                        .count())
                .isEqualTo(1);
        assertThat(meters.get(MicrometerRequestListener.ATTEMPTS)
                        .tags("status", "200", "retry", "true")
                        .timer()
                        .count())
                .isEqualTo(1);
        assertThat(meters.get(MicrometerRequestListener.RETRIES)
                        .tags("method", "GET", "uri", RETRIEVE, "reason", "503")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(meters.find(MicrometerRequestListener.RATE_LIMITED).counters())
                .isEmpty();
    }

    @Test
    void rateLimitedAnswerIsCountedAndRetried() {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .setHeader("Retry-After", "1")
                .body("{}")
                .build());
        server.enqueue(json(200, ORDER_JSON, "t-ok"));
        cards().cardOrders().retrieve(123456, 142);

        assertThat(meters.get(MicrometerRequestListener.RATE_LIMITED)
                        .tags("method", "GET", "uri", RETRIEVE)
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(meters.get(MicrometerRequestListener.RETRIES)
                        .tags("reason", "429")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(meters.get(MicrometerRequestListener.ATTEMPTS)
                        .tags("status", "429", "outcome", "CLIENT_ERROR", "exception", "RateLimitException")
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void ioFailureIsRecordedWithoutStatusAndEveryRetryCounted() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder()
                    .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
                    .build());
        }
        assertThatThrownBy(() -> cards().cardOrders().retrieve(123456, 142)).isInstanceOf(ApiConnectionException.class);

        assertThat(tagsOf("wise.client.requests"))
                .containsEntry("status", "IO_ERROR")
                .containsEntry("exception", "ApiConnectionException")
                .containsEntry("outcome", "IO_ERROR")
                .containsEntry("retried", "true");
        assertThat(meters.get(MicrometerRequestListener.ATTEMPTS).tags("status", "IO_ERROR").timers().stream()
                        .mapToLong(Timer::count)
                        .sum())
                .isEqualTo(3);
        assertThat(meters.get(MicrometerRequestListener.RETRIES)
                        .tags("reason", "ApiConnectionException")
                        .counter()
                        .count())
                .isEqualTo(2);
    }

    @Test
    void asyncCallIsRecordedBeforeItsFutureCompletes() throws Exception {
        server.enqueue(json(500, "{}", "t-500"));
        server.enqueue(json(200, ORDER_JSON, "t-ok"));
        long countSeenByDependent = cards().cardOrders()
                .async()
                .retrieve(123456, 142)
                .thenApply(order -> meters.get("wise.client.requests").timer().count())
                .get(10, TimeUnit.SECONDS);

        assertThat(countSeenByDependent).isEqualTo(1);
        assertThat(tagsOf("wise.client.requests"))
                .containsEntry("status", "200")
                .containsEntry("retried", "true");
        assertThat(meters.get(MicrometerRequestListener.RETRIES)
                        .tags("reason", "500")
                        .counter()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void callObservationCarriesTraceAndCorrelationIdsAsHighCardinalityValuesOnly() {
        server.enqueue(json(200, ORDER_JSON, "t-trace-1"));
        cards().cardOrders()
                .withRequestOptions(
                        RequestOptions.builder().correlationId(CORRELATION_ID).build())
                .retrieve(123456, 142);

        assertThat(observations)
                .hasSingleObservationThat()
                .hasNameEqualTo("wise.client.requests")
                .hasContextualNameEqualTo("wise GET " + RETRIEVE)
                .hasBeenStarted()
                .hasBeenStopped()
                .hasHighCardinalityKeyValue("wise.trace.id", "t-trace-1")
                .hasHighCardinalityKeyValue("wise.correlation.id", CORRELATION_ID)
                .hasHighCardinalityKeyValue("wise.attempts", "1")
                .hasLowCardinalityKeyValue("uri", RETRIEVE)
                .hasLowCardinalityKeyValue("status", "200")
                .doesNotHaveLowCardinalityKeyValueWithKey("wise.trace.id")
                .doesNotHaveLowCardinalityKeyValueWithKey("wise.correlation.id");
    }

    @Test
    void callObservationIsAChildOfTheCallersCurrentObservationBlockingAndAsync() throws Exception {
        server.enqueue(json(200, ORDER_JSON, "t-1"));
        server.enqueue(json(200, ORDER_JSON, "t-2"));
        CardsClient client = cards();
        Observation parent = Observation.start("partner.checkout", observations);
        parent.scoped(() -> client.cardOrders().retrieve(123456, 142));
        parent.scoped(() -> client.cardOrders().async().retrieve(123456, 142)).get(10, TimeUnit.SECONDS);
        parent.stop();

        assertThat(observations)
                .hasNumberOfObservationsWithNameEqualTo("wise.client.requests", 2)
                .forAllObservationsWithNameEqualTo(
                        "wise.client.requests", call -> call.hasParentObservationEqualTo(parent));
    }

    @Test
    void failedCallObservationRecordsTheError() {
        server.enqueue(json(404, "{}", "t-404"));
        assertThatThrownBy(() -> cards().cardOrders().retrieve(123456, 142)).isInstanceOf(NotFoundException.class);

        assertThat(observations)
                .hasSingleObservationThat()
                .hasBeenStopped()
                .assertThatError()
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void customConventionNamesTheObservation() {
        server.enqueue(json(200, ORDER_JSON, "t-ok"));
        String url = server.url("/").toString();
        try (CardsClient client = CardsClient.builder()
                .environment(Environment.custom(url, url))
                .accessToken("test-access-token-0001")
                .addRequestListener(MicrometerRequestListener.builder(meters)
                        .observationRegistry(observations)
                        .observationConvention(new DefaultWiseClientObservationConvention() {
                            @Override
                            public String getName() {
                                return "partner.wise.calls";
                            }
                        })
                        .build())
                .build()) {
            client.cardOrders().retrieve(123456, 142);
        }
        assertThat(observations).hasSingleObservationThat().hasNameEqualTo("partner.wise.calls");
    }

    @Test
    void listenerWithoutObservationRegistryStillTimesCalls() {
        server.enqueue(json(200, ORDER_JSON, "t-ok"));
        String url = server.url("/").toString();
        try (CardsClient client = CardsClient.builder()
                .environment(Environment.custom(url, url))
                .accessToken("test-access-token-0001")
                .addRequestListener(MicrometerRequestListener.create(meters))
                .build()) {
            client.cardOrders().retrieve(123456, 142);
        }
        assertThat(meters.get("wise.client.requests")
                        .tag("status", "200")
                        .timer()
                        .count())
                .isEqualTo(1);
    }
}
