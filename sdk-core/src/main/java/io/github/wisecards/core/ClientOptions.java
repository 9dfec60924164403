package io.github.wisecards.core;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import okhttp3.OkHttpClient;

/**
 * Configuration shared by every client of the SDK ({@code CardsClient}, {@code KioskClient}):
 * environment, credentials, timeouts, retries, HTTP client, User-Agent, default headers, clock
 * and observability hooks.
 *
 * <p>Plain data: immutable and thread-safe; building options creates, starts or binds nothing.
 * The client built from them owns its connection pool and dispatcher and binds the token
 * provider to them; {@code close()} on the client releases them. Build one instance and create
 * every client from it.
 *
 * <p>Sharing one connection pool between clients is explicit:
 *
 * <ul>
 *   <li>a client derived with {@code withOptions(..)} shares its parent's pool and dispatcher;
 *       they close when the last client sharing them closes, in any order;
 *   <li>clients built separately (twice {@code CardsClient.create(options)}, or a {@code
 *       CardsClient} and a {@code KioskClient}) each own a pool, unless the options name your
 *       OkHttp client ({@link ClientOptionsBuilder#okHttpClient}): then all of them use its pool,
 *       which the SDK never closes.
 * </ul>
 *
 * <p>A refreshing {@link TokenProvider} keeps its tokens itself, so the clients built with one
 * provider instance share its token and refresh it once per expiry, whichever of them needs it.
 *
 * <pre>{@code
 * ClientOptions options = ClientOptions.builder()
 *     .environment(Environment.SANDBOX)
 *     .tokenProvider(TokenProvider.refreshing(clientId, clientSecret, refreshToken))
 *     .appInfo("acme-card-backend", "2.3.1")
 *     .build();
 * CardsClient cards = CardsClient.create(options);
 * KioskClient kiosk = KioskClient.create(options);
 * }</pre>
 */
public final class ClientOptions {
    private final Environment environment;
    private final TokenProvider tokenProvider;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration writeTimeout;
    private final Duration callTimeout;
    private final int maxRetries;
    private final Duration retryBaseDelay;
    private final Duration retryMaxDelay;
    private final Duration maxRetryAfter;
    private final OkHttpClient okHttpClient;
    private final String appInfo;
    private final Map<String, String> defaultHeaders;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RandomGenerator random;
    private final Supplier<String> idempotencyKeyGenerator;
    private final List<RequestListener> requestListeners;
    private final boolean logPersonalData;

