package io.github.wisecards.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;

/**
 * Server sockets whose accepted sockets set {@code TCP_NODELAY}: MockWebServer writes headers and
 * body separately, and with Nagle plus delayed ACK each loopback call otherwise takes about 45 ms.
 */
final class NoDelayServerSocketFactory extends ServerSocketFactory {

    @Override
    public ServerSocket createServerSocket() throws IOException {
        return new NoDelayServerSocket();
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        ServerSocket s = new NoDelayServerSocket();
        s.bind(new java.net.InetSocketAddress(port));
        return s;
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
        ServerSocket s = new NoDelayServerSocket();
        s.bind(new java.net.InetSocketAddress(port), backlog);
        return s;
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
        ServerSocket s = new NoDelayServerSocket();
        s.bind(new java.net.InetSocketAddress(address, port), backlog);
        return s;
    }

    private static final class NoDelayServerSocket extends ServerSocket {
        NoDelayServerSocket() throws IOException {
            super();
        }

        @Override
        public Socket accept() throws IOException {
            Socket socket = super.accept();
            socket.setTcpNoDelay(true);
            return socket;
        }
    }
}
