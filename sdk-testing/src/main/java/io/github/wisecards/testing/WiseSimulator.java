package io.github.wisecards.testing;

import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.Environment;
import io.github.wisecards.core.FakeClock;
import io.github.wisecards.core.RecordingSleeper;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An embedded, stateful simulator of the Wise card platform, served over HTTP on localhost. Point
 * the SDK's clients at it like any environment; {@link #clientOptions()} does it for you, with
 * virtual time, so retries, backoff and waiters take no real time:
 *
 * <pre>{@code
 * try (WiseSimulator simulator = WiseSimulator.started();
 *         CardsClient cards = CardsClient.create(simulator.clientOptions().build())) {
 *     simulator.failNext(1, Fault.rateLimited(Duration.ofSeconds(30)));
 *     CardOrder order = cards.cardOrders().create(profileId, params); // retried after a virtual 30 s
 *     simulator.completeRequirement(order.id(), "PIN");
 *     assertThat(simulator.cardOrderStatus(order.id())).isEqualTo("CARD_DETAILS_CREATED");
 *     assertThat(simulator.clientSleeper().sleeps()).containsExactly(Duration.ofSeconds(30));
 * }
 * }</pre>
 *
 * <p>In JUnit 5 tests, {@link WiseSimulatorExtension} starts it and injects it and its {@code
 * ClientOptions} as test parameters.
 *
 * <p>It serves the card-order, address-validation, PIN preset, kiosk production, sandbox
 * simulation and {@code /oauth/token} endpoints with the documented JSON, status codes and error
 * bodies; keeps card orders and their state machine; signs and sends webhooks on every state
 * change; and injects faults on demand. The API host and the card-data host are two loopback
 * listeners ({@link #apiBaseUrl()}, {@link #cardDataBaseUrl()}), each answering 404 for the other's
 * paths, so a request sent to the wrong host fails here as it would at Wise.
 *
 * <p><b>Deterministic by design.</b> The simulator advances on its own only where Wise would, and
 * always synchronously inside the request (or test call) that triggers it: completing the last
 * requirement fulfils the order and (unless {@link Builder#autoCreateCardDetails(boolean)} is off)
 * creates the card details in the same call; the answer a client gets already shows the result.
 * Webhooks for a change are delivered before the call that made it returns. No background thread
 * changes state. Card tokens, delivery IDs and fault draws come from a seeded random.
 *
 * <p>Thread-safe: requests are handled one at a time.
 */
public final class WiseSimulator extends SimulatorTrafficControls implements AutoCloseable {
    private final SimulatorListeners listeners = new SimulatorListeners();

    private WiseSimulator(Builder b) {
        super(b);
    }

    /** {@return a builder with the defaults described on each setter} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a started simulator with the defaults} */
    public static WiseSimulator started() {
        return builder().build().start();
    }

    /**
     * Starts the two listeners (API host, card-data host) on loopback, on the ports given to {@link
     * Builder#ports(int, int)} (free ports by default). Calling it again does nothing.
     *
     * @return this simulator
     * @throws UncheckedIOException if a listener cannot bind
     * @throws IllegalStateException if the simulator was closed
     */
    public WiseSimulator start() {
        listeners.start(dispatcher, config.apiPort, config.cardDataPort);
        return this;
    }

    /** Stops both listeners and the webhook client. Idempotent. */
    @Override
    public void close() {
        publisher.stop(); // a request thread may be draining webhooks: let the listeners close now
        listeners.close();
        publisher.close();
    }

    // ---- where to connect ----

    /**
     * {@return the API host's base URL (card orders, kiosk, OAuth), for example {@code
     * http://127.0.0.1:51234}, without a trailing slash}
     */
    public String apiBaseUrl() {
        return listeners.apiBaseUrl();
    }

    /**
     * {@return the card-data host's base URL (encryption key, PIN preset): a listener of its own,
     * on another port than {@link #apiBaseUrl()}}
     */
    public String cardDataBaseUrl() {
        return listeners.cardDataBaseUrl();
    }

    /** {@return a custom environment whose hosts are this simulator} */
    public Environment environment() {
        return Environment.custom(apiBaseUrl(), cardDataBaseUrl());
    }

    /**
     * Returns options preconfigured for this simulator: its environment, a valid static access
     * token, and virtual time ({@link #clientClock()} with {@link #clientSleeper()}), so waiters,
     * retries and backoff take no real time and a timeout is reached after exactly the waits that
     * fit into it. Customise further before building; {@code
     * CardsClient.create(simulator.clientOptions().build())} gives a client.
     *
     * @return a new builder; every client built from it shares this simulator's virtual clock
     */
    public ClientOptions.OptionsBuilder clientOptions() {
        return ClientOptions.builder()
                .environment(environment())
                .accessToken(config.accessToken)
                .clock(clientSleeper.clock())
                .sleeper(clientSleeper);
    }

    /**
     * Returns the virtual clock of the clients built from {@link #clientOptions()}: the {@link
     * FakeClock} given to {@link Builder#clock(Clock)}, so the simulator and its clients share one
     * time; otherwise a clock of its own that starts at the simulator clock's instant when built and
     * moves only by {@link #clientSleeper()}'s waits (or {@link FakeClock#advance(Duration)}), while
     * the simulator keeps real time for its timestamps and webhook signatures.
     *
     * @return the clients' clock, one per simulator
     */
    public FakeClock clientClock() {
        return clientSleeper.clock();
    }

    /**
     * Returns the sleeper of the clients built from {@link #clientOptions()}: it never waits for
     * real, advances {@link #clientClock()} by each wait and records it, so a test can assert how
     * often and how long a waiter polled or a retry backed off.
     *
     * @return the clients' sleeper, one per simulator
     */
    public RecordingSleeper clientSleeper() {
        return clientSleeper;
    }

    /**
     * Forgets every order, token, authorization code, user added at run time, armed fault,
     * recorded request, webhook and client wait, and restarts IDs and the seeded random; the configuration
     * (with the builder's users) and the server stay.
     */
    public void reset() {
        synchronized (state) {
            state.reset();
            tokens.reset();
            faults.clear();
            dispatcher.clearReceived();
            publisher.clear();
            clientSleeper.clear();
        }
    }

    @Override
    public String toString() {
        return "WiseSimulator{" + listeners + "}";
    }

    /**
     * Observes every exchange the simulator serves, for example to validate requests and answers
     * against a contract. A simulator calls the observer set with {@link
     * Builder#exchangeObserver(ExchangeObserver)} and every observer listed as a service ({@code
     * META-INF/services/io.github.wisecards.testing.WiseSimulator$ExchangeObserver}, with a public
     * no-argument constructor) on the class path, so a test-support jar can watch every simulator
     * of a test run, including those that code under test starts itself.
     */
    @FunctionalInterface
    public interface ExchangeObserver {
        /**
         * Called once per request, after the simulator answered it and before the answer is
         * written, on the server's thread. Must not throw and must not call the simulator.
         *
         * @param request the request as {@link WiseSimulator#requests()} records it; its {@link
         *     ReceivedRequest#statusCode()} is the answer's status, 0 when the connection is dropped
         * @param responseHeaders the answer's headers (empty when dropped)
         * @param responseBody the answer's body (empty when it has none or was dropped)
         */
        void onExchange(ReceivedRequest request, Map<String, List<String>> responseHeaders, byte[] responseBody);
    }

    /** Configures a {@link WiseSimulator}. Not thread-safe. */
    public static final class Builder extends SimulatorConfig {
        private Builder() {}

        /**
         * Sets the loopback ports of the API host and the card-data host listeners; 0 (the default)
         * picks a free port.
         *
         * @param apiPort the API host port, or 0 for a free one
         * @param cardDataPort the card-data host port, or 0 for a free one
         * @return this builder
         * @throws IllegalArgumentException if a port is outside 0..65535 or both are the same
         *     non-zero port
         */
        public Builder ports(int apiPort, int cardDataPort) {
            port(apiPort, "apiPort");
            port(cardDataPort, "cardDataPort");
            if (apiPort != 0 && apiPort == cardDataPort) {
                throw new IllegalArgumentException("cardDataPort: must differ from apiPort");
            }
            this.apiPort = apiPort;
            this.cardDataPort = cardDataPort;
            return this;
        }

        /**
         * Sets the clock of timestamps and token expiry; default the system UTC clock. A {@link
         * FakeClock} here is also the {@linkplain WiseSimulator#clientClock() clients' clock}, so
         * the simulator and its clients share one virtual time.
         *
         * @param clock the clock
         * @return this builder
         * @throws NullPointerException if {@code clock} is null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the seed of card tokens and fault draws; default 42.
         *
         * @param seed the seed; the same seed gives the same tokens and fault draws
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Sets the static access token the simulator accepts; default {@code sim-access-token}.
         *
         * @param accessToken the bearer token to accept
         * @return this builder
         * @throws NullPointerException if {@code accessToken} is null
         * @throws IllegalArgumentException if {@code accessToken} is blank
         */
        public Builder accessToken(String accessToken) {
            this.accessToken = nonBlank(accessToken, "accessToken");
            return this;
        }

        /**
         * Sets the OAuth client, and the default user's refresh token, that {@code /oauth/token}
         * accepts.
         *
         * @param clientId the OAuth client ID
         * @param clientSecret the OAuth client secret
         * @param refreshToken the default user's refresh token
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if an argument is blank
         */
        public Builder oauthClient(String clientId, String clientSecret, String refreshToken) {
            this.clientId = nonBlank(clientId, "clientId");
            this.clientSecret = nonBlank(clientSecret, "clientSecret");
            this.refreshToken = nonBlank(refreshToken, "refreshToken");
            return this;
        }

        /**
         * Adds a user with this refresh token; it survives {@link WiseSimulator#reset()}.
         *
         * @param refreshToken the refresh token that gives this user's tokens
         * @return this builder
         * @throws NullPointerException if {@code refreshToken} is null
         * @throws IllegalArgumentException if {@code refreshToken} is blank
         */
        public Builder addUser(String refreshToken) {
            users.add(new UserSpec(nonBlank(refreshToken, "refreshToken"), null, null));
            return this;
        }

        /**
         * Adds a user created by the partner, whose tokens {@code grant_type=registration_code}
         * gives; it survives {@link WiseSimulator#reset()}.
         *
         * @param email the user's e-mail address
         * @param registrationCode the registration code the partner holds for the user
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if an argument is blank
         */
        public Builder addRegisteredUser(String email, String registrationCode) {
            users.add(new UserSpec(null, nonBlank(email, "email"), nonBlank(registrationCode, "registrationCode")));
            return this;
        }

        /**
         * Sets the lifetime of issued access tokens; default 12 hours.
         *
         * @param lifetime how long an issued access token is valid
         * @return this builder
         * @throws NullPointerException if {@code lifetime} is null
         * @throws IllegalArgumentException if {@code lifetime} is zero or negative
         */
        public Builder accessTokenLifetime(Duration lifetime) {
            this.accessTokenLifetime = positive(lifetime, "lifetime");
            return this;
        }

        /**
         * Sets the programs of profiles without their own; default a physical and a virtual Visa
         * GBP program.
         *
         * @param programs the programs, in answer order
         * @return this builder
         * @throws NullPointerException if {@code programs} or one of them is null
         */
        public Builder defaultCardPrograms(SimulatedCardProgram... programs) {
            this.defaultPrograms = List.of(programs);
            return this;
        }

        /**
         * Sets the programs offered to one profile.
         *
         * @param profileId the profile
         * @param programs the programs, in answer order; they replace the defaults for this profile
         * @return this builder
         * @throws NullPointerException if {@code programs} or one of them is null
         */
        public Builder cardPrograms(long profileId, SimulatedCardProgram... programs) {
            this.programs.put(profileId, List.of(programs));
            return this;
        }

        /**
         * Sets the requirements of new orders, type to initial status, in answer order; default
         * {@code PIN NOT_INITIATED, VERIFICATION COMPLETED, ADDRESS COMPLETED}, so presetting the
         * PIN fulfils an order. An empty map fulfils orders on creation.
         *
         * @param requirements requirement type (for example {@code PIN}) to initial status
         * @return this builder
         * @throws IllegalArgumentException if a status is not a known requirement status
         * @throws NullPointerException if {@code requirements} is null
         */
        public Builder requirements(Map<String, String> requirements) {
            Map<String, String> copy = new LinkedHashMap<>(requirements);
            copy.forEach((type, status) -> {
                if (!SimulatorState.REQUIREMENT_STATUSES.contains(status)) {
                    throw new IllegalArgumentException("requirement " + type + ": unknown status " + status);
                }
            });
            this.requirements = copy;
            return this;
        }

        /**
         * Sets whether card details are created as soon as an order is fulfilled; default true.
         *
         * @param enabled false to leave a fulfilled order without card details
         * @return this builder
         */
        public Builder autoCreateCardDetails(boolean enabled) {
            this.autoCreateCardDetails = enabled;
            return this;
        }

        /**
         * Sets whether a successful produce request also finishes the production (as if the kiosk
         * printed the card at once): the answer says {@code IN_PROGRESS}, the state moves on to
         * {@code PRODUCED} (or {@code PRODUCTION_ERROR} if armed). Default false, like the
         * sandbox, where the simulation endpoint finishes it.
         *
         * @param enabled true to finish production on a successful produce request
         * @return this builder
         */
        public Builder autoCompleteProduction(boolean enabled) {
            this.autoCompleteProduction = enabled;
            return this;
        }

        /**
         * Restricts the known kiosks; others answer {@code KIOSK_ID_NOT_FOUND}. Default: any kiosk
         * ID.
         *
         * @param kioskIds the kiosk IDs that exist
         * @return this builder
         * @throws NullPointerException if {@code kioskIds} is null
         */
        public Builder kioskIds(String... kioskIds) {
            this.kioskIds = Arrays.asList(kioskIds.clone());
            return this;
        }

        /**
         * Sets the URL webhooks are delivered to; default none (events are only recorded).
         *
         * @param url the URL events are POSTed to, signed
         * @return this builder
         * @throws NullPointerException if {@code url} is null
         */
        public Builder webhookUrl(String url) {
            this.webhookUrl = Objects.requireNonNull(url, "url");
            return this;
        }

        /**
         * Sets the webhook signing key; default a test key pair shared in the JVM.
         *
         * @param signer signs delivered events; give its public key to the verifier under test
         * @return this builder
         * @throws NullPointerException if {@code signer} is null
         */
        public Builder webhookSigner(WebhookSigner signer) {
            this.webhookSigner = Objects.requireNonNull(signer, "signer");
            return this;
        }

        /**
         * Sets the PIN encryption key pair; default a test key pair shared in the JVM.
         *
         * @param keyPair the RSA key pair the PIN endpoint decrypts with; its public key is served
         * @return this builder
         * @throws NullPointerException if {@code keyPair} is null
         */
        public Builder encryptionKeyPair(KeyPair keyPair) {
            this.encryptionKeys = Objects.requireNonNull(keyPair, "keyPair");
            return this;
        }

        /**
         * Serves the encryption key as PEM instead of bare Base64 DER (the default).
         *
         * @param pem true to serve PEM
         * @return this builder
         */
        public Builder encryptionKeyPem(boolean pem) {
            this.encryptionKeyPem = pem;
            return this;
        }

        /**
         * Sets the ID of the first card order; default 1001.
         *
         * @param id the ID of the first order; later ones count up from it
         * @return this builder
         */
        public Builder firstCardOrderId(long id) {
            this.firstCardOrderId = id;
            return this;
        }

        /**
         * Sets an observer that sees every request and the simulator's answer to it; default none.
         * The SDK's own tests use it to validate every exchange against the contract.
         *
         * @param observer the observer
         * @return this builder
         * @throws NullPointerException if {@code observer} is null
         */
        public Builder exchangeObserver(ExchangeObserver observer) {
            this.exchangeObserver = Objects.requireNonNull(observer, "observer");
            return this;
        }

        /**
         * Builds a simulator; call {@link WiseSimulator#start()} to serve.
         *
         * @return a new, not yet started simulator; the builder can be reused
         */
        public WiseSimulator build() {
            Builder b = new Builder();
            b.copyFrom(this);
            return new WiseSimulator(b);
        }
    }
}
