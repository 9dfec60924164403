package io.github.wisecards.contract.simulator;

import io.github.wisecards.contract.ContractCheck;
import io.github.wisecards.contract.HttpExchange;
import io.github.wisecards.testing.ReceivedRequest;
import io.github.wisecards.testing.WiseSimulator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hands every exchange of every {@link WiseSimulator} in the JVM to {@link ContractCheck}: this
 * jar lists it as a {@link WiseSimulator.ExchangeObserver} service, so simulators that tests or
 * the code under test (the examples' demo) start are validated without any change to them. Pass
 * an instance to {@code WiseSimulator.Builder.exchangeObserver(..)} to wire one simulator by hand.
 */
public final class ContractSimulatorObserver implements WiseSimulator.ExchangeObserver {

    /** Creates the observer (the service loader calls it). */
    public ContractSimulatorObserver() {}

    @Override
    public void onExchange(ReceivedRequest request, Map<String, List<String>> responseHeaders, byte[] responseBody) {
        ContractCheck.record(new HttpExchange(
                request.method(),
                request.path(),
                request.query(),
                request.headers(),
                request.bodyBytes(),
                request.statusCode() == 0
                        ? Optional.empty()
                        : Optional.of(new HttpExchange.Response(request.statusCode(), responseHeaders, responseBody))));
    }
}
