package io.github.wisecards.testing;

import io.github.wisecards.core.internal.NoDelayServerSocketFactory;
import javax.net.ServerSocketFactory;

/**
 * Server sockets for a MockWebServer of your own on loopback, as the simulator uses: accepted
 * sockets set {@code TCP_NODELAY}. MockWebServer writes a response's headers and body separately;
 * with Nagle's algorithm plus the client's delayed ACK each loopback call otherwise waits about 40
 * ms.
 *
 * <pre>{@code
 * MockWebServer server = new MockWebServer();
 * server.setServerSocketFactory(NoDelayServerSockets.factory());
 * }</pre>
 */
public final class NoDelayServerSockets {
    private NoDelayServerSockets() {}

    /**
     * Returns a factory whose server sockets set {@code TCP_NODELAY} on every socket they accept.
     *
     * @return a new factory
     */
    public static ServerSocketFactory factory() {
        return new NoDelayServerSocketFactory();
    }
}
