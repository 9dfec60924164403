package io.github.wisecards.testing;

import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.Environment;
import io.github.wisecards.core.FakeClock;
import io.github.wisecards.core.RecordingSleeper;
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
import java.util.ServiceLoader;
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
public final class WiseSimulator implements AutoCloseable {
    private final Builder config;
    private final SimulatorState state;
    private final TokenStore tokens;
    private final FaultInjector faults = new FaultInjector();
    private final WebhookPublisher publisher;
    private final WebhookSigner signer;
    private final SimulatorDispatcher dispatcher;
    private final RecordingSleeper clientSleeper;
    private MockWebServer server;
    private MockWebServer cardDataServer;
    private boolean closed;

    private WiseSimulator(Builder b) {
        this.config = b;
        this.clientSleeper =
                new RecordingSleeper(b.clock instanceof FakeClock fake ? fake : new FakeClock(b.clock.instant()));
        this.signer = b.webhookSigner != null ? b.webhookSigner : WebhookSigner.of(DefaultKeys.webhook());
        this.publisher = new WebhookPublisher(b.clock, signer, b.subscriptionId, b.webhookUrl);
        this.state = new SimulatorState(b, publisher);
        this.tokens = new TokenStore(b);
        KeyPair encryption = b.encryptionKeys != null ? b.encryptionKeys : DefaultKeys.encryption();
        this.dispatcher = new SimulatorDispatcher(
                state, tokens, faults, publisher, new PinRoutes(state, encryption, b.encryptionKeyPem));
        List<ExchangeObserver> observers = new ArrayList<>();
        ServiceLoader.load(ExchangeObserver.class).forEach(observers::add);
        if (b.exchangeObserver != null) {
            observers.add(b.exchangeObserver);
        }
        this.dispatcher.observe(
                observers.isEmpty() ? null : (r, h, body) -> observers.forEach(o -> o.onExchange(r, h, body)));
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
     * Starts the two listeners (API host, card-data host) on loopback, on the ports given to {@link
     * Builder#ports(int, int)} (free ports by default). Calling it again does nothing.
     *
     * @return this simulator
     * @throws UncheckedIOException if a listener cannot bind
     * @throws IllegalStateException if the simulator was closed
     */
    public synchronized WiseSimulator start() {
        if (closed) {
            throw new IllegalStateException("the simulator was closed");
        }
        if (server == null) {
            MockWebServer api = listener(ReceivedRequest.Host.API, config.apiPort);
            MockWebServer cardData;
            try {
                cardData = listener(ReceivedRequest.Host.CARD_DATA, config.cardDataPort);
            } catch (UncheckedIOException e) {
                api.close();
                throw e;
            }
            dispatcher.onDispatch(() -> {
                drainServerQueue(api);
                drainServerQueue(cardData);
            });
            server = api;
            cardDataServer = cardData;
        }
        return this;
    }

    private MockWebServer listener(ReceivedRequest.Host host, int port) {
        MockWebServer s = new MockWebServer();
        s.setServerSocketFactory(new NoDelayServerSocketFactory());
        s.setDispatcher(dispatcher.forHost(host));
        try {
            s.start(InetAddress.getLoopbackAddress(), port);
        } catch (IOException e) {
            s.close();
            throw new UncheckedIOException("cannot start the Wise simulator", e);
        }
        return s;
    }

    /** Stops both listeners and the webhook client. Idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
        if (server != null) {
            server.close();
            cardDataServer.close();
            server = null;
            cardDataServer = null;
        }
        publisher.close();
    }

    // ---- where to connect ----

    /**
     * Returns the API host's base URL (card orders, kiosk, OAuth), for example {@code
     * http://127.0.0.1:51234}, without a trailing slash.
     */
    public String apiBaseUrl() {
        return baseUrl(running());
    }

    /**
     * Returns the card-data host's base URL (encryption key, PIN preset): a listener of its own, on
     * another port than {@link #apiBaseUrl()}.
     */
    public synchronized String cardDataBaseUrl() {
        running();
        return baseUrl(cardDataServer);
    }

    private static String baseUrl(MockWebServer s) {
        String url = s.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    /** Returns a custom environment whose hosts are this simulator. */
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

    // ---- auth ----

    /**
     * Returns the static access token the simulator accepts: the {@linkplain #defaultUser() default
     * user}'s first user token, valid until {@link #expireAccessTokens()} or that user's next
     * refresh.
     */
    public String accessToken() {
        return config.accessToken;
    }

    /** Issues a new user access token of the default user, as {@code /oauth/token} would, revoking none. */
    public String issueAccessToken() {
        return tokens.issue();
    }

    /** Issues a new user access token of {@code user}, revoking none (a refresh would revoke the earlier ones). */
    public String issueAccessToken(SimulatedUser user) {
        return tokens.issue(Objects.requireNonNull(user, "user"));
    }

    /**
     * Issues an application (client-credentials) token, as {@code grant_type=client_credentials}
     * would. Every card-order, kiosk and PIN operation refuses it with 403 (they need a user token).
     */
    public String issueApplicationToken() {
        return tokens.issueApplicationToken();
    }

    /** Sets the lifetime of tokens issued from now on (default 12 hours). */
    public void accessTokenLifetime(Duration lifetime) {
        tokens.lifetime(positive(lifetime, "lifetime"));
    }

    /** Makes every token issued so far, and the static token, answer 401 {@code invalid_token}. */
    public void expireAccessTokens() {
        tokens.expireAll();
    }

    /** Returns how many tokens {@code /oauth/token} and the {@code issue...Token} methods have issued. */
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

    /** Returns the default user's refresh token, which the token endpoint accepts. */
    public String refreshToken() {
        return config.refreshToken;
    }

    /** Returns a provider that refreshes the default user's tokens through this simulator's {@code /oauth/token}. */
    public TokenProvider refreshingTokenProvider() {
        return TokenProvider.refreshing(config.clientId, config.clientSecret, config.refreshToken);
    }

    /** Returns a provider that refreshes {@code user}'s tokens through this simulator's {@code /oauth/token}. */
    public TokenProvider refreshingTokenProvider(SimulatedUser user) {
        return TokenProvider.refreshing(
                config.clientId,
                config.clientSecret,
                Objects.requireNonNull(user, "user").refreshToken());
    }

    /** Returns the default user: the owner of {@link #accessToken()} and {@link #refreshToken()}. */
    public SimulatedUser defaultUser() {
        return tokens.defaultUser();
    }

    /** Returns every user: the default user, those of the builder, then those added since the last reset. */
    public List<SimulatedUser> users() {
        return tokens.users();
    }

    /**
     * Returns the user whose refresh token this is.
     *
     * @throws IllegalArgumentException if no user has it
     */
    public SimulatedUser user(String refreshToken) {
        return tokens.user(Objects.requireNonNull(refreshToken, "refreshToken"));
    }

    /** Adds a user with a generated refresh token (until {@link #reset()}). */
    public SimulatedUser addUser() {
        return tokens.addUser(null);
    }

    /**
     * Adds a user with this refresh token (until {@link #reset()}).
     *
     * @throws IllegalArgumentException if another user has it
     */
    public SimulatedUser addUser(String refreshToken) {
        return tokens.addUser(nonBlank(refreshToken, "refreshToken"));
    }

    /**
     * Adds a user created by the partner (until {@link #reset()}): {@code
     * grant_type=registration_code} with its email and registration code gives its tokens again.
     *
     * @throws IllegalArgumentException if another user has this email
     */
    public SimulatedUser addRegisteredUser(String email, String registrationCode) {
        return tokens.addRegisteredUser(nonBlank(email, "email"), nonBlank(registrationCode, "registrationCode"));
    }

    /**
     * Returns a one-time code that {@code grant_type=authorization_code} exchanges, with this
     * {@code redirect_uri}, for {@code user}'s tokens (as if the user approved the partner on Wise's
     * authorization page).
     */
    public String issueAuthorizationCode(SimulatedUser user, String redirectUri) {
        return tokens.issueAuthorizationCode(
                Objects.requireNonNull(user, "user"), nonBlank(redirectUri, "redirectUri"));
    }

    /** Returns how many {@code refresh_token} grants {@code /oauth/token} answered for {@code user}. */
    public long refreshCount(SimulatedUser user) {
        return tokens.refreshCount(Objects.requireNonNull(user, "user"));
    }

    /**
     * The user reclaims the account: its access tokens answer 401 {@code invalid_token}, its
     * refresh token and registration code 401 {@code invalid_grant} ("Invalid user credentials.").
     */
    public void reclaimAccount(SimulatedUser user) {
        tokens.reclaim(Objects.requireNonNull(user, "user"));
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
    public synchronized String toString() {
        return "WiseSimulator{"
                + (server == null ? "not running" : "api=" + baseUrl(server) + ", cardData=" + baseUrl(cardDataServer))
                + "}";
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
    public static final class Builder {
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
        ExchangeObserver exchangeObserver;
        int apiPort;
        int cardDataPort;

        private Builder() {}

        /**
         * Sets the loopback ports of the API host and the card-data host listeners; 0 (the default)
         * picks a free port.
         *
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

        static int port(int port, String field) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException(field + ": must be 0 (any free port) to 65535");
            }
            return port;
        }

        private static Map<String, String> defaultRequirements() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("PIN", "NOT_INITIATED");
            m.put("VERIFICATION", "COMPLETED");
            m.put("ADDRESS", "COMPLETED");
            return m;
        }

        /**
         * Sets the clock of timestamps and token expiry; default the system UTC clock. A {@link
         * FakeClock} here is also the {@linkplain WiseSimulator#clientClock() clients' clock}, so
         * the simulator and its clients share one virtual time.
         */
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

        /** Sets the OAuth client, and the default user's refresh token, that {@code /oauth/token} accepts. */
        public Builder oauthClient(String clientId, String clientSecret, String refreshToken) {
            this.clientId = nonBlank(clientId, "clientId");
            this.clientSecret = nonBlank(clientSecret, "clientSecret");
            this.refreshToken = nonBlank(refreshToken, "refreshToken");
            return this;
        }

        /** A user declared on the builder; a null refresh token is generated. */
        record UserSpec(String refreshToken, String email, String registrationCode) {}

        /** Adds a user with this refresh token; it survives {@link WiseSimulator#reset()}. */
        public Builder addUser(String refreshToken) {
            users.add(new UserSpec(nonBlank(refreshToken, "refreshToken"), null, null));
            return this;
        }

        /**
         * Adds a user created by the partner, whose tokens {@code grant_type=registration_code}
         * gives; it survives {@link WiseSimulator#reset()}.
         */
        public Builder addRegisteredUser(String email, String registrationCode) {
            users.add(new UserSpec(null, nonBlank(email, "email"), nonBlank(registrationCode, "registrationCode")));
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

        /**
         * Sets an observer that sees every request and the simulator's answer to it; default none.
         * The SDK's own tests use it to validate every exchange against the contract.
         */
        public Builder exchangeObserver(ExchangeObserver observer) {
            this.exchangeObserver = Objects.requireNonNull(observer, "observer");
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
            b.users.addAll(users);
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
            b.exchangeObserver = exchangeObserver;
            b.apiPort = apiPort;
            b.cardDataPort = cardDataPort;
            return b;
        }
    }
}
