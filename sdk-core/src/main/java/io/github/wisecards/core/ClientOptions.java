package io.github.wisecards.core;

import io.github.wisecards.core.errors.ValidationException;
import io.github.wisecards.core.internal.HeaderRules;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
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
 *       OkHttp client ({@link Builder#okHttpClient}): then all of them use its pool,
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

    private ClientOptions(Builder<?> b) {
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

    /** Returns the environment (hosts). */
    public Environment environment() {
        return environment;
    }

    /**
     * Returns the token provider as given to the builder. A built-in refreshing provider fetches
     * tokens only through a client built with it; each client binds it when it is built.
     */
    public TokenProvider tokenProvider() {
        return tokenProvider;
    }

    /** Returns the connect timeout of each attempt. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** Returns the read timeout of each attempt. */
    public Duration readTimeout() {
        return readTimeout;
    }

    /** Returns the write timeout of each attempt. */
    public Duration writeTimeout() {
        return writeTimeout;
    }

    /** Returns the overall deadline of a call, retries and their waits included. */
    public Duration callTimeout() {
        return callTimeout;
    }

    /** Returns the maximum number of retries after the first attempt. */
    public int maxRetries() {
        return maxRetries;
    }

    /** Returns the base of the exponential backoff. */
    public Duration retryBaseDelay() {
        return retryBaseDelay;
    }

    /** Returns the cap of the exponential backoff. */
    public Duration retryMaxDelay() {
        return retryMaxDelay;
    }

    /** Returns the longest {@code Retry-After} the SDK waits. */
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

    /** Returns the application info appended to the User-Agent, if set. */
    public Optional<String> appInfo() {
        return Optional.ofNullable(appInfo);
    }

    /** Returns the headers sent with every call. */
    public Map<String, String> defaultHeaders() {
        return defaultHeaders;
    }

    /** Returns the clock used for token expiry, deadlines and waiters. */
    public Clock clock() {
        return clock;
    }

    /** Returns the sleeper used between retries and polls. */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** Returns the randomness used for backoff jitter. */
    public RandomGenerator random() {
        return random;
    }

    /** Returns the generator of idempotency keys for calls that need one and were given none. */
    public Supplier<String> idempotencyKeyGenerator() {
        return idempotencyKeyGenerator;
    }

    /** Returns the request listeners, in registration order. */
    public List<RequestListener> requestListeners() {
        return requestListeners;
    }

    /**
     * Returns whether TRACE logs show personal data (card holder names, phone numbers, addresses) in
     * bodies; false by default, when it is masked. Secrets are redacted either way.
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

    /**
     * The settings of {@link ClientOptions} and their defaults. {@link ClientOptions#builder()}
     * returns one, and the SDK's client builders ({@code CardsClient.builder()}, {@code
     * KioskClient.builder()}) extend it, so every client is configured with the same setters.
     *
     * <p>A builder only records values: it creates, starts and binds nothing. The client built from
     * the options owns the HTTP resources and binds the token provider. Not thread-safe.
     *
     * @param <B> the concrete builder type
     */
    public abstract static class Builder<B extends Builder<B>> {
        private Environment environment = Environment.SANDBOX;
        private TokenProvider tokenProvider;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration writeTimeout = Duration.ofSeconds(30);
        private Duration callTimeout = Duration.ofSeconds(60);
        private int maxRetries = 2;
        private Duration retryBaseDelay = Duration.ofMillis(500);
        private Duration retryMaxDelay = Duration.ofSeconds(8);
        private Duration maxRetryAfter = Duration.ofSeconds(60);
        private OkHttpClient okHttpClient;
        private String appInfo;
        private final Map<String, String> defaultHeaders = new LinkedHashMap<>();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private RandomGenerator random = new SecureRandom();
        private Supplier<String> idempotencyKeyGenerator =
                () -> UUID.randomUUID().toString();
        private final List<RequestListener> requestListeners = new ArrayList<>();
        private boolean logPersonalData;

        /** Creates a builder with the defaults. */
        protected Builder() {}

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }

        /** Sets the environment; defaults to {@link Environment#SANDBOX}. */
        public B environment(Environment environment) {
            this.environment = Objects.requireNonNull(environment, "environment");
            return self();
        }

        /** Sets the API base URL, keeping the environment's card-data host. */
        public B apiBaseUrl(String apiBaseUrl) {
            this.environment = environment.withApiBaseUrl(apiBaseUrl);
            return self();
        }

        /** Sets the card-data base URL (PIN preset host), keeping the environment's API host. */
        public B cardDataBaseUrl(String cardDataBaseUrl) {
            this.environment = environment.withCardDataBaseUrl(cardDataBaseUrl);
            return self();
        }

        /** Sets the token provider; required. */
        public B tokenProvider(TokenProvider tokenProvider) {
            this.tokenProvider = Objects.requireNonNull(tokenProvider, "tokenProvider");
            return self();
        }

        /** Shorthand for {@code tokenProvider(TokenProvider.staticToken(accessToken))}. */
        public B accessToken(String accessToken) {
            return tokenProvider(TokenProvider.staticToken(accessToken));
        }

        /** Sets the connect timeout of each attempt; default 10 s. */
        public B connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return self();
        }

        /** Sets the read timeout of each attempt; default 30 s. */
        public B readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout, "readTimeout");
            return self();
        }

        /** Sets the write timeout of each attempt; default 30 s. */
        public B writeTimeout(Duration timeout) {
            this.writeTimeout = positive(timeout, "writeTimeout");
            return self();
        }

        /** Sets the overall deadline of a call, retries and waits included; default 60 s. */
        public B callTimeout(Duration timeout) {
            this.callTimeout = positive(timeout, "callTimeout");
            return self();
        }

        /** Sets the maximum number of retries after the first attempt; default 2. */
        public B maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries: must be >= 0 but was " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return self();
        }

        /**
         * Sets the exponential backoff: attempt n waits a random time between 0 and {@code min(max,
         * base * 2^(n-1))} (full jitter); defaults 0.5 s and 8 s.
         */
        public B retryBackoff(Duration base, Duration max) {
            this.retryBaseDelay = positive(base, "retryBaseDelay");
            this.retryMaxDelay = positive(max, "retryMaxDelay");
            return self();
        }

        /** Sets the longest {@code Retry-After} honoured; longer values are cut to it; default 60 s. */
        public B maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = positive(maxRetryAfter, "maxRetryAfter");
            return self();
        }

        /**
         * Uses your OkHttp client (its connection pool, dispatcher, interceptors, proxy, TLS). Each
         * client built with these options derives its own settings with {@link
         * OkHttpClient#newBuilder()}, so every such client, of any SDK module, shares your pool and
         * dispatcher. The SDK never closes them: shut your client down when your application stops.
         *
         * <p>This is the way to share one connection pool between clients built separately (for
         * example a {@code CardsClient} and a {@code KioskClient}); a client derived with {@code
         * withOptions(..)} shares its parent's pool without it.
         *
         * @param okHttpClient your client
         * @return this builder
         */
        public B okHttpClient(OkHttpClient okHttpClient) {
            this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
            return self();
        }

        /**
         * Appends your application to the User-Agent, for example {@code acme-cards/2.3.1}.
         *
         * @throws IllegalArgumentException if name or version contain spaces or control characters
         */
        public B appInfo(String name, String version) {
            this.appInfo = token(name, "appInfo.name") + "/" + token(version, "appInfo.version");
            return self();
        }

        /**
         * Adds a header sent with every call.
         *
         * @throws ValidationException for headers the SDK or HTTP manages ({@code Authorization},
         *     {@code Host}, {@code Content-Length}, {@code Transfer-Encoding}, {@code Connection},
         *     ...: see the README), for a name that is not a valid header name, and for a value
         *     with CR, LF, other control characters or non-ASCII characters; the message never
         *     repeats the value
         */
        public B putDefaultHeader(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            HeaderRules.checkHeader("client options", name, value);
            this.defaultHeaders.put(name, value);
            return self();
        }

        /** Sets the clock used for token expiry, deadlines and waiters; default UTC system clock. */
        public B clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return self();
        }

        /** Sets how the SDK waits between retries and polls; tests inject one that never sleeps. */
        public B sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return self();
        }

        /** Sets the randomness used for backoff jitter. */
        public B random(RandomGenerator random) {
            this.random = Objects.requireNonNull(random, "random");
            return self();
        }

        /** Sets how idempotency keys are generated when a call needs one; default random UUIDs. */
        public B idempotencyKeyGenerator(Supplier<String> generator) {
            this.idempotencyKeyGenerator = Objects.requireNonNull(generator, "generator");
            return self();
        }

        /** Adds a listener told about every HTTP attempt. */
        public B addRequestListener(RequestListener listener) {
            this.requestListeners.add(Objects.requireNonNull(listener, "listener"));
            return self();
        }

        /**
         * Shows personal data (card holder names, phone numbers, e-mail and postal addresses) in the
         * bodies logged at TRACE; for development only. By default these values are logged as
         * {@code [MASKED]}, keeping the JSON structure and field names. Tokens, credentials, the PIN
         * and card tokens stay redacted either way.
         *
         * <p>{@code build()} throws {@link IllegalStateException} when this is on with a production
         * environment.
         */
        public B logPersonalData(boolean logPersonalData) {
            this.logPersonalData = logPersonalData;
            return self();
        }

        /**
         * Builds the options; for the builders that extend this one.
         *
         * @return the options
         * @throws IllegalStateException naming each missing required setting, or an inconsistent one
         */
        protected ClientOptions buildOptions() {
            return new ClientOptions(this);
        }

        /** Applies the environment variables documented on {@link ClientOptions#fromEnv()}. */
        public B applyEnv(Map<String, String> env) {
            String token = env.get("WISE_ACCESS_TOKEN");
            if (token == null || token.isBlank()) {
                throw new IllegalStateException("WISE_ACCESS_TOKEN is not set");
            }
            accessToken(token.trim());
            String envName = env.get("WISE_ENV");
            if (envName != null && !envName.isBlank()) {
                environment(Environment.named(envName));
            }
            String api = env.get("WISE_API_BASE_URL");
            if (api != null && !api.isBlank()) {
                apiBaseUrl(api);
            }
            String cardData = env.get("WISE_CARD_DATA_BASE_URL");
            if (cardData != null && !cardData.isBlank()) {
                cardDataBaseUrl(cardData);
            }
            return self();
        }

        /**
         * Copies every setting of {@code o}, replacing what this builder holds (headers and listeners
         * are added to the ones set so far). Copies values only: a client built from the result has
         * HTTP resources of its own, unless {@code o} names your OkHttp client.
         *
         * @param o the options to copy
         * @return this builder
         */
        public B from(ClientOptions o) {
            environment = o.environment();
            tokenProvider = o.tokenProvider();
            connectTimeout = o.connectTimeout();
            readTimeout = o.readTimeout();
            writeTimeout = o.writeTimeout();
            callTimeout = o.callTimeout();
            maxRetries = o.maxRetries();
            retryBaseDelay = o.retryBaseDelay();
            retryMaxDelay = o.retryMaxDelay();
            maxRetryAfter = o.maxRetryAfter();
            okHttpClient = o.okHttpClient().orElse(null);
            appInfo = o.appInfo().orElse(null);
            defaultHeaders.putAll(o.defaultHeaders());
            clock = o.clock();
            sleeper = o.sleeper();
            random = o.random();
            idempotencyKeyGenerator = o.idempotencyKeyGenerator();
            requestListeners.addAll(o.requestListeners());
            logPersonalData = o.logPersonalData();
            return self();
        }

        private static Duration positive(Duration d, String field) {
            Objects.requireNonNull(d, field);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(field + ": must be positive but was " + d);
            }
            return d;
        }

        private static String token(String s, String field) {
            Objects.requireNonNull(s, field);
            if (s.isEmpty() || !s.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '/')) {
                throw new IllegalArgumentException(field + ": must be non-empty printable ASCII without spaces or '/'");
            }
            return s;
        }
    }

    /** The builder returned by {@link ClientOptions#builder()}. Not thread-safe. */
    public static final class OptionsBuilder extends Builder<OptionsBuilder> {
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
