package io.github.wisecards.cards;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.contract.ContractValidator;
import io.github.wisecards.contract.Operation;
import io.github.wisecards.core.internal.Endpoint;
import io.github.wisecards.core.internal.Host;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The contract covers exactly the operations the SDK calls: each endpoint sdk-cards declares is an
 * operation of the contract on the right host, and every contract operation that is not kiosk's
 * (sdk-kiosk's own test covers those) is declared here.
 */
class ContractCoverageTest {
    static final java.util.Set<String> KIOSK_OPERATIONS = java.util.Set.of(
            "cardKioskCollectionProduce", "cardKioskCollectionProductionGet", "simulationCardProduction");

    static Map<String, Endpoint<?>> declaredEndpoints(Class<?> holder) throws IllegalAccessException {
        Map<String, Endpoint<?>> endpoints = new TreeMap<>();
        for (Field f : holder.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Endpoint.class.isAssignableFrom(f.getType())) {
                f.setAccessible(true);
                endpoints.put(holder.getSimpleName() + "." + f.getName(), (Endpoint<?>) f.get(null));
            }
        }
        return endpoints;
    }

    @Test
    void everyCardsEndpointIsAContractOperationOnItsHostAndNoneIsMissing() throws IllegalAccessException {
        ContractValidator contract = ContractValidator.wiseCards();
        Map<String, String> called = new TreeMap<>();
        declaredEndpoints(CardOrderCalls.class).forEach((name, endpoint) -> {
            Operation op = contract.declared(endpoint.method(), endpoint.path().template())
                    .orElseThrow(() -> new AssertionError(name + " (" + endpoint.method() + " "
                            + endpoint.path().template() + ") is not an operation of the contract"));
            boolean cardDataHost = contract.serverUrls(op.id()).stream().allMatch(url -> url.contains("twcard"));
            assertThat(endpoint.host()).as(name).isEqualTo(cardDataHost ? Host.CARD_DATA : Host.API);
            called.put(op.id(), name);
        });

        assertThat(called.keySet())
                .containsExactlyInAnyOrderElementsOf(contract.operations().stream()
                        .map(Operation::id)
                        .filter(id -> !KIOSK_OPERATIONS.contains(id))
                        .toList());
    }
}
