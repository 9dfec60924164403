package io.github.wisecards.cards;

import static io.github.wisecards.cards.Fixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.contract.ContractCheck;
import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.Environment;
import io.github.wisecards.core.FakeClock;
import io.github.wisecards.core.RecordingSleeper;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Who owns the connection pool: each client its own, derived clients their parent's, or the partner. */
class CardsClientTest {
    private static final long PROFILE = 123456;

    @StartStop
    final MockWebServer api = ContractCheck.mockWebServer();

    @StartStop
    final MockWebServer cardData = ContractCheck.mockWebServer();

    private final FakeClock clock = new FakeClock();

    private ClientOptions options() {
        return ClientOptions.builder()
                .environment(Environment.custom(
                        api.url("/").toString(), cardData.url("/").toString()))
                .accessToken(TestClients.TOKEN)
                .clock(clock)
                .sleeper(new RecordingSleeper(clock))
                .build();
    }

    private int connectionOfNextRequest() throws InterruptedException {
        return api.takeRequest(5, TimeUnit.SECONDS).getConnectionIndex();
    }

    private void retrieve(CardsClient cards) {
        api.enqueue(ok("card-orders/retrieve-response.json"));
        assertThat(cards.cardOrders().retrieve(PROFILE, 142).id()).isEqualTo(142);
    }

    @Test
    void withOptionsSharesTheParentsConnectionPool() throws Exception {
        try (CardsClient cards = CardsClient.create(options());
                CardsClient patient = cards.withOptions(o -> o.maxRetries(5))) {
            retrieve(cards);
            retrieve(patient);

            assertThat(patient.options().maxRetries()).isEqualTo(5);
            assertThat(cards.options().maxRetries()).isEqualTo(2);
            assertThat(connectionOfNextRequest()).isEqualTo(connectionOfNextRequest());
        }
    }

    @Test
    void clientsCreatedSeparatelyFromOneOptionsOwnTheirPools() throws Exception {
        ClientOptions options = options();
        try (CardsClient first = CardsClient.create(options);
                CardsClient second = CardsClient.create(options)) {
            retrieve(first);
            retrieve(second);

            assertThat(first.options()).isSameAs(second.options());
            assertThat(connectionOfNextRequest()).isNotEqualTo(connectionOfNextRequest());
        }
    }

    @Test
    void clientsGivenOnePartnerOkHttpClientShareItsPoolAndNeverCloseIt() throws Exception {
        OkHttpClient mine = new OkHttpClient.Builder().build();
        try {
            ClientOptions options = options().toBuilder().okHttpClient(mine).build();
            try (CardsClient first = CardsClient.create(options);
                    CardsClient second = CardsClient.create(options)) {
                retrieve(first);
                retrieve(second);
            }

            assertThat(connectionOfNextRequest()).isEqualTo(connectionOfNextRequest());
            assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
            assertThat(mine.connectionPool().connectionCount()).isEqualTo(1);
        } finally {
            mine.dispatcher().executorService().shutdown();
            mine.connectionPool().evictAll();
        }
    }

    @Test
    void derivedClientKeepsWorkingAfterItsParentCloses() throws Exception {
        CardsClient cards = CardsClient.create(options());
        try (CardsClient derived = cards.withOptions(o -> o.maxRetries(0))) {
            retrieve(cards);
            cards.close();

            retrieve(derived);
            assertThat(connectionOfNextRequest()).isEqualTo(connectionOfNextRequest());
        }
        assertThatThrownBy(() -> cards.cardOrders().retrieve(PROFILE, 142))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void toStringShowsTheOptionsButNeverTheToken() {
        try (CardsClient cards = CardsClient.create(options())) {
            assertThat(cards.toString()).startsWith("CardsClient{").doesNotContain(TestClients.TOKEN);
        }
    }

    @Test
    void withOptionsOnAClosedClientIsRefused() {
        CardsClient cards = CardsClient.create(options());
        cards.close();

        assertThatThrownBy(() -> cards.withOptions(o -> o.maxRetries(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }
}
