package io.github.wisecards.testing;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of a {@link WiseSimulator}, with their defaults: the fields {@link
 * WiseSimulator.Builder}'s setters fill and the simulator's parts read.
 */
abstract class SimulatorConfig {
    Clock clock = Clock.systemUTC();
    long seed = 42L;
    String accessToken = "sim-access-token";
    String clientId = "sim-client-id";
    String clientSecret = "sim-client-secret";
    String refreshToken = "sim-refresh-token";
    final List<UserSpec> users = new ArrayList<>();
    Duration accessTokenLifetime = Duration.ofHours(12);
    List<SimulatedCardProgram> defaultPrograms =
            List.of(SimulatedCardProgram.VISA_PHYSICAL_GBP, SimulatedCardProgram.VISA_VIRTUAL_GBP);
    final Map<Long, List<SimulatedCardProgram>> programs = new LinkedHashMap<>();
    Map<String, String> requirements = defaultRequirements();
    boolean autoCreateCardDetails = true;
    boolean autoCompleteProduction;
    List<String> kioskIds = List.of();
    String webhookUrl;
    String subscriptionId = "00000000-0000-4000-8000-00000000c4d5";
    WebhookSigner webhookSigner;
    KeyPair encryptionKeys;
    boolean encryptionKeyPem;
    long firstCardOrderId = 1001L;
    WiseSimulator.ExchangeObserver exchangeObserver;
    int apiPort;
    int cardDataPort;

    /** A user declared on the builder; a null refresh token is generated. */
    record UserSpec(String refreshToken, String email, String registrationCode) {}

    static int port(int port, String field) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(field + ": must be 0 (any free port) to 65535");
        }
        return port;
    }

    static Map<String, String> defaultRequirements() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("PIN", "NOT_INITIATED");
        m.put("VERIFICATION", "COMPLETED");
        m.put("ADDRESS", "COMPLETED");
        return m;
    }

    /** Copies every setting of {@code b0}, so a built simulator is not changed by its builder. */
    final void copyFrom(SimulatorConfig b0) {
        clock = b0.clock;
        seed = b0.seed;
        accessToken = b0.accessToken;
        clientId = b0.clientId;
        clientSecret = b0.clientSecret;
        refreshToken = b0.refreshToken;
        users.addAll(b0.users);
        accessTokenLifetime = b0.accessTokenLifetime;
        defaultPrograms = b0.defaultPrograms;
        programs.putAll(b0.programs);
        requirements = new LinkedHashMap<>(b0.requirements);
        autoCreateCardDetails = b0.autoCreateCardDetails;
        autoCompleteProduction = b0.autoCompleteProduction;
        kioskIds = List.copyOf(b0.kioskIds);
        webhookUrl = b0.webhookUrl;
        subscriptionId = b0.subscriptionId;
        webhookSigner = b0.webhookSigner;
        encryptionKeys = b0.encryptionKeys;
        encryptionKeyPem = b0.encryptionKeyPem;
        firstCardOrderId = b0.firstCardOrderId;
        exchangeObserver = b0.exchangeObserver;
        apiPort = b0.apiPort;
        cardDataPort = b0.cardDataPort;
    }
}
