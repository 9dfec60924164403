package io.github.wisecards.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.contract.ContractValidator;
import io.github.wisecards.contract.Operation;
import io.github.wisecards.core.internal.Endpoint;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract covers exactly the operations the SDK calls: the kiosk endpoints are the contract's
 * three kiosk operations (sdk-cards' test covers the others).
 */
class ContractCoverageTest {

    @Test
    void kioskEndpointsAreExactlyTheContractsKioskOperations() throws IllegalAccessException {
        ContractValidator contract = ContractValidator.wiseCards();
        List<String> called = new ArrayList<>();
        for (Field f : CardProductionEndpoints.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Endpoint.class.isAssignableFrom(f.getType())) {
                f.setAccessible(true);
                Endpoint<?> endpoint = (Endpoint<?>) f.get(null);
                Operation op = contract.declared(
                                endpoint.method(), endpoint.path().template())
                        .orElseThrow(() -> new AssertionError(f.getName() + " is not an operation of the contract"));
                called.add(op.id());
            }
        }

        assertThat(called)
                .containsExactlyInAnyOrder(
                        "cardKioskCollectionProduce", "cardKioskCollectionProductionGet", "simulationCardProduction");
    }
}
