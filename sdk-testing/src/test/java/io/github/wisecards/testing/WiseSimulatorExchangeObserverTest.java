package io.github.wisecards.testing;

import static io.github.wisecards.testing.SimHttp.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WiseSimulatorExchangeObserverTest {
    record Seen(ReceivedRequest request, Map<String, List<String>> headers, String body) {}

    @Test
    void exchangeObserverSeesEveryRequestWithTheAnswerAsWritten() {
        List<Seen> seen = new ArrayList<>();
        try (WiseSimulator simulator = WiseSimulator.builder()
                .exchangeObserver((request, headers, body) ->
                        seen.add(new Seen(request, headers, new String(body, StandardCharsets.UTF_8))))
                .build()
                .start()) {
            SimHttp http = new SimHttp(simulator);
            SimHttp.Answer list = http.get(ORDERS + "?pageSize=10");
            simulator.failNext(1, Fault.disconnect());
            assertThatThrownBy(() -> http.send(http.request(ORDERS).get())).isInstanceOf(UncheckedIOException.class);

            assertThat(seen).hasSize(2);
            Seen first = seen.get(0);
            assertThat(first.request().method()).isEqualTo("GET");
            assertThat(first.request().path()).isEqualTo(ORDERS);
            assertThat(first.request().query()).isEqualTo("pageSize=10");
            assertThat(first.request().statusCode()).isEqualTo(200);
            assertThat(first.headers()).containsKeys("x-trace-id", "content-type");
            assertThat(first.body()).isEqualTo(list.body());
            Seen dropped = seen.get(1);
            assertThat(dropped.request().statusCode()).isZero();
            assertThat(dropped.headers()).isEmpty();
            assertThat(dropped.body()).isEmpty();
        }
    }
}
