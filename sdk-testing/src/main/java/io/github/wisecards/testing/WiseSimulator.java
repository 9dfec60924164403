package io.github.wisecards.testing;

import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.Environment;
import io.github.wisecards.core.TokenProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;

/**
 * An embedded, stateful simulator of the Wise card platform, served over HTTP on localhost. Point
 * the SDK's clients at it like any environment:
 *
 * <pre>{@code
 * try (WiseSimulator simulator = WiseSimulator.builder().build().start()) {
 *     CardsClient cards = CardsClient.create(simulator.clientOptions().build());
 *     // ... create a card order, preset its PIN, produce the card at a kiosk
 * }
 * }</pre>
 *
 * <p>It serves the card-order, address-validation, PIN preset, kiosk production, sandbox
 * simulation and {@code /oauth/token} endpoints with the documented JSON, status codes and error
 * bodies; keeps card orders and their state machine; signs and sends webhooks on every state
 * change; and injects faults on demand. Both hosts (API and card data) are the same local server.
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
public final class WiseSimulator implements AutoCloseable {
    private final Builder config;
    private final SimulatorState state;
    private final TokenStore tokens;
    private final FaultInjector faults = new FaultInjector();
    private final WebhookPublisher publisher;
    private final WebhookSigner signer;
    private final SimulatorDispatcher dispatcher;
    private MockWebServer server;
    private boolean closed;

    private WiseSimulator(Builder b) {
        this.config = b;
        this.signer = b.webhookSigner != null ? b.webhookSigner : WebhookSigner.of(DefaultKeys.webhook());
        this.publisher = new WebhookPublisher(b.clock, signer, b.subscriptionId, b.webhookUrl);
        this.state = new SimulatorState(b, publisher);
        this.tokens = new TokenStore(b);
        KeyPair encryption = b.encryptionKeys != null ? b.encryptionKeys : DefaultKeys.encryption();
        this.dispatcher = new SimulatorDispatcher(
                state, tokens, faults, publisher, new PinRoutes(state, encryption, b.encryptionKeyPem));
    }

    /** Returns a builder with the defaults described on each setter. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a started simulator with the defaults. */
    public static WiseSimulator started() {
        return builder().build().start();
    }

    /**
     * Starts the HTTP server on a free loopback port. Calling it again does nothing.
     *
     * @return this simulator
     * @throws UncheckedIOException if the server cannot bind
     * @throws IllegalStateException if the simulator was closed
     */
    public synchronized WiseSimulator start() {
        if (closed) {
            throw new IllegalStateException("the simulator was closed");
        }
        if (server == null) {
            MockWebServer s = new MockWebServer();
            s.setServerSocketFactory(new NoDelayServerSocketFactory());
            s.setDispatcher(dispatcher);
            try {
                s.start(InetAddress.getLoopbackAddress(), 0);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the Wise simulator", e);
            }
            dispatcher.onDispatch(() -> drainServerQueue(s));
            server = s;
        }
        return this;
    }

    /** Stops the server and the webhook client. Idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
        if (server != null) {
            server.close();
            server = null;
        }
        publisher.close();
    }

    // ---- where to connect ----

    /** Returns the API base URL, for example {@code http://127.0.0.1:51234}, without a trailing slash. */
    public String apiBaseUrl() {
        String url = running().url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    /** Returns the card-data base URL (PIN preset host); the same server as {@link #apiBaseUrl()}. */
    public String cardDataBaseUrl() {
        return apiBaseUrl();
    }

    /** Returns a custom environment whose hosts are this simulator. */
    public Environment environment() {
        return Environment.custom(apiBaseUrl(), cardDataBaseUrl());
    }

    /**
     * Returns options preconfigured for this simulator: its environment, a valid static access
     * token, its clock, and a sleeper that does not wait, so retries run at once. Customise
     * further before building; {@code CardsClient.create(simulator.clientOptions().build())}
     * gives a client.
     */
    public ClientOptions.OptionsBuilder clientOptions() {
        return ClientOptions.builder()
                .environment(environment())
                .accessToken(config.accessToken)
                .clock(config.clock)
                .sleeper(NoSleepSleeper.INSTANCE);
    }

    // ---- auth ----

    /** Returns the static access token the simulator accepts (until {@link #expireAccessTokens()}). */
    public String accessToken() {
        return config.accessToken;
    }

    /** Issues a new access token valid for the current lifetime, as {@code /oauth/token} would. */
    public String issueAccessToken() {
        return tokens.issue();
    }

    /** Sets the lifetime of tokens issued from now on (default 12 hours). */
    public void accessTokenLifetime(Duration lifetime) {
        tokens.lifetime(positive(lifetime, "lifetime"));
    }

    /** Makes every token issued so far, and the static token, answer 401 {@code invalid_token}. */
    public void expireAccessTokens() {
        tokens.expireAll();
    }

    /** Returns how many tokens {@code /oauth/token} and {@link #issueAccessToken()} have issued. */
    public long issuedAccessTokenCount() {
        return tokens.issuedCount();
    }

    /** Returns the OAuth client ID the token endpoint accepts. */
    public String oauthClientId() {
        return config.clientId;
    }

    /** Returns the OAuth client secret the token endpoint accepts. */
    public String oauthClientSecret() {
        return config.clientSecret;
    }

    /** Returns the refresh token the token endpoint accepts. */
    public String refreshToken() {
        return config.refreshToken;
    }

    /** Returns a provider that refreshes user tokens through this simulator's {@code /oauth/token}. */
    public TokenProvider refreshingTokenProvider() {
        return TokenProvider.refreshing(config.clientId, config.clientSecret, config.refreshToken);
    }

    // ---- card programs and orders ----

    /** Replaces the card programs offered to {@code profileId}. */
    public void cardPrograms(long profileId, List<SimulatedCardProgram> programs) {
        state.programs(profileId, List.copyOf(programs));
    }

    /** Returns the IDs of the card orders of a profile, oldest first. */
    public List<Long> cardOrderIds(long profileId) {
        List<Long> ids = new ArrayList<>();
        state.orders(profileId).forEach(o -> ids.add(o.id));
        return ids;
    }

    /** Returns the card order's status, for example {@code PLACED}. */
    public String cardOrderStatus(long cardOrderId) {
        synchronized (state) {
            return state.orderForApi(cardOrderId).status;
        }
    }

    /** Returns the card order as the API would answer it, as JSON text. */
    public String cardOrderJson(long cardOrderId) {
        synchronized (state) {
            return state.orderForApi(cardOrderId).toJson().toString();
        }
    }

    /** Returns the card token of an order once its card details were created. */
    public Optional<String> cardToken(long cardOrderId) {
        synchronized (state) {
            return Optional.ofNullable(state.orderForApi(cardOrderId).cardToken);
        }
    }

    /** Returns the status of one requirement of an order, if the order has that requirement. */
    public Optional<String> requirementStatus(long cardOrderId, String type) {
        synchronized (state) {
            return Optional.ofNullable(
                    state.orderForApi(cardOrderId).requirements.get(type));
        }
    }

    /**
     * Sets (or adds) a requirement's status; completing the last one advances the order.
     *
     * @param type {@code PIN}, {@code VERIFICATION} or {@code ADDRESS}
     * @param status {@code NOT_INITIATED}, {@code NEEDS_ACTION}, {@code PENDING}, {@code COMPLETED}
     *     or {@code FAILED}
     * @throws IllegalArgumentException for an unknown order or status
     */
    public void setRequirementStatus(long cardOrderId, String type, String status) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        admin(() -> {
            state.requirement(state.orderForApi(cardOrderId), type, status);
            return null;
        });
    }

    /** Completes one requirement of an order; see {@link #setRequirementStatus}. */
    public void completeRequirement(long cardOrderId, String type) {
        setRequirementStatus(cardOrderId, type, "COMPLETED");
    }

    /** Completes every requirement of an order, which fulfils it. */
    public void completeAllRequirements(long cardOrderId) {
        admin(() -> {
            SimOrder o = state.orderForApi(cardOrderId);
            for (String type : new ArrayList<>(o.requirements.keySet())) {
                state.requirement(o, type, "COMPLETED");
            }
            return null;
        });
    }

    /**
     * Moves an order along the documented state machine: {@code CARD_DETAILS_CREATED} (issues the
     * card token, needs {@code REQUIREMENTS_FULFILLED}), {@code PRODUCED}, {@code COMPLETED},
     * {@code RETURNED} or {@code CANCELLED}.
     *
     * @throws IllegalStateException if the transition is not allowed from the current status
     */
    public void advanceCardOrder(long cardOrderId, String status) {
        Objects.requireNonNull(status, "status");
        admin(() -> {
            state.advanceTo(state.orderForApi(cardOrderId), status.toUpperCase(Locale.ROOT));
            return null;
        });
    }

    /** Returns whether {@code pin} is the PIN preset on the order (the simulator keeps only a hash). */
    public boolean pinMatches(long cardOrderId, String pin) {
        synchronized (state) {
            String hash = state.orderForApi(cardOrderId).pinHash;
            return hash != null && hash.equals(PinRoutes.hash(pin));
        }
    }

    /**
     * Returns the JWE {@code alg} of the PIN preset the order accepted ({@code RSA-OAEP-256} or
     * {@code RSA1_5}), or empty when no PIN was preset; lets a test assert which algorithm reached
     * the card-data host.
     */
    public Optional<String> pinAlgorithm(long cardOrderId) {
        synchronized (state) {
            return Optional.ofNullable(state.orderForApi(cardOrderId).pinAlgorithm);
        }
    }

    /** Returns how many orders were created with an idempotency key (at most 1, whatever the retries). */
    public int ordersCreatedWithIdempotencyKey(String idempotencyKey) {
        return state.countByIdempotencyKey(Objects.requireNonNull(idempotencyKey, "idempotencyKey"));
    }

    // ---- kiosk ----

    /** Returns a card's kiosk production status, if it is a {@code KIOSK_COLLECTION} card. */
    public Optional<String> productionStatus(String cardToken) {
        synchronized (state) {
            SimOrder o = state.orderByToken(cardToken);
            return o == null || o.production == null ? Optional.empty() : Optional.of(o.production.status);
        }
    }

    /** Makes the next finished production of any card end in {@code PRODUCTION_ERROR} with {@code errorCode}. */
    public void failNextProduction(String errorCode) {
        state.failNextProduction(null, nonBlank(errorCode, "errorCode"));
    }

    /** Makes the next finished production of one card end in {@code PRODUCTION_ERROR} with {@code errorCode}. */
    public void failNextProduction(String cardToken, String errorCode) {
        state.failNextProduction(nonBlank(cardToken, "cardToken"), nonBlank(errorCode, "errorCode"));
    }

    /** Makes the next produce request of any card answer 422 {@code REQUEST_ERROR} with {@code errorCode}. */
    public void failNextProduceRequest(String errorCode) {
        state.failNextProduceRequest(null, nonBlank(errorCode, "errorCode"));
    }

    /** Makes the next produce request of one card answer 422 {@code REQUEST_ERROR} with {@code errorCode}. */
    public void failNextProduceRequest(String cardToken, String errorCode) {
        state.failNextProduceRequest(nonBlank(cardToken, "cardToken"), nonBlank(errorCode, "errorCode"));
    }

    /**
     * Finishes a card's production like the sandbox simulation endpoint with {@code PRODUCED}
     * (unless a production failure is armed): the card order moves to {@code PRODUCED}.
     *
     * @throws IllegalStateException unless the production is {@code IN_PROGRESS}
     */
    public void completeProduction(String cardToken) {
        finish(cardToken, "PRODUCED", null);
    }

    /** Ends a card's production in {@code PRODUCTION_ERROR} with {@code errorCode}; see {@link #completeProduction}. */
    public void failProduction(String cardToken, String errorCode) {
        finish(cardToken, "PRODUCTION_ERROR", nonBlank(errorCode, "errorCode"));
    }

    private void finish(String cardToken, String status, String errorCode) {
        admin(() -> {
            SimOrder o = state.orderByToken(cardToken);
            if (o == null) {
                throw new IllegalArgumentException("no card with the given token");
            }
            state.finishProduction(o, status, errorCode);
            return null;
        });
    }

    // ---- faults ----

    /** Injects {@code fault} into the next {@code count} requests. */
    public void failNext(int count, Fault fault) {
        faults.next(count, Objects.requireNonNull(fault, "fault"), null, null);
    }

    /**
     * Injects {@code fault} into the next {@code count} requests matching a method and a path
     * pattern, in which {@code *} matches one path segment and {@code **} the rest of the path,
     * for example method {@code POST} with <code>/v3/spend/profiles/&#42;/card-orders</code>.
     *
     * @param method an HTTP method, or null for any
     * @param pathPattern a path pattern, or null for any path
     */
    public void failNext(int count, Fault fault, String method, String pathPattern) {
        faults.next(count, Objects.requireNonNull(fault, "fault"), method, pathPattern);
    }

    /** Injects {@code fault} into a fraction (0 to 1] of all requests, drawn from the seeded random. */
    public void failFraction(double fraction, Fault fault) {
        faults.fraction(fraction, Objects.requireNonNull(fault, "fault"), null, null);
    }

    /** Injects {@code fault} into a fraction of the requests matching a method and path pattern. */
    public void failFraction(double fraction, Fault fault, String method, String pathPattern) {
        faults.fraction(fraction, Objects.requireNonNull(fault, "fault"), method, pathPattern);
    }

    /** Disarms every fault. */
    public void clearFaults() {
        faults.clear();
    }

    // ---- recorded traffic ----

    /** Returns every request received so far (at most the last 10,000), oldest first. */
    public List<ReceivedRequest> requests() {
        return dispatcher.received();
    }

    /** Returns the received requests matching a method (null for any) and a path pattern (see {@link #failNext(int, Fault, String, String)}). */
    public List<ReceivedRequest> requests(String method, String pathPattern) {
        java.util.regex.Pattern p = FaultInjector.glob(pathPattern);
        return requests().stream()
                .filter(r -> method == null || method.equalsIgnoreCase(r.method()))
                .filter(r -> p == null || p.matcher(r.path()).matches())
                .toList();
    }

    /** Forgets the received requests. */
    public void clearRequests() {
        dispatcher.clearReceived();
    }

    // ---- webhooks ----

    /** Delivers webhooks to {@code url} from now on (one subscription). */
    public void registerWebhookUrl(String url) {
        Objects.requireNonNull(url, "url");
        if (HttpUrl.parse(url) == null) {
            throw new IllegalArgumentException("url: not an http(s) URL: " + url);
        }
        publisher.url(url);
    }

    /** Stops delivering webhooks; they are still produced, signed and recorded. */
    public void unregisterWebhookUrl() {
        publisher.url(null);
    }

    /** Returns the {@code subscription_id} sent in every event. */
    public String webhookSubscriptionId() {
        return publisher.subscriptionId();
    }

    /** Returns every webhook event produced so far, in order. */
    public List<SentWebhook> webhooks() {
        return publisher.sent();
    }

    /** Returns the webhook events of one type, for example {@code cards#card-production-status-change}. */
    public List<SentWebhook> webhooks(String eventType) {
        return webhooks().stream().filter(w -> w.eventType().equals(eventType)).toList();
    }

    /** Returns the public key that verifies the simulator's webhook signatures. */
    public PublicKey webhookPublicKey() {
        return signer.publicKey();
    }

    /** Returns the webhook public key as a PEM {@code PUBLIC KEY} block. */
    public String webhookPublicKeyPem() {
        return signer.publicKeyPem();
    }

    /**
     * Forgets every order, token, armed fault, recorded request and webhook, and restarts IDs and
     * the seeded random; the configuration and the server stay.
     */
    public void reset() {
        synchronized (state) {
            state.reset();
            tokens.reset();
            faults.clear();
            dispatcher.clearReceived();
            publisher.clear();
        }
    }

    @Override
    public String toString() {
        MockWebServer s = server;
        return "WiseSimulator{" + (s == null ? "not running" : apiBaseUrl()) + "}";
    }

    private synchronized MockWebServer running() {
        if (server == null) {
            throw new IllegalStateException("the simulator is not running: call start()");
        }
        return server;
    }

    private <T> T admin(Supplier<T> action) {
        T result;
        try {
            synchronized (state) {
                result = action.get();
            }
        } catch (SimError e) {
            throw new IllegalStateException(String.valueOf(e.response().body()));
        } finally {
            publisher.drain();
        }
        return result;
    }

    private static void drainServerQueue(MockWebServer s) {
        // MockWebServer keeps every request for takeRequest(); the simulator records its own.
        try {
            s.takeRequest(0, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String nonBlank(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
        return value;
    }

    private static Duration positive(Duration d, String field) {
        Objects.requireNonNull(d, field);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(field + ": must be positive");
        }
        return d;
    }

    /** Configures a {@link WiseSimulator}. Not thread-safe. */
    public static final class Builder {
        Clock clock = Clock.systemUTC();
        long seed = 42L;
        String accessToken = "sim-access-token";
        String clientId = "sim-client-id";
        String clientSecret = "sim-client-secret";
        String refreshToken = "sim-refresh-token";
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

        private Builder() {}

        private static Map<String, String> defaultRequirements() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("PIN", "NOT_INITIATED");
            m.put("VERIFICATION", "COMPLETED");
            m.put("ADDRESS", "COMPLETED");
            return m;
        }

        /** Sets the clock of timestamps and token expiry; default the system UTC clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Sets the seed of card tokens and fault draws; default 42. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Sets the static access token the simulator accepts; default {@code sim-access-token}. */
        public Builder accessToken(String accessToken) {
            this.accessToken = nonBlank(accessToken, "accessToken");
            return this;
        }

        /** Sets the OAuth client and refresh token {@code /oauth/token} accepts. */
        public Builder oauthClient(String clientId, String clientSecret, String refreshToken) {
            this.clientId = nonBlank(clientId, "clientId");
            this.clientSecret = nonBlank(clientSecret, "clientSecret");
            this.refreshToken = nonBlank(refreshToken, "refreshToken");
            return this;
        }

        /** Sets the lifetime of issued access tokens; default 12 hours. */
        public Builder accessTokenLifetime(Duration lifetime) {
            this.accessTokenLifetime = positive(lifetime, "lifetime");
            return this;
        }

        /** Sets the programs of profiles without their own; default a physical and a virtual Visa GBP program. */
        public Builder defaultCardPrograms(SimulatedCardProgram... programs) {
            this.defaultPrograms = List.of(programs);
            return this;
        }

        /** Sets the programs offered to one profile. */
        public Builder cardPrograms(long profileId, SimulatedCardProgram... programs) {
            this.programs.put(profileId, List.of(programs));
            return this;
        }

        /**
         * Sets the requirements of new orders, type to initial status, in answer order; default
         * {@code PIN NOT_INITIATED, VERIFICATION COMPLETED, ADDRESS COMPLETED}, so presetting the
         * PIN fulfils an order. An empty map fulfils orders on creation.
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

        /** Sets whether card details are created as soon as an order is fulfilled; default true. */
        public Builder autoCreateCardDetails(boolean enabled) {
            this.autoCreateCardDetails = enabled;
            return this;
        }

        /**
         * Sets whether a successful produce request also finishes the production (as if the kiosk
         * printed the card at once): the answer says {@code IN_PROGRESS}, the state moves on to
         * {@code PRODUCED} (or {@code PRODUCTION_ERROR} if armed). Default false, like the
         * sandbox, where the simulation endpoint finishes it.
         */
        public Builder autoCompleteProduction(boolean enabled) {
            this.autoCompleteProduction = enabled;
            return this;
        }

        /** Restricts the known kiosks; others answer {@code KIOSK_ID_NOT_FOUND}. Default: any kiosk ID. */
        public Builder kioskIds(String... kioskIds) {
            this.kioskIds = Arrays.asList(kioskIds.clone());
            return this;
        }

        /** Sets the URL webhooks are delivered to; default none (events are only recorded). */
        public Builder webhookUrl(String url) {
            this.webhookUrl = Objects.requireNonNull(url, "url");
            return this;
        }

        /** Sets the webhook signing key; default a test key pair shared in the JVM. */
        public Builder webhookSigner(WebhookSigner signer) {
            this.webhookSigner = Objects.requireNonNull(signer, "signer");
            return this;
        }

        /** Sets the PIN encryption key pair; default a test key pair shared in the JVM. */
        public Builder encryptionKeyPair(KeyPair keyPair) {
            this.encryptionKeys = Objects.requireNonNull(keyPair, "keyPair");
            return this;
        }

        /** Serves the encryption key as PEM instead of bare Base64 DER (the default). */
        public Builder encryptionKeyPem(boolean pem) {
            this.encryptionKeyPem = pem;
            return this;
        }

        /** Sets the ID of the first card order; default 1001. */
        public Builder firstCardOrderId(long id) {
            this.firstCardOrderId = id;
            return this;
        }

        /** Builds a simulator; call {@link WiseSimulator#start()} to serve. */
        public WiseSimulator build() {
            return new WiseSimulator(copy());
        }

        private Builder copy() {
            Builder b = new Builder();
            b.clock = clock;
            b.seed = seed;
            b.accessToken = accessToken;
            b.clientId = clientId;
            b.clientSecret = clientSecret;
            b.refreshToken = refreshToken;
            b.accessTokenLifetime = accessTokenLifetime;
            b.defaultPrograms = defaultPrograms;
            b.programs.putAll(programs);
            b.requirements = new LinkedHashMap<>(requirements);
            b.autoCreateCardDetails = autoCreateCardDetails;
            b.autoCompleteProduction = autoCompleteProduction;
            b.kioskIds = List.copyOf(kioskIds);
            b.webhookUrl = webhookUrl;
            b.subscriptionId = subscriptionId;
            b.webhookSigner = webhookSigner;
            b.encryptionKeys = encryptionKeys;
            b.encryptionKeyPem = encryptionKeyPem;
            b.firstCardOrderId = firstCardOrderId;
            return b;
        }
    }
}
