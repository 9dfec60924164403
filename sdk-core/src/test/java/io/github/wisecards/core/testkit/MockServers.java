package io.github.wisecards.core.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** MockWebServer helpers shared by the SDK modules' tests. */
public final class MockServers {
    private MockServers() {}

    /**
     * Returns a server (not started; use {@code @StartStop}) whose accepted sockets set {@code
     * TCP_NODELAY}: without it each loopback call waits about 40 ms on Nagle plus delayed ACK.
     */
    public static MockWebServer newServer() {
        MockWebServer server = new MockWebServer();
        server.setServerSocketFactory(new NoDelayServerSocketFactory());
        return server;
    }

    /**
     * Returns everything a request carries but its {@code Host} header (method, target, headers,
     * body), to compare the requests two ways of making a call send.
     */
    public static String describe(RecordedRequest request) {
        return request.getMethod() + " " + request.getTarget() + "\n"
                + request.getHeaders().newBuilder().removeAll("Host").build() + "\n"
                + (request.getBody() == null ? "" : request.getBody().utf8());
    }

    /** Returns a response with a JSON body. */
    public static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    /** Returns a JSON response builder, for adding headers. */
    public static MockResponse.Builder jsonBuilder(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", "application/json")
                .body(body);
    }

    private static final class NoDelayServerSocketFactory extends ServerSocketFactory {
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
    }

    private static final class NoDelayServerSocket extends ServerSocket {
        NoDelayServerSocket() throws IOException {
            super();
        }

        @Override
        public Socket accept() throws IOException {
            Socket s = super.accept();
            s.setTcpNoDelay(true);
            return s;
        }
    }
}
