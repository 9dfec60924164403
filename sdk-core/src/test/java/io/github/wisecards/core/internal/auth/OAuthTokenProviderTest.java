package io.github.wisecards.core.internal.auth;

import static io.github.wisecards.core.testkit.MockServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.Environment;
import io.github.wisecards.core.FakeClock;
import io.github.wisecards.core.RecordingSleeper;
import io.github.wisecards.core.RequestAttempt;
import io.github.wisecards.core.TokenProvider;
import io.github.wisecards.core.errors.ApiError;
import io.github.wisecards.core.errors.AuthenticationException;
import io.github.wisecards.core.internal.Endpoint;
import io.github.wisecards.core.internal.ResponseDecoder;
import io.github.wisecards.core.internal.Transport;
import io.github.wisecards.core.testkit.MockServers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OAuthTokenProviderTest {
    private static final String CLIENT_ID = "client-id-1";
    private static final String CLIENT_SECRET = "client-secret-s3cr3t";
    private static final String REFRESH_TOKEN = "refresh-token-r3fr3sh";
    private static final Endpoint<String> PING = Endpoint.builder("GET", "/v1/ping", ResponseDecoder.json(String.class))
            .build();

    @StartStop
    final MockWebServer server = MockServers.newServer();

    private final FakeClock clock = new FakeClock();
    private final BlockingQueue<RecordedRequest> tokenRequests = new LinkedBlockingQueue<>();
    private final AtomicInteger tokenNumber = new AtomicInteger();
    private final AtomicInteger apiCalls = new AtomicInteger();
    /** Access tokens the API accepts; others get 401. */
    private final Map<String, Boolean> accepted = new ConcurrentHashMap<>();

    private volatile CountDownLatch tokenRequested = new CountDownLatch(0);
    private volatile CountDownLatch releaseToken = new CountDownLatch(0);
    private volatile MockResponse tokenFailure;
    /** Answers of the token endpoint served before any other, in order. */
    private final Queue<MockResponse> tokenAnswers = new ConcurrentLinkedQueue<>();

    private final List<Transport> transports = new ArrayList<>();

    {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                if (request.getTarget().equals("/oauth/token")) {
                    tokenRequests.add(request);
                    tokenRequested.countDown();
                    releaseToken.await(10, TimeUnit.SECONDS);
                    MockResponse queued = tokenAnswers.poll();
                    if (queued != null) {
                        return queued;
                    }
                    if (tokenFailure != null) {
                        return tokenFailure;
                    }
                    int n = tokenNumber.incrementAndGet();
                    return json(
                            200,
                            "{\"access_token\":\"access-" + n + "\",\"token_type\":\"bearer\","
                                    + "\"refresh_token\":\"rotated-refresh-" + n + "\",\"expires_in\":3600,"
                                    + "\"scope\":\"transfers\"}");
                }
                apiCalls.incrementAndGet();
                String auth = request.getHeaders().get("Authorization");
                String token = auth == null ? "" : auth.substring("Bearer ".length());
                if (accepted.getOrDefault(token, true)) {
                    return json(200, "\"pong " + token + "\"");
                }
                return json(401, "{\"error\":\"invalid_token\",\"error_description\":\"expired\"}");
            }
        });
    }

    private ClientOptions options(TokenProvider provider) {
        String url = server.url("/").toString();
        return ClientOptions.builder()
                .environment(Environment.custom(url, url))
                .tokenProvider(provider)
                .clock(clock)
                .sleeper(new RecordingSleeper(clock))
                .build();
    }

    /** Returns the provider of options as a client built from them uses it: bound to its stack. */
    private TokenProvider bound(ClientOptions options) {
        Transport transport = Transport.create(options);
        transports.add(transport);
        return transport.tokenProvider();
    }

    @AfterEach
    void closeTransports() {
        transports.forEach(Transport::close);
    }

    private static String basic() {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refreshSendsFormEncodedRefreshGrantWithBasicAuth() throws Exception {
        ClientOptions options = options(TokenProvider.refreshing(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN));

        assertThat(bound(options).accessToken()).isEqualTo("access-1");

        RecordedRequest r = tokenRequests.take();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getTarget()).isEqualTo("/oauth/token");
        assertThat(r.getHeaders().get("Authorization")).isEqualTo(basic());
        assertThat(r.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(r.getBody().utf8()).isEqualTo("grant_type=refresh_token&refresh_token=" + REFRESH_TOKEN);
    }

    @Test
    void clientCredentialsGrantSendsNoRefreshToken() throws Exception {
        ClientOptions options = options(TokenProvider.clientCredentials(CLIENT_ID, CLIENT_SECRET));

        assertThat(bound(options).accessToken()).isEqualTo("access-1");

        RecordedRequest r = tokenRequests.take();
        assertThat(r.getHeaders().get("Authorization")).isEqualTo(basic());
        assertThat(r.getBody().utf8()).isEqualTo("grant_type=client_credentials");
    }

    @Test
    void tokenIsReusedWhileFreshAndRefreshedWithinFiveMinutesOfExpiry() throws Exception {
        ClientOptions options = options(TokenProvider.refreshing(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN));
        TokenProvider provider = bound(options);

        assertThat(provider.accessToken()).isEqualTo("access-1");
        clock.advance(Duration.ofMinutes(54)); // 6 minutes left
        assertThat(provider.accessToken()).isEqualTo("access-1");
        assertThat(tokenRequests).hasSize(1);

        clock.advance(Duration.ofMinutes(2)); // 4 minutes left
        assertThat(provider.accessToken()).isEqualTo("access-2");
        assertThat(tokenRequests).hasSize(2);
        tokenRequests.take();
        // the refresh token Wise rotated is used for the next refresh
        assertThat(tokenRequests.take().getBody().utf8()).endsWith("refresh_token=rotated-refresh-1");
        assertThat(((OAuthTokenProvider) options.tokenProvider()).refreshCount())
                .isEqualTo(2);
    }

    @Test
    void optionsKeepTheProviderUnboundAndTheClientBindsItWhenBuilt() throws Exception {
        TokenProvider given = TokenProvider.refreshing(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN);
        ClientOptions options = options(given);

        assertThat(options.tokenProvider()).isSameAs(given);
        assertThat(options.toBuilder().build().tokenProvider()).isSameAs(given);
        assertThat(tokenRequests).isEmpty();

        try (Transport transport = Transport.create(options)) {
            assertThat(transport.tokenProvider()).isNotSameAs(given);
            assertThat(transport.execute(PING.request().build()).data()).isEqualTo("pong access-1");
        }
        assertThat(tokenRequests.take().getTarget()).isEqualTo("/oauth/token");
    }

    @Test
    void clientsOfOneOptionsRefreshOncePerExpiry() {
        ClientOptions options = options(TokenProvider.refreshing(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN));

        try (Transport first = Transport.create(options);
                Transport second =
                        first.derive(options.toBuilder().maxRetries(0).build());
                Transport third = Transport.create(options)) {
            for (Transport t : List.of(first, second, third)) {
                assertThat(t.execute(PING.request().build()).data()).isEqualTo("pong access-1");
            }
            assertThat(tokenRequests).hasSize(1);

            clock.advance(Duration.ofMinutes(56)); // within five minutes of expiry
            for (Transport t : List.of(third, second, first)) {
                assertThat(t.execute(PING.request().build()).data()).isEqualTo("pong access-2");
            }
        }
        assertThat(tokenRequests).hasSize(2);
    }

    @Test
    void clientsOfSeparateOptionsSharingOneProviderRefreshOncePerExpiry() throws Exception {
        TokenProvider shared = TokenProvider.refreshing(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN);

        try (Transport cards = Transport.create(options(shared));
                Transport kiosk = Transport.create(options(shared))) {
            assertThat(cards.execute(PING.request().build()).data()).isEqualTo("pong access-1");
            assertThat(kiosk.execute(PING.request().build()).data()).isEqualTo("pong access-1");

            clock.advance(Duration.ofMinutes(56));
            assertThat(kiosk.execute(PING.request().build()).data()).isEqualTo("pong access-2");
            assertThat(cards.execute(PING.request().build()).data()).isEqualTo("pong access-2");
        }
        assertThat(tokenRequests).hasSize(2);
        tokenRequests.take();
        // one rotated refresh token, seen by both clients
        assertThat(tokenRequests.take().getBody().utf8()).endsWith("refresh_token=rotated-refresh-1");
    }

    @Test
    void sixteenConcurrentCallersCauseExactlyOneRefresh() throws Exception {
        ClientOptions options = options(TokenProvider.refreshing(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN));
        tokenRequested = new CountDownLatch(1);
        releaseToken = new CountDownLatch(1);
        int callers = 16;
        CyclicBarrier start = new CyclicBarrier(callers);
        List<Thread> threads = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(callers, r -> {
            Thread t = new Thread(r);
            threads.add(t);
            return t;
        });
        try (Transport transport = Transport.create(options)) {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return transport.execute(PING.request().build()).data();
                }));
            }
            assertThat(tokenRequested.await(10, TimeUnit.SECONDS)).isTrue();
            // every other caller is now waiting for the refresh in flight
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (threads.stream()
                                    .filter(t -> t.getState() == Thread.State.BLOCKED)
                                    .count()
                            < callers - 1
                    && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            releaseToken.countDown();
            for (Future<String> f : results) {
                assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo("pong access-1");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(tokenRequests).hasSize(1);
        assertThat(((OAuthTokenProvider) options.tokenProvider()).refreshCount())
                .isEqualTo(1);
        assertThat(apiCalls.get()).isEqualTo(callers);
    }

    @Test
    void unauthorizedForcesOneRefreshAndOneRetry() {
        ClientOptions options = options(TokenProvider.refreshing(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN));
        accepted.put("access-1", false);
        RecordingSleeper sleeper = (RecordingSleeper) options.sleeper();

        try (Transport transport = Transport.create(options)) {
            assertThat(transport.execute(PING.request().build()).data()).isEqualTo("pong access-2");
        }
        assertThat(tokenRequests).hasSize(2);
        assertThat(apiCalls.get()).isEqualTo(2);
        assertThat(sleeper.sleeps()).isEmpty();
    }

    @Test
    void secondUnauthorizedIsThrownAfterExactlyOneRetry() {
        ClientOptions options = options(TokenProvider.refreshing(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN));
        accepted.put("access-1", false);
        accepted.put("access-2", false);

        try (Transport transport = Transport.create(options)) {
            AuthenticationException e = catchThrowableOfType(
                    AuthenticationException.class,
                    () -> transport.execute(PING.request().build()));
            assertThat(e.statusCode()).isEqualTo(401);
        }
        assertThat(tokenRequests).hasSize(2);
        assertThat(apiCalls.get()).isEqualTo(2);
    }

    @Test
    void staticTokenIsNotRetriedAfterUnauthorized() {
        List<RequestAttempt> attempts = new CopyOnWriteArrayList<>();
        // the server takes the token again after its first 401: a retry would hide the 401
        ClientOptions options = options(TokenProvider.staticToken("static-token-1")).toBuilder()
                .addRequestListener(a -> {
                    attempts.add(a);
                    accepted.put("static-token-1", true);
                })
                .build();
        accepted.put("static-token-1", false);

        try (Transport transport = Transport.create(options)) {
            assertThatThrownBy(() -> transport.execute(PING.request().build()))
                    .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(401);
                        assertThat(e.path()).isEqualTo("/v1/ping");
                    });
        }
        assertThat(attempts).singleElement().satisfies(a -> {
            assertThat(a.statusCode()).hasValue(401);
            assertThat(a.willRetry()).isFalse();
        });
        assertThat(apiCalls.get()).isEqualTo(1);
        assertThat(tokenRequests).isEmpty();
    }

    @Test
    void oauthErrorBecomesAuthenticationExceptionWithTheCode() {
        tokenFailure = json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid refresh token\"}");
        ClientOptions options = options(TokenProvider.refreshing(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN));

        try (Transport transport = Transport.create(options)) {
            AuthenticationException e = catchThrowableOfType(
                    AuthenticationException.class,
                    () -> transport.execute(PING.request().build()));
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.path()).isEqualTo("/oauth/token");
            assertThat(e.errors()).containsExactly(ApiError.of("invalid_grant", "Invalid refresh token", null, null));
            assertThat(e.getMessage())
                    .contains("invalid_grant")
                    .doesNotContain(REFRESH_TOKEN)
                    .doesNotContain(CLIENT_SECRET);
        }
        assertThat(tokenRequests).hasSize(1);
        assertThat(apiCalls.get()).isZero();
    }

    @Test
    void providersAndOptionsNeverRevealSecretsInToString() {
        TokenProvider refreshing = TokenProvider.refreshing(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN);
        TokenProvider credentials = TokenProvider.clientCredentials(CLIENT_ID, CLIENT_SECRET);
        TokenProvider fixed = TokenProvider.staticToken("static-access-token-xyz");
        ClientOptions options = options(refreshing);
        TokenProvider bound = bound(options);
        bound.accessToken();

        for (Object o : List.of(refreshing, credentials, fixed, options, bound, options(fixed), options(credentials))) {
            assertThat(o.toString())
                    .doesNotContain(CLIENT_SECRET)
                    .doesNotContain(REFRESH_TOKEN)
                    .doesNotContain("rotated-refresh-1")
                    .doesNotContain("access-1")
                    .doesNotContain("static-access-token-xyz");
        }
    }

    private static MockResponse tokenAnswer(String expiry) {
        return json(200, "{\"access_token\":\"timed-access\",\"token_type\":\"bearer\"" + expiry + "}");
    }

    @Test
    void refreshTimingFollowsExpiresAtWhenThereIsNoExpiresIn() {
        tokenAnswers.add(tokenAnswer(",\"expires_at\":\"" + clock.instant().plus(Duration.ofMinutes(30)) + "\""));
        TokenProvider provider = bound(options(TokenProvider.refreshing(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN)));

        assertThat(provider.accessToken()).isEqualTo("timed-access");
        clock.advance(Duration.ofMinutes(24)); // 6 minutes left: still fresh
        assertThat(provider.accessToken()).isEqualTo("timed-access");
        assertThat(tokenRequests).hasSize(1);

        clock.advance(Duration.ofMinutes(2)); // 4 minutes left: within the 5 minutes ahead
        assertThat(provider.accessToken()).isEqualTo("access-1");
        assertThat(tokenRequests).hasSize(2);
    }

    @Test
    void expiresInOfZeroIsRefusedWithoutQuotingTheToken() {
        tokenAnswers.add(tokenAnswer(",\"expires_in\":0"));
        TokenProvider provider = bound(options(TokenProvider.refreshing(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN)));

        assertThatThrownBy(provider::accessToken)
                .isInstanceOfSatisfying(
                        AuthenticationException.class,
                        e -> assertThat(e.getMessage()).contains("expires_in").doesNotContain("timed-access"));
    }

    @Test
    void expiresInOfOneSecondIsAcceptedAndRefreshedOnTheNextCall() {
        tokenAnswers.add(tokenAnswer(",\"expires_in\":1"));
        TokenProvider provider = bound(options(TokenProvider.refreshing(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN)));

        assertThat(provider.accessToken()).isEqualTo("timed-access");
        assertThat(provider.accessToken()).isEqualTo("access-1");
    }

    @Test
    void expiresAtThatIsNotInTheFutureIsRefused() {
        tokenAnswers.add(tokenAnswer(",\"expires_at\":\"" + clock.instant() + "\""));
        TokenProvider provider = bound(options(TokenProvider.refreshing(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN)));

        assertThatThrownBy(provider::accessToken)
                .isInstanceOfSatisfying(
                        AuthenticationException.class,
                        e -> assertThat(e.getMessage()).contains("expires_at"));
    }

    @Test
    void aTokenWithoutExpiryIsUsedForTwelveHours() {
        tokenAnswers.add(tokenAnswer(""));
        TokenProvider provider = bound(options(TokenProvider.refreshing(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN)));

        assertThat(provider.accessToken()).isEqualTo("timed-access");
        clock.advance(Duration.ofHours(11).plusMinutes(54));
        assertThat(provider.accessToken()).isEqualTo("timed-access");
        clock.advance(Duration.ofMinutes(2));
        assertThat(provider.accessToken()).isEqualTo("access-1");
    }

    @Test
    void theTokenEndpointPostIsRetriedAfterAServerError() {
        tokenAnswers.add(json(503, "{}"));
        TokenProvider provider = bound(options(TokenProvider.refreshing(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN)));

        // POST without an idempotency key, yet retried: a token request has no side effect
        assertThat(provider.accessToken()).isEqualTo("access-1");
        assertThat(tokenRequests).hasSize(2);
    }

    @Test
    void staticTokenWithAnEmbeddedSpaceOrControlCharacterIsRefused() {
        for (String bad : List.of("abc def", "abc\u007fdef", "abc\u0001def", "abc\u00e9def")) {
            assertThatThrownBy(() -> TokenProvider.staticToken(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("accessToken")
                    .hasMessageNotContaining("abc");
        }
        // the edges of visible ASCII are accepted; surrounding whitespace is trimmed
        assertThat(TokenProvider.staticToken("!~").accessToken()).isEqualTo("!~");
        assertThat(TokenProvider.staticToken(" tok ").accessToken()).isEqualTo("tok");
    }

    @Test
    void providersDescribeTheirKindAndRedactedFieldsInToString() {
        assertThat(TokenProvider.refreshing(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN)
                        .toString())
                .isEqualTo("TokenProvider.refreshing(clientId=" + CLIENT_ID
                        + ", clientSecret=[REDACTED], refreshToken=[REDACTED])");
        assertThat(TokenProvider.clientCredentials(CLIENT_ID, CLIENT_SECRET).toString())
                .isEqualTo("TokenProvider.clientCredentials(clientId=" + CLIENT_ID + ", clientSecret=[REDACTED])");
        assertThat(TokenProvider.staticToken("static-access-token-xyz").toString())
                .isEqualTo("TokenProvider.staticToken([REDACTED])");
        assertThat(bound(options(TokenProvider.clientCredentials(CLIENT_ID, CLIENT_SECRET)))
                        .toString())
                .isEqualTo("TokenProvider.clientCredentials(clientId=" + CLIENT_ID + ", clientSecret=[REDACTED])");
    }

    @Test
    void unboundProviderRefusesDirectUse() {
        assertThatThrownBy(() -> TokenProvider.refreshing(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN)
                        .accessToken())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void blankCredentialsAreRejected() {
        assertThatThrownBy(() -> TokenProvider.refreshing(CLIENT_ID, " ", REFRESH_TOKEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clientSecret");
        assertThatThrownBy(() -> TokenProvider.staticToken(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("accessToken");
    }

    @Test
    void aRejectedTokenIsAlwaysWorthOneRetryWithAFreshOne() {
        OAuthTokenProvider provider =
                OAuthTokenProvider.clientCredentials("client-id", "client-secret-0001", Duration.ofMinutes(1));

        assertThat(provider.invalidate("a-token-this-provider-never-issued")).isTrue();
    }
}
