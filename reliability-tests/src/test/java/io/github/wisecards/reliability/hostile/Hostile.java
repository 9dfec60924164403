package io.github.wisecards.reliability.hostile;

import io.github.wisecards.cards.model.CardOrderCreateParams;
import io.github.wisecards.core.Environment;
import io.github.wisecards.core.testkit.MockServers;
import io.github.wisecards.reliability.faults.Bodies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import mockwebserver3.MockWebServer;

/** Inputs and helpers of the hostile-server suite: the fault matrix's fake data, and servers. */
final class Hostile {
    static final long PROFILE_ID = Bodies.PROFILE_ID;
    static final String CARD_TOKEN = Bodies.CARD_TOKEN;
    static final String CARD_ORDER = Bodies.CARD_ORDER;
    static final String IN_PROGRESS = Bodies.IN_PROGRESS;
    static final String ACCESS_TOKEN = "hostile-suite-access-token-0123456789";

    private Hostile() {}

    /** Returns a started loopback server whose sockets set TCP_NODELAY. */
    static MockWebServer startServer() {
        MockWebServer server = MockServers.newServer();
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return server;
    }

    /** Returns the base URL of {@code server}, without a trailing slash. */
    static String baseUrl(MockWebServer server) {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    /** Returns an environment whose API and card-data hosts are both {@code server}. */
    static Environment env(MockWebServer server) {
        return Environment.custom(baseUrl(server), baseUrl(server));
    }

    static CardOrderCreateParams createParams() {
        return Bodies.createParams();
    }

    /** Returns the card-data host's key answer for an RSA key of {@code bits}. */
    static String keyBody(int bits) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(bits);
            KeyPair pair = g.generateKeyPair();
            return "{\"version\":1,\"key\":\""
                    + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\"}";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
