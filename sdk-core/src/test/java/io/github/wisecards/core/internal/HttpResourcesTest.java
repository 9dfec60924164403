package io.github.wisecards.core.internal;

import static io.github.wisecards.core.testkit.MockServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.errors.NotFoundException;
import io.github.wisecards.core.testkit.MockServers;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class HttpResourcesTest {
    @StartStop
    final MockWebServer server = MockServers.newServer();

    private final TestOptions test = new TestOptions();

    @Test
    void eachClientBuiltFromOptionsOwnsItsPool() {
        ClientOptions options = test.builder(server).build();
        try (Transport a = Transport.create(options);
                Transport b = Transport.create(options)) {
            assertThat(a.resources()).isNotSameAs(b.resources());
            assertThat(a.httpClient().connectionPool())
                    .isNotSameAs(b.httpClient().connectionPool());
            assertThat(a.httpClient().dispatcher()).isNotSameAs(b.httpClient().dispatcher());
        }
    }

    @Test
    void derivedClientSharesThePoolWithItsOwnTimeouts() throws Exception {
        ClientOptions options = test.builder(server).build();
        try (Transport parent = Transport.create(options);
                Transport derived = parent.derive(
                        options.toBuilder().readTimeout(Duration.ofSeconds(3)).build())) {
            server.enqueue(json(200, Thing.JSON));
            server.enqueue(json(200, Thing.JSON));
            parent.execute(Thing.get(1).build());
            derived.execute(Thing.get(2).build());

            OkHttpClient base = parent.httpClient();
            OkHttpClient other = derived.httpClient();
            assertThat(other.connectionPool()).isSameAs(base.connectionPool());
            assertThat(other.dispatcher()).isSameAs(base.dispatcher());
            assertThat(other.readTimeoutMillis()).isEqualTo(3000);
            assertThat(base.readTimeoutMillis()).isEqualTo(30_000);
            assertThat(base.connectionPool().connectionCount()).isEqualTo(1);
            assertThat(server.takeRequest().getConnectionIndex())
                    .isEqualTo(server.takeRequest().getConnectionIndex());
        }
    }

    @Test
    void resourcesCloseWhenTheLastSharingClientCloses() {
        ClientOptions options = test.builder(server).build();
        Transport parent = Transport.create(options);
        Transport derived = parent.derive(options);
        Transport grandchild = derived.derive(options);
        ExecutorService executor = parent.httpClient().dispatcher().executorService();

        parent.close();
        parent.close(); // closing twice gives the share back once
        assertThat(executor.isShutdown()).isFalse();
        grandchild.close();
        assertThat(executor.isShutdown()).isFalse();

        server.enqueue(json(200, Thing.JSON));
        assertThat(derived.execute(Thing.get(1).build()).data().id()).isEqualTo(7);

        derived.close();
        assertThat(executor.isShutdown()).isTrue();
        assertThat(parent.resources().isReleased()).isTrue();
    }

    @Test
    void asyncCallsThatEndedInSuccessOrFailureAreNoLongerInFlightWhenTheClientCloses() throws Exception {
        Transport t = Transport.create(test.builder(server).maxRetries(0).build());
        server.enqueue(json(200, Thing.JSON));
        server.enqueue(json(404, "{}"));

        assertThat(t.executeAsync(Thing.get(1).build())
                        .get(10, TimeUnit.SECONDS)
                        .data()
                        .id())
                .isEqualTo(7);
        assertThat(t.executeAsync(Thing.get(2).build()))
                .failsWithin(Duration.ofSeconds(10))
                .withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(NotFoundException.class);
        t.close();

        assertThat(t.resources().isReleased()).isTrue();
        assertThat(t.httpClient().dispatcher().executorService().isShutdown()).isTrue();
    }

    @Test
    void closingAClientReleasesOnlyItsOwnPool() {
        ClientOptions options = test.builder(server).build();
        Transport a = Transport.create(options);
        try (Transport b = Transport.create(options)) {
            a.close();

            assertThat(a.httpClient().dispatcher().executorService().isShutdown())
                    .isTrue();
            assertThat(b.httpClient().dispatcher().executorService().isShutdown())
                    .isFalse();
            server.enqueue(json(200, Thing.JSON));
            assertThat(b.execute(Thing.get(1).build()).data().id()).isEqualTo(7);
        }
    }

    @Test
    void partnerOkHttpClientIsNeverClosed() {
        OkHttpClient mine = new OkHttpClient.Builder().build();
        try {
            ClientOptions options = test.builder(server).okHttpClient(mine).build();
            ExecutorService executor = mine.dispatcher().executorService();
            Transport t = Transport.create(options);
            Transport derived = t.derive(options);
            try (Transport separate = Transport.create(options)) {
                server.enqueue(json(200, Thing.JSON));
                t.execute(Thing.get(1).build());
                for (Transport each : new Transport[] {t, derived, separate}) {
                    assertThat(each.httpClient().connectionPool()).isSameAs(mine.connectionPool());
                    assertThat(each.httpClient().dispatcher()).isSameAs(mine.dispatcher());
                }
            }
            derived.close();
            t.close();

            assertThat(t.resources().isReleased()).isTrue();
            assertThat(executor.isShutdown()).isFalse();
            assertThat(mine.connectionPool().connectionCount()).isEqualTo(1);
            assertThat(options.okHttpClient()).containsSame(mine);
        } finally {
            mine.dispatcher().executorService().shutdown();
            mine.connectionPool().evictAll();
        }
    }

    @Test
    void closedClientCannotBeDerivedFrom() {
        ClientOptions options = test.builder(server).build();
        Transport parent = Transport.create(options);
        try (Transport sibling = parent.derive(options)) {
            parent.close();

            assertThatThrownBy(() -> parent.derive(options))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("closed");
            assertThat(sibling.resources().isReleased()).isFalse();
        }
    }

    @Test
    void releasedResourcesCannotBeShared() {
        HttpResources resources = HttpResources.create(null);
        resources.release();
        resources.release(); // more releases than users change nothing

        assertThat(resources.isReleased()).isTrue();
        assertThatThrownBy(resources::share)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void closedTransportRefusesNewCalls() {
        Transport t = Transport.create(test.builder(server).build());
        t.close();

        assertThatThrownBy(() -> t.execute(Thing.get(1).build()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }
}
