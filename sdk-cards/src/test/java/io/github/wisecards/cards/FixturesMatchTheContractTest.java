package io.github.wisecards.cards;

import static io.github.wisecards.contract.FixtureContract.part;
import static io.github.wisecards.contract.FixtureContract.request;
import static io.github.wisecards.contract.FixtureContract.response;

import io.github.wisecards.contract.FixtureContract;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every fixture file is an instance of the contract's schema for its operation and status. */
class FixturesMatchTheContractTest {
    static final String CREATE_ADDRESS = "/paths/~1v3~1spend~1profiles~1{profileId}~1card-orders/post"
            + "/requestBody/content/application~1json/schema/properties/address";
    static final String REF = "reference/card-order-api/";
    static final String DELIVERY_DETAILS = "/components/schemas/CardOrder/properties/deliveryDetails";

    @Test
    void everyFixtureIsMappedToItsOperationAndValid() {
        FixtureContract.check(
                "/fixtures",
                Map.ofEntries(
                        Map.entry("address/au.json", part(CREATE_ADDRESS, "/address")),
                        Map.entry("address/br.json", part(CREATE_ADDRESS, "/address")),
                        Map.entry("address/sg.json", part(CREATE_ADDRESS, "/address")),
                        Map.entry(
                                "address/validate-au-request.json",
                                // the reference's own AU example sends "city": null; the contract types it string
                                request("cardOrderValidateAddress").breaking("/request/body/city [type]")),
                        Map.entry("address/validate-au-response.json", response("cardOrderValidateAddress", 200)),
                        Map.entry("address/validate-br-request.json", request("cardOrderValidateAddress")),
                        Map.entry("address/validate-br-response.json", response("cardOrderValidateAddress", 200)),
                        Map.entry("address/validate-gb-request.json", request("cardOrderValidateAddress")),
                        Map.entry("address/validate-gb-response.json", response("cardOrderValidateAddress", 200)),
                        Map.entry("address/validate-valid-response.json", response("cardOrderValidateAddress", 200)),
                        Map.entry("card-orders/availability-response.json", response("cardOrderProgramsGet", 200)),
                        Map.entry(
                                "card-orders/card-order-future-fields.json",
                                // leniency beyond the contract: ids as strings, enum values Wise may add
                                response("cardOrderGet", 200)
                                        .breaking(
                                                "/response/body/id [type]",
                                                "/response/body/profileId [type]",
                                                "/response/body/cardProgram/scheme [enum]",
                                                "/response/body/cardProgram/cardType [enum]",
                                                "/response/body/status [enum]",
                                                "/response/body/deliveryDetails/deliveryOption [enum]")),
                        Map.entry("card-orders/card-order.json", response("cardOrderGet", 200)),
                        Map.entry("card-orders/create-request.json", request("cardOrderCreate")),
                        Map.entry("card-orders/create-response.json", response("cardOrderCreate", 200)),
                        Map.entry("card-orders/delivery-details.json", part(DELIVERY_DETAILS, "/deliveryDetails")),
                        Map.entry("card-orders/list-response.json", response("cardOrderList", 200)),
                        Map.entry("card-orders/requirements-response.json", response("cardOrderRequirementsGet", 200)),
                        Map.entry("card-orders/retrieve-response.json", response("cardOrderGet", 200)),
                        Map.entry("card-orders/update-status-request.json", request("cardOrderStatusUpdate")),
                        Map.entry("pin/preset-pin-request.json", request("cardOrderPresetPin")),
                        Map.entry("pin/preset-pin-response.json", response("cardOrderPresetPin", 200)),
                        // the examples of card-order-api.md, typos fixed (see ReferenceExamplesTest)
                        Map.entry(REF + "address-au.json", part(CREATE_ADDRESS, "/address")),
                        Map.entry(REF + "address-br.json", part(CREATE_ADDRESS, "/address")),
                        Map.entry(REF + "address-other-sg.json", part(CREATE_ADDRESS, "/address")),
                        Map.entry(
                                REF + "card-order-requirements-response.json",
                                response("cardOrderRequirementsGet", 200)),
                        Map.entry(REF + "card-order-resource.json", part("/components/schemas/CardOrder", "")),
                        Map.entry(REF + "card-program-resource.json", response("cardOrderProgramsGet", 200)),
                        Map.entry(REF + "card-programs-response.json", response("cardOrderProgramsGet", 200)),
                        Map.entry(REF + "create-card-order-request.json", request("cardOrderCreate")),
                        Map.entry(REF + "create-card-order-response.json", response("cardOrderCreate", 200)),
                        Map.entry(REF + "delivery-details-resource.json", part(DELIVERY_DETAILS, "/deliveryDetails")),
                        Map.entry(REF + "list-card-orders-response.json", response("cardOrderList", 200)),
                        Map.entry(REF + "retrieve-card-order-response.json", response("cardOrderGet", 200)),
                        Map.entry(REF + "set-pin-request.json", request("cardOrderPresetPin")),
                        Map.entry(REF + "set-pin-response.json", response("cardOrderPresetPin", 200)),
                        Map.entry(REF + "update-card-order-status-request.json", request("cardOrderStatusUpdate")),
                        Map.entry(
                                REF + "validate-address-au-request.json",
                                request("cardOrderValidateAddress").breaking("/request/body/city [type]")),
                        Map.entry(REF + "validate-address-au-response.json", response("cardOrderValidateAddress", 200)),
                        Map.entry(REF + "validate-address-br-request.json", request("cardOrderValidateAddress")),
                        Map.entry(REF + "validate-address-br-response.json", response("cardOrderValidateAddress", 200)),
                        Map.entry(REF + "validate-address-other-request.json", request("cardOrderValidateAddress")),
                        Map.entry(
                                REF + "validate-address-other-response.json",
                                response("cardOrderValidateAddress", 200)),
                        Map.entry(REF + "validate-an-address-request.json", request("cardOrderValidateAddress"))));
    }
}
