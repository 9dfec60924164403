package io.github.wisecards.core.testkit;

import io.github.wisecards.core.internal.NoDelayServerSocketFactory;
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
}
