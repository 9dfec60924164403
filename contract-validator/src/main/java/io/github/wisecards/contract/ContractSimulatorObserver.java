package io.github.wisecards.contract;

import io.github.wisecards.testing.ReceivedRequest;
import io.github.wisecards.testing.WiseSimulator;
import java.util.List;
import java.util.Map;

/**
 * Hands every exchange of every {@link WiseSimulator} in the JVM to {@link ContractCheck}: this
 * jar lists it as a {@link WiseSimulator.ExchangeObserver} service, so simulators that tests or
 * the code under test (the examples' demo) start are validated without any change to them.
 */
public final class ContractSimulatorObserver implements WiseSimulator.ExchangeObserver {
    private static final WiseSimulator.ExchangeObserver HOOK = ContractCheck.simulator();

    /** Creates the observer (the service loader calls it). */
    public ContractSimulatorObserver() {}

    @Override
    public void onExchange(ReceivedRequest request, Map<String, List<String>> responseHeaders, byte[] responseBody) {
        HOOK.onExchange(request, responseHeaders, responseBody);
    }
}