    ClientOptions(ClientOptionsBuilder<?> b) {
        List<String> missing = new ArrayList<>();
        if (b.tokenProvider == null) {
            missing.add("tokenProvider");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("ClientOptions: missing required " + String.join(", ", missing));
        }
        if (b.retryMaxDelay.compareTo(b.retryBaseDelay) < 0) {
            throw new IllegalStateException("ClientOptions: retryMaxDelay must be >= retryBaseDelay");
        }
        if (b.logPersonalData && b.environment.isProduction()) {
            throw new IllegalStateException(
                    "ClientOptions: logPersonalData is for development and not allowed with a production environment");
        }
        this.environment = b.environment;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.writeTimeout = b.writeTimeout;
        this.callTimeout = b.callTimeout;
        this.maxRetries = b.maxRetries;
        this.retryBaseDelay = b.retryBaseDelay;
        this.retryMaxDelay = b.retryMaxDelay;
        this.maxRetryAfter = b.maxRetryAfter;
        this.okHttpClient = b.okHttpClient;
        this.appInfo = b.appInfo;
        this.defaultHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(b.defaultHeaders));
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.random = b.random;
        this.idempotencyKeyGenerator = b.idempotencyKeyGenerator;
        this.requestListeners = List.copyOf(b.requestListeners);
        this.logPersonalData = b.logPersonalData;
        this.tokenProvider = b.tokenProvider;
    }

    /**
     * Returns a new builder with the defaults (sandbox, 2 retries, 60 s per call).
     *
     * @return the builder
     */
    public static OptionsBuilder builder() {
        return new OptionsBuilder();
    }

    /**
     * Returns a builder configured from environment variables: {@code WISE_ACCESS_TOKEN}
     * (required), {@code WISE_ENV} ({@code sandbox}, the default, or {@code production}), and
     * optionally {@code WISE_API_BASE_URL} and {@code WISE_CARD_DATA_BASE_URL}.
     *
     * @return the builder
     * @throws IllegalStateException if {@code WISE_ACCESS_TOKEN} is not set
     */
    public static OptionsBuilder fromEnv() {
        return fromEnv(System.getenv());
    }

    /**
     * Returns a builder configured from {@code env}, read as {@link #fromEnv()} reads the process
     * environment.
     *
     * @param env the variables
     * @return the builder
     * @throws IllegalStateException if {@code WISE_ACCESS_TOKEN} is not set
     */
    public static OptionsBuilder fromEnv(Map<String, String> env) {
        OptionsBuilder b = builder();
        b.applyEnv(env);
        return b;
    }

    /**
     * Returns a builder holding these options.
     *
     * @return the builder
     */
    public OptionsBuilder toBuilder() {
        OptionsBuilder b = new OptionsBuilder();
        b.from(this);
        return b;
    }

    /** Copies every setting into {@code b}: values only (see {@link ClientOptionsBuilder#from}). */
    void copyTo(ClientOptionsBuilder<?> b) {
        b.environment = environment;
        b.tokenProvider = tokenProvider;
        b.connectTimeout = connectTimeout;
        b.readTimeout = readTimeout;
        b.writeTimeout = writeTimeout;
        b.callTimeout = callTimeout;
        b.maxRetries = maxRetries;
        b.retryBaseDelay = retryBaseDelay;
        b.retryMaxDelay = retryMaxDelay;
        b.maxRetryAfter = maxRetryAfter;
        b.okHttpClient = okHttpClient;
        b.appInfo = appInfo;
        b.defaultHeaders.putAll(defaultHeaders);
        b.clock = clock;
        b.sleeper = sleeper;
        b.random = random;
        b.idempotencyKeyGenerator = idempotencyKeyGenerator;
        b.requestListeners.addAll(requestListeners);
        b.logPersonalData = logPersonalData;
    }

    /**
     * Returns the environment (hosts).
     *
     * @return the environment
     */
    public Environment environment() {
        return environment;
    }

    /**
     * Returns the token provider as given to the builder. A built-in refreshing provider fetches
     * tokens only through a client built with it; each client binds it when it is built.
     *
     * @return the token provider
     */
    public TokenProvider tokenProvider() {
        return tokenProvider;
    }

    /**
     * Returns the connect timeout of each attempt.
     *
     * @return the connect timeout
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * Returns the read timeout of each attempt.
     *
     * @return the read timeout
     */
    public Duration readTimeout() {
        return readTimeout;
    }

    /**
     * Returns the write timeout of each attempt.
     *
     * @return the write timeout
     */
    public Duration writeTimeout() {
        return writeTimeout;
    }

    /**
     * Returns the overall deadline of a call, retries and their waits included.
     *
     * @return the call timeout
     */
    public Duration callTimeout() {
        return callTimeout;
    }

    /**
     * Returns the maximum number of retries after the first attempt.
     *
     * @return the max retries
     */
    public int maxRetries() {
        return maxRetries;
    }

    /**
     * Returns the base of the exponential backoff.
     *
     * @return the retry base delay
     */
    public Duration retryBaseDelay() {
        return retryBaseDelay;
    }

    /**
     * Returns the cap of the exponential backoff.
     *
     * @return the retry max delay
     */
    public Duration retryMaxDelay() {
        return retryMaxDelay;
    }

    /**
     * Returns the longest {@code Retry-After} the SDK waits.
     *
     * @return the max retry after
     */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /**
     * Returns your OkHttp client, if the options name one; the SDK uses its pool and dispatcher and
     * never closes them.
     *
     * @return your client, or empty when each client owns a pool of its own
     */
    public Optional<OkHttpClient> okHttpClient() {
        return Optional.ofNullable(okHttpClient);
    }

    /**
     * Returns the application info appended to the User-Agent, if set.
     *
     * @return the app info
     */
    public Optional<String> appInfo() {
        return Optional.ofNullable(appInfo);
    }

    /**
     * Returns the headers sent with every call.
     *
     * @return the default headers
     */
    public Map<String, String> defaultHeaders() {
        return defaultHeaders;
    }

    /**
     * Returns the clock used for token expiry, deadlines and waiters.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Returns the sleeper used between retries and polls.
     *
     * @return the sleeper
     */
    public Sleeper sleeper() {
        return sleeper;
    }

    /**
     * Returns the randomness used for backoff jitter.
     *
     * @return the random
     */
    public RandomGenerator random() {
        return random;
    }

    /**
     * Returns the generator of idempotency keys for calls that need one and were given none.
     *
     * @return the idempotency key generator
     */
    public Supplier<String> idempotencyKeyGenerator() {
        return idempotencyKeyGenerator;
    }

    /**
     * Returns the request listeners, in registration order.
     *
     * @return the request listeners
     */
    public List<RequestListener> requestListeners() {
        return requestListeners;
    }

    /**
     * Returns whether TRACE logs show personal data (card holder names, phone numbers, addresses) in
     * bodies; false by default, when it is masked. Secrets are redacted either way.
     *
     * @return the log personal data
     */
    public boolean logPersonalData() {
        return logPersonalData;
    }

    @Override
    public String toString() {
        return "ClientOptions{environment=" + environment + ", tokenProvider=" + tokenProvider
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", writeTimeout="
                + writeTimeout + ", callTimeout=" + callTimeout + ", maxRetries=" + maxRetries
                + ", okHttpClient=" + (okHttpClient != null ? "custom" : "own") + ", appInfo=" + appInfo
                + ", defaultHeaders=" + defaultHeaders.keySet() + (logPersonalData ? ", logPersonalData=true" : "")
                + "}";
    }

    /** The builder returned by {@link ClientOptions#builder()}. Not thread-safe. */
    public static final class OptionsBuilder extends ClientOptionsBuilder<OptionsBuilder> {
        private OptionsBuilder() {}

        /**
         * Builds the options.
         *
         * @return the options
         * @throws IllegalStateException naming each missing required setting
         */
        public ClientOptions build() {
            return buildOptions();
        }
    }
}
