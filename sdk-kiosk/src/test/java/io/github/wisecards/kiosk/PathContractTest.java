package io.github.wisecards.kiosk;

import static io.github.wisecards.kiosk.KioskTestSupport.CARD_TOKEN;
import static io.github.wisecards.kiosk.KioskTestSupport.PROFILE_ID;
import static io.github.wisecards.kiosk.KioskTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.contract.ContractCheck;
import io.github.wisecards.core.errors.ValidationException;
import io.github.wisecards.kiosk.model.CardProductionParams;
import io.github.wisecards.kiosk.model.CardProductionSimulateParams;
import io.github.wisecards.kiosk.model.ProductionStatus;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Path parameters checked as Wise's contract declares them, and no stricter. */
class PathContractTest {
    private static final CardProductionParams PARAMS =
            CardProductionParams.builder().kioskId("WIS00001").build();

    @StartStop
    private final MockWebServer server = ContractCheck.mockWebServer();

    private final KioskTestSupport support = KioskTestSupport.create();
    private KioskClient kiosk;

    @BeforeEach
    void setUp() {
        kiosk = support.client(server);
    }

    @AfterEach
    void tearDown() {
        kiosk.close();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -5})
    void everyProductionOperationRefusesANonPositiveProfileIdBeforeSending(long profileId) {
        var productions = kiosk.cardProductions();
        assertThatThrownBy(() -> productions.produce(profileId, CARD_TOKEN, PARAMS))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("profileId");
        assertThatThrownBy(() -> productions.retrieve(profileId, CARD_TOKEN))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("profileId");
        assertThatThrownBy(() -> productions.simulate(profileId, CARD_TOKEN, CardProductionSimulateParams.produced()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("profileId");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void everyProductionOperationRefusesANullOrEmptyCardTokenAsAValidationErrorInEveryView() {
        var productions = kiosk.cardProductions();
        for (String token : new String[] {null, ""}) {
            assertThatThrownBy(() -> productions.produce(PROFILE_ID, token, PARAMS))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("cardToken");
            assertThatThrownBy(() -> productions.withRawResponse().retrieve(PROFILE_ID, token))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("cardToken");
            assertThat(productions.async().simulate(PROFILE_ID, token, CardProductionSimulateParams.produced()))
                    .failsWithin(java.time.Duration.ofSeconds(10))
                    .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .withCauseInstanceOf(ValidationException.class);
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void simulateRefusesACardTokenThatIsNotAUuidWithoutEchoingIt() {
        assertThatThrownBy(() -> kiosk.cardProductions()
                        .simulate(PROFILE_ID, "card-token-secret-1", CardProductionSimulateParams.produced()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("cardToken")
                .hasMessageContaining("UUID")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("card-token-secret-1"));
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void produceAndRetrieveAcceptACardTokenThatIsNotAUuidAsTheContractTypesItAPlainString() throws Exception {
        server.enqueue(json(200, "{\"status\":\"READY\"}"));
        server.enqueue(json(200, "{\"status\":\"IN_PROGRESS\",\"kioskId\":\"WIS00001\"}"));

        assertThat(kiosk.cardProductions().retrieve(PROFILE_ID, "tok_123").status())
                .isEqualTo(ProductionStatus.READY);
        assertThat(kiosk.cardProductions()
                        .produce(PROFILE_ID, "tok_123", PARAMS)
                        .status())
                .isEqualTo(ProductionStatus.IN_PROGRESS);
        assertThat(server.takeRequest().getTarget()).isEqualTo("/v3/spend/profiles/14556049/cards/tok_123/production");
    }
}
