package io.github.wisecards.kiosk;

import static io.github.wisecards.kiosk.KioskTestSupport.CARD_TOKEN;
import static io.github.wisecards.kiosk.KioskTestSupport.PROFILE_ID;
import static io.github.wisecards.kiosk.KioskTestSupport.fixtureResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.contract.ContractCheck;
import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.Environment;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class KioskClientTest {
    @StartStop
    private final MockWebServer server = ContractCheck.mockWebServer();

    private final KioskTestSupport support = KioskTestSupport.create();

    @Test
    void createFromSharedOptionsTalksToTheConfiguredHost() throws Exception {
        String base = server.url("/").toString();
        ClientOptions options = ClientOptions.builder()
                .environment(Environment.custom(base, base))
                .accessToken("shared-token")
                .build();
        server.enqueue(fixtureResponse(200, "retrieve-ready"));

        try (KioskClient kiosk = KioskClient.create(options)) {
            assertThat(kiosk.options()).isSameAs(options);
            kiosk.cardProductions().retrieve(PROFILE_ID, CARD_TOKEN);
        }

        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getHeaders().get("Authorization"))
                .isEqualTo("Bearer shared-token");
    }

    @Test
    void withOptionsDerivesAClientWithoutChangingTheOriginal() {
        try (KioskClient kiosk = support.client(server);
                KioskClient patient = kiosk.withOptions(o -> o.maxRetries(5))) {
            assertThat(patient.options().maxRetries()).isEqualTo(5);
            assertThat(kiosk.options().maxRetries()).isEqualTo(2);
            assertThat(patient.options().environment())
                    .isEqualTo(kiosk.options().environment());
        }
    }

    @Test
    void withOptionsSharesTheParentsConnectionPool() throws Exception {
        try (KioskClient kiosk = support.client(server);
                KioskClient patient = kiosk.withOptions(o -> o.maxRetries(5))) {
            server.enqueue(fixtureResponse(200, "retrieve-ready"));
            server.enqueue(fixtureResponse(200, "retrieve-ready"));
            kiosk.cardProductions().retrieve(PROFILE_ID, CARD_TOKEN);
            patient.cardProductions().retrieve(PROFILE_ID, CARD_TOKEN);
        }

        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getConnectionIndex())
                .isEqualTo(server.takeRequest(1, TimeUnit.SECONDS).getConnectionIndex());
    }

    @Test
    void derivedClientKeepsWorkingAfterItsParentCloses() {
        KioskClient kiosk = support.client(server);
        try (KioskClient derived = kiosk.withOptions(o -> o.maxRetries(0))) {
            kiosk.close();
            server.enqueue(fixtureResponse(200, "retrieve-ready"));

            derived.cardProductions().retrieve(PROFILE_ID, CARD_TOKEN);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThatThrownBy(() -> kiosk.withOptions(o -> o.maxRetries(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void builderNamesMissingCredentials() {
        assertThatThrownBy(() -> KioskClient.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tokenProvider");
    }

    @Test
    void closedClientRefusesCalls() {
        KioskClient kiosk = support.client(server);
        kiosk.close();

        assertThatThrownBy(() -> kiosk.cardProductions().retrieve(PROFILE_ID, CARD_TOKEN))
                .isInstanceOf(IllegalStateException.class);
        assertThat(server.getRequestCount()).isZero();
    }
}
