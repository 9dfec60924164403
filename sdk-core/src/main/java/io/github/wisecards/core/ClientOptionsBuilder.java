package io.github.wisecards.core;

import io.github.wisecards.core.errors.ValidationException;
import io.github.wisecards.core.internal.HeaderRules;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import okhttp3.OkHttpClient;

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
public abstract class ClientOptionsBuilder<B extends ClientOptionsBuilder<B>> {
    // package-private: read by ClientOptions' constructor
    Environment environment = Environment.SANDBOX;
    TokenProvider tokenProvider;
    Duration connectTimeout = Duration.ofSeconds(10);
    Duration readTimeout = Duration.ofSeconds(30);
    Duration writeTimeout = Duration.ofSeconds(30);
    Duration callTimeout = Duration.ofSeconds(60);
    int maxRetries = 2;
    Duration retryBaseDelay = Duration.ofMillis(500);
    Duration retryMaxDelay = Duration.ofSeconds(8);
    Duration maxRetryAfter = Duration.ofSeconds(60);
    OkHttpClient okHttpClient;
    String appInfo;
    final Map<String, String> defaultHeaders = new LinkedHashMap<>();
    Clock clock = Clock.systemUTC();
    Sleeper sleeper = Sleeper.system();
    RandomGenerator random = new SecureRandom();
    Supplier<String> idempotencyKeyGenerator = () -> UUID.randomUUID().toString();
    final List<RequestListener> requestListeners = new ArrayList<>();
    boolean logPersonalData;

    /** Creates a builder with the defaults. */
    protected ClientOptionsBuilder() {}

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * Sets the environment; defaults to {@link Environment#SANDBOX}.
     *
     * @param environment the environment (hosts)
     * @return this builder
     */
    public B environment(Environment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
        return self();
    }

    /**
     * Sets the API base URL, keeping the environment's card-data host.
     *
     * @param apiBaseUrl the base URL of the API host
     * @return this builder
     */
    public B apiBaseUrl(String apiBaseUrl) {
        this.environment = environment.withApiBaseUrl(apiBaseUrl);
        return self();
    }

    /**
     * Sets the card-data base URL (PIN preset host), keeping the environment's API host.
     *
     * @param cardDataBaseUrl the base URL of the card-data host
     * @return this builder
     */
    public B cardDataBaseUrl(String cardDataBaseUrl) {
        this.environment = environment.withCardDataBaseUrl(cardDataBaseUrl);
        return self();
    }

    /**
     * Sets the token provider; required.
     *
     * @param tokenProvider the provider of bearer tokens
     * @return this builder
     */
    public B tokenProvider(TokenProvider tokenProvider) {
        this.tokenProvider = Objects.requireNonNull(tokenProvider, "tokenProvider");
        return self();
    }

    /**
     * Shorthand for {@code tokenProvider(TokenProvider.staticToken(accessToken))}.
     *
     * @param accessToken a user access token you manage yourself
     * @return this builder
     */
    public B accessToken(String accessToken) {
        return tokenProvider(TokenProvider.staticToken(accessToken));
    }

    /**
     * Sets the connect timeout of each attempt; default 10 s.
     *
     * @param timeout the timeout; positive
     * @return this builder
     */
    public B connectTimeout(Duration timeout) {
        this.connectTimeout = positive(timeout, "connectTimeout");
        return self();
    }

    /**
     * Sets the read timeout of each attempt; default 30 s.
     *
     * @param timeout the timeout; positive
     * @return this builder
     */
    public B readTimeout(Duration timeout) {
        this.readTimeout = positive(timeout, "readTimeout");
        return self();
    }

    /**
     * Sets the write timeout of each attempt; default 30 s.
     *
     * @param timeout the timeout; positive
     * @return this builder
     */
    public B writeTimeout(Duration timeout) {
        this.writeTimeout = positive(timeout, "writeTimeout");
        return self();
    }

    /**
     * Sets the overall deadline of a call, retries and waits included; default 60 s.
     *
     * @param timeout the timeout; positive
     * @return this builder
     */
    public B callTimeout(Duration timeout) {
        this.callTimeout = positive(timeout, "callTimeout");
        return self();
    }

    /**
     * Sets the maximum number of retries after the first attempt; default 2.
     *
     * @param maxRetries retries after the first attempt; 0 or more
     * @return this builder
     */
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
     *
     * @param base the base of the backoff; positive
     * @param max the cap of the backoff; positive, at least {@code base}
     * @return this builder
     */
    public B retryBackoff(Duration base, Duration max) {
        this.retryBaseDelay = positive(base, "retryBaseDelay");
        this.retryMaxDelay = positive(max, "retryMaxDelay");
        return self();
    }

    /**
     * Sets the longest {@code Retry-After} honoured; longer values are cut to it; default 60 s.
     *
     * @param maxRetryAfter the longest wait honoured; positive
     * @return this builder
     */
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
     * @param name your application's name
     * @param version your application's version
     * @return this builder
     * @throws IllegalArgumentException if name or version contain spaces or control characters
     */
    public B appInfo(String name, String version) {
        this.appInfo = token(name, "appInfo.name") + "/" + token(version, "appInfo.version");
        return self();
    }

    /**
     * Adds a header sent with every call.
     *
     * @param name the header name
     * @param value the header value
     * @return this builder
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

    /**
     * Sets the clock used for token expiry, deadlines and waiters; default UTC system clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /**
     * Sets how the SDK waits between retries and polls; tests inject one that never sleeps.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public B sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        return self();
    }

    /**
     * Sets the randomness used for backoff jitter.
     *
     * @param random the randomness
     * @return this builder
     */
    public B random(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
        return self();
    }

    /**
     * Sets how idempotency keys are generated when a call needs one; default random UUIDs.
     *
     * @param generator the generator of idempotency keys (UUIDs)
     * @return this builder
     */
    public B idempotencyKeyGenerator(Supplier<String> generator) {
        this.idempotencyKeyGenerator = Objects.requireNonNull(generator, "generator");
        return self();
    }

    /**
     * Adds a listener told about every HTTP attempt.
     *
     * @param listener the listener
     * @return this builder
     */
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
     *
     * @param logPersonalData whether TRACE bodies show personal data
     * @return this builder
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

    /**
     * Applies the environment variables documented on {@link ClientOptions#fromEnv()}.
     *
     * @param env the variables, by name
     * @return this builder
     */
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
        o.copyTo(this);
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
