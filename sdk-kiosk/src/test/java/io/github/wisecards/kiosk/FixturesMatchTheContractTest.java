package io.github.wisecards.kiosk;

import static io.github.wisecards.contract.FixtureContract.response;

import io.github.wisecards.contract.FixtureContract;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every fixture file is an instance of the contract's schema for its operation and status. */
class FixturesMatchTheContractTest {
    static final String PRODUCE = "cardKioskCollectionProduce";
    static final String RETRIEVE = "cardKioskCollectionProductionGet";

    @Test
    void everyFixtureIsMappedToItsOperationAndValid() {
        FixtureContract.check(
                "/fixtures",
                Map.ofEntries(
                        Map.entry("card-production/produce-card-too-old.json", response(PRODUCE, 422)),
                        Map.entry("card-production/produce-in-progress.json", response(PRODUCE, 200)),
                        Map.entry("card-production/produce-request-already-exists.json", response(PRODUCE, 422)),
                        Map.entry("card-production/produce-request-error.json", response(PRODUCE, 422)),
                        Map.entry("card-production/produce-request-pending.json", response(PRODUCE, 422)),
                        Map.entry("card-production/produce-unknown-request-error.json", response(PRODUCE, 422)),
                        Map.entry("card-production/retrieve-in-progress.json", response(RETRIEVE, 200)),
                        Map.entry("card-production/retrieve-produced.json", response(RETRIEVE, 200)),
                        Map.entry("card-production/retrieve-production-error.json", response(RETRIEVE, 200)),
                        Map.entry("card-production/retrieve-ready.json", response(RETRIEVE, 200)),
                        Map.entry("card-production/retrieve-unknown-production-error.json", response(RETRIEVE, 200)),
                        Map.entry(
                                "card-production/simulate-produced.json",
                                // the contract documents no body for this answer; the SDK reads one if sent
                                response("simulationCardProduction", 200).breaking("/response/body [undocumented]"))));
    }
}
