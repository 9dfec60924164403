package io.github.wisecards.testing;

import static io.github.wisecards.testing.SimHttp.PROFILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.wisecards.core.FakeClock;
import io.github.wisecards.kiosk.KioskClient;
import io.github.wisecards.kiosk.ProductionWaitTimeoutException;
import io.github.wisecards.kiosk.WaitOptions;
import io.github.wisecards.kiosk.model.CardProductionParams;
import io.github.wisecards.kiosk.model.CardProductionStatus;
import io.github.wisecards.kiosk.model.ProductionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Clients built for the simulator wait in virtual time: no real waiting, no spinning. */
class WiseSimulatorVirtualTimeTest {
    /** A real-time budget no virtual wait of ten minutes could meet by really waiting or spinning. */
    private static final Duration REAL_TIME_BUDGET = Duration.ofSeconds(20);

    private final WiseSimulator simulator = WiseSimulator.started();
    private final KioskClient kiosk =
            KioskClient.create(simulator.clientOptions().build());

    @AfterEach
    void close() {
        kiosk.close();
        simulator.close();
    }

    private String cardInProduction() {
        SimHttp http = new SimHttp(simulator);
        long id = http.createdOrderId(SimHttp.kioskOrder());
        simulator.completeRequirement(id, "PIN");
        String token = simulator.cardToken(id).orElseThrow();
        kiosk.cardProductions()
                .produce(
                        PROFILE,
                        token,
                        CardProductionParams.builder().kioskId("WIS00001").build());
        return token;
    }

    private int productionPolls(String token) {
        return simulator
                .requests("GET", "/v3/spend/profiles/*/cards/" + token + "/production")
                .size();
    }

    @Test
    void aKioskWaiterWithDefaultWaitOptionsTimesOutInVirtualTimeAfterThePollsItsOptionsImply() {
        String token = cardInProduction();
        Instant virtualStart = simulator.clientClock().instant();
        long realStart = System.nanoTime();

        assertTimeoutPreemptively(
                REAL_TIME_BUDGET,
                () -> assertThatThrownBy(
                                () -> kiosk.cardProductions().awaitProduction(PROFILE, token, WaitOptions.defaults()))
                        .isInstanceOf(ProductionWaitTimeoutException.class));

        Duration real = Duration.ofNanos(System.nanoTime() - realStart);
        // Defaults: 10 minutes, 2 s doubling to 30 s: 2 + 4 + 8 + 16, then 19 waits of 30 s.
        List<Duration> expected = new ArrayList<>(
                List.of(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(16)));
        expected.addAll(Collections.nCopies(19, Duration.ofSeconds(30)));
        assertThat(simulator.clientSleeper().sleeps()).containsExactlyElementsOf(expected);
        assertThat(productionPolls(token)).isEqualTo(expected.size() + 1);
        assertThat(Duration.between(virtualStart, simulator.clientClock().instant()))
                .isEqualTo(WaitOptions.defaults().timeout());
        assertThat(real).isLessThan(REAL_TIME_BUDGET);
    }

    @Test
    void aKioskWaiterCompletesInVirtualTimeThroughRetriesWithTheirBackoff() {
        String token = cardInProduction();
        simulator.completeProduction(token);
        simulator.failNext(2, Fault.serverError(503), "GET", "/v3/spend/profiles/*/cards/*/production");
        Instant virtualStart = simulator.clientClock().instant();

        CardProductionStatus status = assertTimeoutPreemptively(
                REAL_TIME_BUDGET,
                () -> kiosk.cardProductions().awaitProduction(PROFILE, token, WaitOptions.defaults()));

        assertThat(status.status().value()).isEqualTo(ProductionStatus.Value.PRODUCED);
        assertThat(productionPolls(token)).isEqualTo(3);
        List<Duration> backoffs = simulator.clientSleeper().sleeps();
        assertThat(backoffs).hasSize(2).allSatisfy(d -> assertThat(d).isPositive());
        assertThat(Duration.between(virtualStart, simulator.clientClock().instant()))
                .isEqualTo(backoffs.get(0).plus(backoffs.get(1)));
    }

    @Test
    void aFakeClockGivenToTheBuilderIsTheClientsClockToo() {
        FakeClock shared = new FakeClock(Instant.parse("2025-03-01T10:00:00Z"));
        try (WiseSimulator own = WiseSimulator.builder().clock(shared).build().start()) {
            assertThat(own.clientClock()).isSameAs(shared);
            assertThat(own.clientOptions().build().clock()).isSameAs(shared);
            assertThat(own.clientOptions().build().sleeper()).isSameAs(own.clientSleeper());
        }
    }

    @Test
    void resetForgetsTheRecordedClientWaitsButKeepsTheClientClock() {
        simulator.clientSleeper().sleep(Duration.ofSeconds(5));
        Instant after = simulator.clientClock().instant();

        simulator.reset();

        assertThat(simulator.clientSleeper().sleeps()).isEmpty();
        assertThat(simulator.clientClock().instant()).isEqualTo(after);
    }
}
