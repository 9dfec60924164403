package io.github.wisecards.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class NoDelayServerSocketFactoryTest {

    @Test
    void acceptedSocketsSetTcpNoDelay() throws Exception {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket server = new NoDelayServerSocketFactory().createServerSocket(0, 1, loopback);
                Socket client = new Socket()) {
            client.connect(new InetSocketAddress(loopback, server.getLocalPort()), 5_000);
            try (Socket accepted = server.accept()) {
                assertThat(accepted.getTcpNoDelay()).isTrue();
            }
        }
    }

    @Test
    void unboundServerSocketsAlsoSetTcpNoDelayOnAccept() throws Exception {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket server = new NoDelayServerSocketFactory().createServerSocket();
                Socket client = new Socket()) {
            server.bind(new InetSocketAddress(loopback, 0));
            client.connect(new InetSocketAddress(loopback, server.getLocalPort()), 5_000);
            try (Socket accepted = server.accept()) {
                assertThat(accepted.getTcpNoDelay()).isTrue();
            }
        }
    }

    @Test
    void socketsCreatedWithAPortAloneOrWithABacklogAreBoundAndSetTcpNoDelayOnAccept() throws Exception {
        NoDelayServerSocketFactory factory = new NoDelayServerSocketFactory();
        try (ServerSocket byPort = factory.createServerSocket(0);
                ServerSocket byPortAndBacklog = factory.createServerSocket(0, 1)) {
            for (ServerSocket server : new ServerSocket[] {byPort, byPortAndBacklog}) {
                assertThat(server.isBound()).isTrue();
                try (Socket client = new Socket()) {
                    client.connect(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()), 5_000);
                    try (Socket accepted = server.accept()) {
                        assertThat(accepted.getTcpNoDelay()).isTrue();
                    }
                }
            }
        }
    }
}
