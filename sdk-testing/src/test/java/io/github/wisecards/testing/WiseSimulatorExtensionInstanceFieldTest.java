package io.github.wisecards.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An instance-field registration: a new simulator for each test, closed afterwards. */
class WiseSimulatorExtensionInstanceFieldTest {
    private static final Set<String> URLS = ConcurrentHashMap.newKeySet();
    private static final Set<WiseSimulator> SEEN = ConcurrentHashMap.newKeySet();

    @RegisterExtension
    final WiseSimulatorExtension wise = new WiseSimulatorExtension();

    @RepeatedTest(2)
    void eachTestGetsItsOwnSimulator(WiseSimulator simulator) {
        assertThat(wise.clientOptions().build().environment()).isEqualTo(simulator.environment());
        URLS.add(simulator.apiBaseUrl());
        SEEN.add(simulator);
        assertThat(SEEN).hasSize(URLS.size());
    }

    @AfterAll
    static void everySimulatorWasDistinctAndClosed() {
        assertThat(SEEN).hasSize(2);
        assertThat(SEEN).allSatisfy(s -> assertThat(s.toString()).isEqualTo("WiseSimulator{not running}"));
    }
}
