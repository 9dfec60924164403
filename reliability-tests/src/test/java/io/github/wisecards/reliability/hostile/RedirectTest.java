package io.github.wisecards.reliability.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.core.TokenProvider;
import io.github.wisecards.core.errors.RedirectNotFollowedException;
import io.github.wisecards.core.testkit.MockServers;
import io.github.wisecards.kiosk.model.CardProductionSimulateParams;
import java.util.concurrent.CompletionException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server that redirects: the SDK never follows (nothing reaches the other host, whether the
 * OkHttp client is the SDK's or the partner's), and a 3xx is a typed error naming the status and
 * the Location host. A redirect loop is one request, not retried.
 */
class RedirectTest extends HostileServerBase {
    private final MockWebServer elsewhere = Hostile.startServer();

    @AfterEach
    void closeElsewhere() {
        elsewhere.close();
    }

    private String elsewhereUrl(String path) {
        // another host name for the same loopback server, so the Location host differs from Wise's
        return elsewhere.url(path).newBuilder().host("localhost").build().toString();
    }

    private MockResponse redirect(int code, String location) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Location", location)
                .build();
    }

    @Test
    void createAnswered307ToAnotherHostSendsNothingThereAndFailsNamingStatusAndHost() {
        server.enqueue(redirect(307, elsewhereUrl("/steal")));
        cards = cardsBuilder().build();

        assertThatThrownBy(() -> cards.cardOrders().create(Hostile.PROFILE_ID, Hostile.createParams()))
                .isInstanceOfSatisfying(RedirectNotFollowedException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(307);
                    assertThat(e.locationHost()).contains("localhost");
                    assertThat(e.getMessage()).contains("307").contains("localhost");
                });
        assertThat(elsewhere.getRequestCount()).isZero();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void asyncCreateAnswered308FailsTypedAndSendsNothingElsewhere() {
        server.enqueue(redirect(308, elsewhereUrl("/steal")));
        cards = cardsBuilder().build();

        assertThatThrownBy(() -> cards.cardOrders()
                        .async()
                        .create(Hostile.PROFILE_ID, Hostile.createParams())
                        .join())
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOf(RedirectNotFollowedException.class);
        assertThat(elsewhere.getRequestCount()).isZero();
    }

    @Test
    void refreshTokenFormIsNotResentToTheRedirectTarget() {
        server.enqueue(redirect(307, elsewhereUrl("/oauth/token")));
        cards = cardsBuilder()
                .tokenProvider(TokenProvider.refreshing("client-id", "client-secret", "refresh-token-secret"))
                .build();

        assertThatThrownBy(() -> cards.cardOrders().retrieve(Hostile.PROFILE_ID, 142L))
                .isInstanceOf(RedirectNotFollowedException.class)
                .hasMessageContaining("307");
        assertThat(elsewhere.getRequestCount()).isZero();
        assertThat(server.getRequestCount())
                .as("one token request, never retried")
                .isEqualTo(1);
    }

    @Test
    void pinPresetIsNotResentToTheRedirectTarget() throws Exception {
        server.enqueue(MockServers.json(200, Hostile.keyBody(2048)));
        server.enqueue(redirect(307, elsewhereUrl("/twcard-data/v1/sensitive-card-data/preset-pin")));
        cards = cardsBuilder().build();

        assertThatThrownBy(() -> cards.cardOrders().presetPin(142L, "4821".toCharArray()))
                .isInstanceOf(RedirectNotFollowedException.class);
        assertThat(elsewhere.getRequestCount()).isZero();
    }

    @Test
    void partnerClientThatFollowsRedirectsDoesNotFollowThemForTheSdk() {
        server.enqueue(redirect(307, elsewhereUrl("/steal")));
        OkHttpClient partner = new OkHttpClient.Builder()
                .followRedirects(true)
                .followSslRedirects(true)
                .build();
        cards = cardsBuilder().okHttpClient(partner).build();

        assertThatThrownBy(() -> cards.cardOrders().create(Hostile.PROFILE_ID, Hostile.createParams()))
                .isInstanceOf(RedirectNotFollowedException.class);
        assertThat(elsewhere.getRequestCount()).isZero();
    }

    @Test
    void redirectLoopIsOneRequestAndNotRetriedAsAConnectionFailure() {
        String self = server.url("/v3/spend/profiles/123456/card-orders/142").toString();
        for (int i = 0; i < 30; i++) {
            server.enqueue(redirect(302, self));
        }
        cards = cardsBuilder().maxRetries(5).build();

        assertThatThrownBy(() -> cards.cardOrders().retrieve(Hostile.PROFILE_ID, 142L))
                .isInstanceOfSatisfying(
                        RedirectNotFollowedException.class,
                        e -> assertThat(e.locationHost()).contains(server.getHostName()));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.sleeps()).isEmpty();
    }

    @Test
    void simulateAnsweredWithARelativeRedirectNamesTheSameHost() {
        server.enqueue(redirect(303, "/elsewhere"));
        kiosk = kioskBuilder().build();

        assertThatThrownBy(() -> kiosk.cardProductions()
                        .simulate(Hostile.PROFILE_ID, Hostile.CARD_TOKEN, CardProductionSimulateParams.produced()))
                .isInstanceOfSatisfying(RedirectNotFollowedException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(303);
                    assertThat(e.locationHost()).isEmpty();
                    assertThat(e.getMessage()).contains("same host");
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
