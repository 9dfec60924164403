package io.github.wisecards.core.internal;

import static io.github.wisecards.core.testkit.MockServers.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.testkit.MockServers;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class HttpResourcesTest {
    @StartStop
    final MockWebServer server = MockServers.newServer();

    private final TestOptions test = new TestOptions();

    @Test
    void transportsFromTheSameOptionsShareOnePool() {
        ClientOptions options = test.builder(server).build();
        try (Transport a = Transport.create(options);
                Transport b = Transport.create(options)) {
            server.enqueue(json(200, Thing.JSON));
            server.enqueue(json(200, Thing.JSON));
            a.execute(Thing.get(1).build());
            b.execute(Thing.get(2).build());

            OkHttpClient client = HttpResources.of(options).client();
            assertThat(client.connectionPool().connectionCount()).isEqualTo(1);
            assertThat(server.takeRequest().getConnectionIndex())
                    .isEqualTo(server.takeRequest().getConnectionIndex());
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void derivedOptionsShareThePoolWithTheirOwnTimeouts() {
        ClientOptions options = test.builder(server).build();
        ClientOptions derived =
                options.toBuilder().readTimeout(Duration.ofSeconds(3)).build();

        OkHttpClient base = HttpResources.of(options).client();
        OkHttpClient other = HttpResources.of(derived).client();

        assertThat(other.connectionPool()).isSameAs(base.connectionPool());
        assertThat(other.dispatcher()).isSameAs(base.dispatcher());
        assertThat(other.readTimeoutMillis()).isEqualTo(3000);
        assertThat(base.readTimeoutMillis()).isEqualTo(30_000);
    }

    @Test
    void closingTheLastTransportShutsTheSdkCreatedDispatcher() {
        ClientOptions options = test.builder(server).build();
        Transport a = Transport.create(options);
        Transport b = Transport.create(options);
        ExecutorService executor =
                HttpResources.of(options).client().dispatcher().executorService();

        a.close();
        assertThat(executor.isShutdown()).isFalse();
        a.close(); // closing twice does not release twice
        assertThat(executor.isShutdown()).isFalse();
        b.close();
        assertThat(executor.isShutdown()).isTrue();

        // a client built afterwards gets fresh resources
        try (Transport c = Transport.create(options)) {
            server.enqueue(json(200, Thing.JSON));
            assertThat(c.execute(Thing.get(1).build()).data().id()).isEqualTo(7);
            assertThat(HttpResources.of(options).client().dispatcher().executorService())
                    .isNotSameAs(executor);
        }
    }

    @Test
    void callerProvidedClientIsNeverShutDown() {
        OkHttpClient mine = new OkHttpClient.Builder().build();
        try {
            ClientOptions options = test.builder(server).okHttpClient(mine).build();
            ExecutorService executor = mine.dispatcher().executorService();
            try (Transport t = Transport.create(options)) {
                server.enqueue(json(200, Thing.JSON));
                t.execute(Thing.get(1).build());
                OkHttpClient used = HttpResources.of(options).client();
                assertThat(used.connectionPool()).isSameAs(mine.connectionPool());
                assertThat(used.dispatcher()).isSameAs(mine.dispatcher());
            }
            assertThat(executor.isShutdown()).isFalse();
            assertThat(mine.connectionPool().connectionCount()).isEqualTo(1);
            assertThat(options.hasCustomHttpClient()).isTrue();
        } finally {
            mine.dispatcher().executorService().shutdown();
            mine.connectionPool().evictAll();
        }
    }

    @Test
    void closedTransportRefusesNewCalls() {
        Transport t = Transport.create(test.builder(server).build());
        t.close();

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> t.execute(Thing.get(1).build()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }
}
