package io.github.wisecards.reliability.hostile;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.CardOrderCreateParams;
import io.github.wisecards.cards.model.DeliveryOption;
import io.github.wisecards.core.Environment;
import io.github.wisecards.core.testkit.FakeClock;
import io.github.wisecards.core.testkit.MockServers;
import io.github.wisecards.core.testkit.RecordingSleeper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import mockwebserver3.MockWebServer;

/** Inputs and helpers of the hostile-server suite: small, obviously fake data. */
final class Hostile {
    static final long PROFILE_ID = 123456L;
    static final String CARD_TOKEN = "4dc0be88-903f-49e4-8237-735f1139e3dd";
    static final String ACCESS_TOKEN = "hostile-suite-access-token-0123456789";
    static final String CARD_ORDER = "{\"id\":142,\"profileId\":123456,\"clientId\":\"acme\","
            + "\"cardProgram\":{\"name\":\"VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API\",\"scheme\":\"VISA\","
            + "\"defaultCurrency\":\"GBP\",\"cardType\":\"PHYSICAL\"},"
            + "\"address\":{\"firstLine\":\"56 Shoreditch High St\",\"city\":\"London\",\"postCode\":\"E1 6JJ\","
            + "\"country\":\"GB\"},\"cardToken\":\"" + CARD_TOKEN + "\","
            + "\"creationTime\":\"2024-09-19T06:49:49.145021Z\",\"modificationTime\":\"2024-09-19T06:49:49.145021Z\","
            + "\"status\":\"PLACED\",\"cardHolderName\":\"John Smith\",\"phoneNumber\":\"+441234567890\","
            + "\"lifetimeLimit\":100}";
    static final String IN_PROGRESS =
            "{\"status\":\"IN_PROGRESS\",\"kioskId\":\"WIS00001\",\"occurredAt\":\"2024-01-01T12:24:56.121Z\"}";

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

    /** Returns a cards client builder against {@code server} with a fake clock and a recording sleeper. */
    static CardsClient.Builder cards(MockWebServer server, FakeClock clock, RecordingSleeper sleeper) {
        return CardsClient.builder()
                .environment(env(server))
                .accessToken(ACCESS_TOKEN)
                .clock(clock)
                .sleeper(sleeper);
    }

    static Address address() {
        return Address.other("GB")
                .firstLine("56 Shoreditch High St")
                .city("London")
                .postCode("E1 6JJ")
                .build();
    }

    static CardOrderCreateParams createParams() {
        return CardOrderCreateParams.builder()
                .program("VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API")
                .cardHolderName("John Smith")
                .embossedName("JOHN SMITH")
                .phoneNumber("+441234567890")
                .address(address())
                .deliveryOption(DeliveryOption.KIOSK_COLLECTION)
                .lifetimeLimit(100)
                .build();
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
