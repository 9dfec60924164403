package io.github.wisecards.kiosk;

import static io.github.wisecards.contract.FixtureContract.response;

import io.github.wisecards.contract.FixtureContract;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every fixture file is an instance of the contract's schema for its operation and status. */
class FixturesMatchTheContractTest {
    static final String PRODUCE = "cardKioskCollectionProduce";
    static final String REF = "reference/card-kiosk-collection-api/";
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
                                response("simulationCardProduction", 200).breaking("/response/body [undocumented]")),
                        // the examples of card-kiosk-collection-api.md, typos fixed (see ReferenceExamplesTest)
                        Map.entry(REF + "produce-card-request.json", FixtureContract.request(PRODUCE)),
                        Map.entry(REF + "produce-card-response.json", response(PRODUCE, 200)),
                        Map.entry(REF + "produce-card-error-response.json", response(PRODUCE, 422)),
                        Map.entry(REF + "retrieve-production-status-ready-response.json", response(RETRIEVE, 200))));
    }
}
