package io.github.wisecards.testing;

import io.github.wisecards.core.internal.NoDelayServerSocketFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;

/**
 * The simulator's two loopback listeners, one per Wise host (API and card data): started together,
 * closed together, each dispatching to its own routes. Thread-safe.
 */
final class SimulatorListeners {
    private MockWebServer server;
    private MockWebServer cardDataServer;
    private boolean closed;

    /**
     * Starts both listeners on loopback; does nothing if they run.
     *
     * @throws UncheckedIOException if a listener cannot bind (neither is left running)
     * @throws IllegalStateException if they were closed
     */
    synchronized void start(SimulatorDispatcher dispatcher, int apiPort, int cardDataPort) {
        if (closed) {
            throw new IllegalStateException("the simulator was closed");
        }
        if (server == null) {
            MockWebServer api = listener(dispatcher, ReceivedRequest.Host.API, apiPort);
            MockWebServer cardData;
            try {
                cardData = listener(dispatcher, ReceivedRequest.Host.CARD_DATA, cardDataPort);
            } catch (UncheckedIOException e) {
                api.close();
                throw e;
            }
            dispatcher.onDispatch(() -> {
                drainServerQueue(api);
                drainServerQueue(cardData);
            });
            server = api;
            cardDataServer = cardData;
        }
    }

    private static MockWebServer listener(SimulatorDispatcher dispatcher, ReceivedRequest.Host host, int port) {
        MockWebServer s = new MockWebServer();
        s.setServerSocketFactory(new NoDelayServerSocketFactory());
        s.setDispatcher(dispatcher.forHost(host));
        try {
            s.start(InetAddress.getLoopbackAddress(), port);
        } catch (IOException e) {
            s.close();
            throw new UncheckedIOException("cannot start the Wise simulator", e);
        }
        return s;
    }

    /** Stops both listeners for good. Idempotent. */
    synchronized void close() {
        closed = true;
        if (server != null) {
            server.close();
            cardDataServer.close();
            server = null;
            cardDataServer = null;
        }
    }

    /** Returns the API listener's base URL; throws {@link IllegalStateException} if not running. */
    synchronized String apiBaseUrl() {
        return baseUrl(running(server));
    }

    /** Returns the card-data listener's base URL; throws {@link IllegalStateException} if not running. */
    synchronized String cardDataBaseUrl() {
        return baseUrl(running(cardDataServer));
    }

    private static MockWebServer running(MockWebServer s) {
        if (s == null) {
            throw new IllegalStateException("the simulator is not running: call start()");
        }
        return s;
    }

    private static String baseUrl(MockWebServer s) {
        String url = s.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    private static void drainServerQueue(MockWebServer s) {
        // MockWebServer keeps every request for takeRequest(); the simulator records its own.
        try {
            s.takeRequest(0, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized String toString() {
        return server == null ? "not running" : "api=" + baseUrl(server) + ", cardData=" + baseUrl(cardDataServer);
    }
}
