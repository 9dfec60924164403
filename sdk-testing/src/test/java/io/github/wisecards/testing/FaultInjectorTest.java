package io.github.wisecards.testing;

import static io.github.wisecards.testing.SimHttp.ORDERS;
import static io.github.wisecards.testing.SimHttp.PROFILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {
    private final WiseSimulator simulator = WiseSimulator.started();
    private final SimHttp http = new SimHttp(simulator);

    @AfterEach
    void close() {
        simulator.close();
    }

    @Test
    void rateLimitAnswers429WithRetryAfterForTheNextNRequests() {
        simulator.failNext(2, Fault.rateLimited(Duration.ofMillis(1500)));

        SimHttp.Answer first = http.get(ORDERS);
        SimHttp.Answer second = http.get(ORDERS);
        SimHttp.Answer third = http.get(ORDERS);

        assertThat(first.code()).isEqualTo(429);
        assertThat(first.headers().get("Retry-After")).isEqualTo("2");
        assertThat(first.headers().get("X-Rate-Limited-By")).isEqualTo("wise-simulator");
        assertThat(first.json().get("errors").get(0).get("code").asText()).isEqualTo("error.rate.limit");
        assertThat(second.code()).isEqualTo(429);
        assertThat(third.code()).isEqualTo(200);
        assertThat(simulator.requests()).extracting(r -> r.fault().isPresent()).containsExactly(true, true, false);
    }

    @Test
    void serverErrorsCanTargetOneMethodAndPathAndProcessNothing() {
        simulator.failNext(1, Fault.serverError(503), "POST", "/v3/spend/profiles/*/card-orders");

        assertThat(http.get(ORDERS).code()).isEqualTo(200);
        SimHttp.Answer failed = http.createOrder(SimHttp.virtualOrder());
        assertThat(failed.code()).isEqualTo(503);
        assertThat(failed.json().get("errors").get(0).get("code").asText()).isEqualTo("error.internal");
        assertThat(simulator.cardOrderIds(PROFILE)).isEmpty();
        assertThat(http.createOrder(SimHttp.virtualOrder()).code()).isEqualTo(200);
    }

    @Test
    void disconnectDropsTheConnectionBeforeProcessing() {
        simulator.failNext(1, Fault.disconnect());

        assertThatThrownBy(() -> http.createOrder(SimHttp.virtualOrder())).isInstanceOf(UncheckedIOException.class);

        assertThat(simulator.cardOrderIds(PROFILE)).isEmpty();
        assertThat(simulator.requests()).singleElement().satisfies(r -> {
            assertThat(r.statusCode()).isZero();
            assertThat(r.fault()).contains(Fault.disconnect());
        });
    }

    @Test
    void aLostResponseFollowedByARetryWithTheSameKeyCreatesOneOrder() {
        String key = UUID.randomUUID().toString();
        simulator.failNext(1, Fault.disconnectAfterProcessing(), "POST", "/v3/spend/profiles/*/card-orders");

        assertThatThrownBy(() -> http.post(ORDERS, SimHttp.virtualOrder(), "X-idempotence-uuid", key))
                .isInstanceOf(UncheckedIOException.class);
        SimHttp.Answer retry = http.post(ORDERS, SimHttp.virtualOrder(), "X-idempotence-uuid", key);

        assertThat(retry.code()).isEqualTo(200);
        assertThat(simulator.cardOrderIds(PROFILE))
                .containsExactly(retry.json().get("id").asLong());
        assertThat(simulator.ordersCreatedWithIdempotencyKey(key)).isEqualTo(1);
    }

    @Test
    void aFractionOfRequestsFailsDeterministicallyForASeed() {
        List<Integer> first = statuses(WiseSimulator.builder().seed(7).build().start());
        List<Integer> second = statuses(WiseSimulator.builder().seed(7).build().start());

        assertThat(first).isEqualTo(second).contains(200, 500);
    }

    private static List<Integer> statuses(WiseSimulator s) {
        try (s) {
            s.failFraction(0.5, Fault.serverError(500), "GET", "/v3/**");
            SimHttp h = new SimHttp(s);
            List<Integer> codes = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                codes.add(h.get(ORDERS).code());
            }
            return codes;
        }
    }

    @Test
    void delayHoldsTheResponseBackLongerThanAShortTimeout() {
        simulator.failNext(1, Fault.delay(Duration.ofMillis(600)));
        OkHttpClient impatient = new OkHttpClient.Builder()
                .readTimeout(Duration.ofMillis(100))
                .retryOnConnectionFailure(false)
                .build();

        assertThatThrownBy(() -> impatient
                        .newCall(new Request.Builder()
                                .url(simulator.apiBaseUrl() + ORDERS)
                                .header("Authorization", "Bearer " + simulator.accessToken())
                                .build())
                        .execute()
                        .close())
                .isInstanceOf(InterruptedIOException.class);
        assertThat(simulator.requests())
                .singleElement()
                .satisfies(r -> assertThat(r.statusCode()).isEqualTo(200));
    }

    @Test
    void clearFaultsDisarmsEverything() {
        simulator.failNext(5, Fault.serverError(500));
        simulator.failFraction(1.0, Fault.serverError(502));
        simulator.clearFaults();

        assertThat(http.get(ORDERS).code()).isEqualTo(200);
    }

    @Test
    void invalidFaultsAreRejected() {
        assertThatThrownBy(() -> Fault.serverError(404)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.delay(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> simulator.failNext(0, Fault.disconnect()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> simulator.failFraction(0.0, Fault.disconnect()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void globsMatchOneSegmentWithStarAndTheRestWithDoubleStar() {
        assertThat(FaultInjector.glob("/v3/spend/profiles/*/card-orders")
                        .matcher("/v3/spend/profiles/1/card-orders")
                        .matches())
                .isTrue();
        assertThat(FaultInjector.glob("/v3/spend/profiles/*/card-orders")
                        .matcher("/v3/spend/profiles/1/card-orders/2")
                        .matches())
                .isFalse();
        assertThat(FaultInjector.glob("/twcard-data/**")
                        .matcher("/twcard-data/v1/x")
                        .matches())
                .isTrue();
    }
}
