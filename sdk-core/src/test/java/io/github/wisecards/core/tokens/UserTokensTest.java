package io.github.wisecards.core.tokens;

import static io.github.wisecards.core.tokens.FakeWiseTokens.CLIENT_ID;
import static io.github.wisecards.core.tokens.FakeWiseTokens.CLIENT_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.core.CallContext;
import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.Environment;
import io.github.wisecards.core.FakeClock;
import io.github.wisecards.core.RecordingSleeper;
import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.core.Sleeper;
import io.github.wisecards.core.TokenProvider;
import io.github.wisecards.core.errors.AuthenticationException;
import io.github.wisecards.core.errors.RelinkRequiredException;
import io.github.wisecards.core.errors.TokenRefreshLimitException;
import io.github.wisecards.core.errors.TokenRefreshTimeoutException;
import io.github.wisecards.core.errors.ValidationException;
import io.github.wisecards.core.internal.Endpoint;
import io.github.wisecards.core.internal.PathParam;
import io.github.wisecards.core.internal.ResponseDecoder;
import io.github.wisecards.core.internal.Transport;
import io.github.wisecards.core.testkit.LogCapture;
import io.github.wisecards.core.testkit.MockServers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UserTokensTest {
    private static final PathParam<Long> PROFILE = PathParam.positiveId("profileId");
    private static final PathParam<String> CARD_TOKEN = PathParam.cardToken("cardToken");
    private static final Endpoint<String> PING = Endpoint.builder(
                    "GET", "/v1/profiles/{profileId}/ping", ResponseDecoder.json(String.class))
            .pathParams(PROFILE)
            .build();
    private static final long ALICE_PROFILE = 1;
    private static final long BOB_PROFILE = 2;

    @StartStop
    final MockWebServer server = MockServers.newServer();

    private final FakeWiseTokens wise =
            new FakeWiseTokens().user("alice", "rt-alice").user("bob", "rt-bob");
    private final FakeClock clock = new FakeClock();
    private final UserTokenStore store = UserTokenStore.inMemory();
    private final List<Transport> transports = new ArrayList<>();

    {
        server.setDispatcher(wise);
    }

    @AfterEach
    void close() {
        transports.forEach(Transport::close);
    }

    private UserTokens.Builder tokens(String instance) {
        return UserTokens.builder(CLIENT_ID, CLIENT_SECRET)
                .credentials(user -> Optional.of(UserGrant.refreshToken("rt-" + user)))
                .profileUsers(profileId -> profileId == ALICE_PROFILE
                        ? Optional.of("alice")
                        : profileId == BOB_PROFILE ? Optional.of("bob") : Optional.empty())
                .store(store)
                .instanceId(instance);
    }

    private ClientOptions options(TokenProvider provider, Sleeper sleeper) {
        String url = server.url("/").toString();
        return ClientOptions.builder()
                .environment(Environment.custom(url, url))
                .tokenProvider(provider)
                .clock(clock)
                .sleeper(sleeper)
                .build();
    }

    private Transport instance(UserTokens.Builder tokens) {
        return instance(tokens, new RecordingSleeper(clock));
    }

    private Transport instance(UserTokens.Builder tokens, Sleeper sleeper) {
        Transport t = Transport.create(options(tokens.build(), sleeper));
        transports.add(t);
        return t;
    }

    private static String ping(Transport t, long profileId) {
        return ping(t, profileId, RequestOptions.none());
    }

    private static String ping(Transport t, long profileId, RequestOptions options) {
        return t.execute(
                        PING.request().path(PROFILE, profileId).options(options).build())
                .data();
    }

    private static CallContext aliceCall() {
        return CallContext.of("alice", "GET", PING.path().template(), Map.of());
    }

    @Test
    void twoUsersAreServedByOneClientEachWithItsOwnToken() {
        Transport cards = instance(tokens("a"));

        assertThat(ping(cards, ALICE_PROFILE)).isEqualTo("pong alice");
        assertThat(ping(cards, BOB_PROFILE)).isEqualTo("pong bob");
        assertThat(ping(cards, ALICE_PROFILE)).isEqualTo("pong alice");

        assertThat(wise.grants("alice")).isEqualTo(1);
        assertThat(wise.grants("bob")).isEqualTo(1);
    }

    @Test
    void userNamedInRequestOptionsTakesPrecedenceOverTheProfileMapping() {
        Transport cards = instance(tokens("a"));

        assertThat(ping(
                        cards,
                        ALICE_PROFILE,
                        RequestOptions.builder().user("bob").build()))
                .isEqualTo("pong bob");
    }

    @Test
    void callNamingNoUserFailsWithValidationNamingUserAndSendsNothing() {
        Transport cards = instance(UserTokens.builder(CLIENT_ID, CLIENT_SECRET)
                .credentials(user -> Optional.of(UserGrant.refreshToken("rt-" + user))));

        assertThatThrownBy(() -> ping(cards, ALICE_PROFILE))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field())
                                .containsExactly("user"));
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void callNamingNoUserRunsAsTheDefaultUser() {
        Transport cards = instance(UserTokens.builder(CLIENT_ID, CLIENT_SECRET)
                .credentials(user -> Optional.of(UserGrant.refreshToken("rt-" + user)))
                .defaultUser("alice"));

        assertThat(ping(cards, 99)).isEqualTo("pong alice");
        assertThat(ping(cards, 99, RequestOptions.builder().user("bob").build()))
                .isEqualTo("pong bob");
    }

    @Test
    void profileTheMappingDoesNotKnowRunsAsTheDefaultUser() {
        Transport cards = instance(tokens("a").defaultUser("bob"));

        assertThat(ping(cards, 99)).isEqualTo("pong bob");
        assertThat(ping(cards, ALICE_PROFILE)).isEqualTo("pong alice");
    }

    @Test
    void blankDefaultUserIsRefused() {
        assertThatThrownBy(() -> UserTokens.builder(CLIENT_ID, CLIENT_SECRET).defaultUser(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("defaultUser");
    }

    @Test
    void profileTheMappingDoesNotKnowFailsWithValidationNamingUser() {
        Transport cards = instance(tokens("a"));

        assertThatThrownBy(() -> ping(cards, 99))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("profile 99");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void userWithoutCredentialsFailsWithValidationNamingUser() {
        Transport cards = instance(tokens("a").credentials(user -> Optional.empty()));

        assertThatThrownBy(() -> ping(cards, ALICE_PROFILE))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("alice");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void expiredTokenIsRefreshedOnceAcrossInstancesSharingTheStore() {
        Transport a = instance(tokens("a"));
        Transport b = instance(tokens("b"));

        for (int expiry = 0; expiry < 3; expiry++) {
            assertThat(ping(a, ALICE_PROFILE)).isEqualTo("pong alice");
            assertThat(ping(b, ALICE_PROFILE)).isEqualTo("pong alice");
            assertThat(ping(a, ALICE_PROFILE)).isEqualTo("pong alice");
            clock.advance(Duration.ofHours(1));
        }

        assertThat(wise.grants("alice")).isEqualTo(3);
        assertThat(wise.unauthorized()).isZero();
    }

    @Test
    void independentStoresPingPongWhereASharedStoreRefreshesOnce() {
        UserTokenStore storeOfB = UserTokenStore.inMemory();
        Transport a = instance(tokens("a"));
        Transport b = instance(tokens("b").store(storeOfB));

        for (int i = 0; i < 3; i++) {
            ping(a, ALICE_PROFILE);
            ping(b, ALICE_PROFILE);
        }

        // each instance's refresh revokes the other's token: every switch costs a 401 and a refresh
        assertThat(wise.grants("alice")).isEqualTo(6);
        assertThat(wise.unauthorized()).isEqualTo(4);
    }

    @Test
    void after401TheStoreIsReadFirstAndAnotherInstancesNewerTokenUsedWithoutRefresh() {
        Transport a = instance(tokens("a"));
        Transport c = instance(tokens("c")); // its provider as bound to its client
        assertThat(ping(a, ALICE_PROFILE)).isEqualTo("pong alice");
        String first = store.read("alice").orElseThrow().accessToken().orElseThrow();
        // instance c is told its (shared) token was refused, and refreshes: the token a holds is revoked
        assertThat(c.tokenProvider().invalidate(aliceCall(), first)).isTrue();
        String second = c.tokenProvider().accessToken(aliceCall());
        assertThat(second).isNotEqualTo(first);

        assertThat(ping(a, ALICE_PROFILE)).isEqualTo("pong alice");

        assertThat(wise.grants("alice")).isEqualTo(2); // a's 401 caused no third refresh
        assertThat(wise.unauthorized()).isEqualTo(1);
        assertThat(store.read("alice").orElseThrow().accessToken()).contains(second);
    }

    @Test
    void callWaitsForAnotherInstancesRefreshAndUsesItsToken() {
        store.compareAndSet(
                "alice",
                0,
                UserTokenRecord.builder()
                        .lease("other-1", clock.instant().plusSeconds(30))
                        .build());
        AtomicInteger sleeps = new AtomicInteger();
        Sleeper otherFinishes = d -> {
            sleeps.incrementAndGet();
            clock.advance(d);
            UserTokenRecord r = store.read("alice").orElseThrow();
            store.compareAndSet(
                    "alice",
                    r.version(),
                    r.toBuilder()
                            .accessToken(wise.issue("alice"), clock.instant().plusSeconds(3600))
                            .lease(null, null)
                            .build());
        };
        Transport a = instance(tokens("a"), otherFinishes);

        assertThat(ping(a, ALICE_PROFILE)).isEqualTo("pong alice");

        assertThat(sleeps).hasValue(1);
        assertThat(wise.grants("alice")).isZero();
    }

    @Test
    void crashedRefreshersLeaseExpiresAndAnotherInstanceTakesOver() {
        store.compareAndSet(
                "alice",
                0,
                UserTokenRecord.builder()
                        .refreshToken("rt-alice")
                        .lease("crashed-1", clock.instant().plusSeconds(30))
                        .refreshWindow(clock.instant(), 1)
                        .build());
        RecordingSleeper sleeper = new RecordingSleeper(clock);
        Transport a = instance(tokens("a").maxWait(Duration.ofMinutes(1)), sleeper);

        assertThat(ping(a, ALICE_PROFILE)).isEqualTo("pong alice");

        assertThat(sleeper.sleeps().stream().reduce(Duration.ZERO, Duration::plus))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(30))
                .isLessThan(Duration.ofSeconds(31));
        assertThat(wise.grants("alice")).isEqualTo(1);
        UserTokenRecord after = store.read("alice").orElseThrow();
        assertThat(after.leaseOwner()).isEmpty();
        assertThat(after.refreshesInWindow()).isEqualTo(2); // the crashed attempt counts too
    }

    @Test
    void waitingLongerThanMaxWaitFailsWithTypedTimeoutAndSendsNothing() {
        store.compareAndSet(
                "alice",
                0,
                UserTokenRecord.builder()
                        .lease("slow-1", clock.instant().plusSeconds(30))
                        .build());
        Transport a = instance(tokens("a").maxWait(Duration.ofSeconds(1)));

        assertThatThrownBy(() -> ping(a, ALICE_PROFILE))
                .isInstanceOfSatisfying(
                        TokenRefreshTimeoutException.class,
                        e -> assertThat(e.user()).isEqualTo("alice"));
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void refreshesPerUserPerMinuteAreBoundedAcrossInstances() {
        wise.acceptNoToken();
        Transport a = instance(tokens("a").maxRefreshesPerMinute(3));
        Transport b = instance(tokens("b").maxRefreshesPerMinute(3));

        // every token is refused: call 1 refreshes twice (first token, then after its 401), call 2
        // once after its 401, call 3 would be the fourth refresh within the minute
        assertThatThrownBy(() -> ping(a, ALICE_PROFILE)).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> ping(a, ALICE_PROFILE)).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> ping(a, ALICE_PROFILE)).isInstanceOfSatisfying(TokenRefreshLimitException.class, e -> {
            assertThat(e.user()).isEqualTo("alice");
            assertThat(e.limit()).isEqualTo(3);
            assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(1));
        });
        assertThat(wise.grants("alice")).isEqualTo(3);
        assertThatThrownBy(() -> ping(b, ALICE_PROFILE)).isInstanceOf(TokenRefreshLimitException.class);
        assertThat(wise.grants("alice")).isEqualTo(3);

        clock.advance(Duration.ofMinutes(1));
        // a new minute: b refreshes the token it saw refused, then once more after the next 401
        assertThatThrownBy(() -> ping(b, ALICE_PROFILE)).isInstanceOf(AuthenticationException.class);
        assertThat(wise.grants("alice")).isEqualTo(5);
    }

    @Test
    void registrationCodeGrantSendsClientIdEmailAndCode() {
        wise.registeredUser("carol", "carol@example.com", "reg-code-1");
        Transport a = instance(tokens("a")
                .credentials(user -> Optional.of(UserGrant.registrationCode("carol@example.com", "reg-code-1"))));

        assertThat(ping(a, ALICE_PROFILE, RequestOptions.builder().user("carol").build()))
                .isEqualTo("pong carol");

        assertThat(wise.tokenForms())
                .containsExactly(Map.of(
                        "grant_type", "registration_code",
                        "client_id", CLIENT_ID,
                        "email", "carol@example.com",
                        "registration_code", "reg-code-1"));
    }

    @Test
    void registrationCodeRegeneratesTokensWhenTheStoredRefreshTokenIsRefused() {
        wise.registeredUser("carol", "carol@example.com", "reg-code-1");
        Transport a = instance(tokens("a")
                .credentials(user -> Optional.of(UserGrant.registrationCode("carol@example.com", "reg-code-1"))));
        RequestOptions carol = RequestOptions.builder().user("carol").build();
        ping(a, ALICE_PROFILE, carol);
        wise.revokeRefreshToken("refresh-carol");
        clock.advance(Duration.ofHours(1));

        assertThat(ping(a, ALICE_PROFILE, carol)).isEqualTo("pong carol");

        assertThat(wise.tokenForms())
                .extracting(f -> f.get("grant_type"))
                .containsExactly("registration_code", "refresh_token", "registration_code");
    }

    @Test
    void authorizationCodeIsExchangedOnceThenTheRefreshTokenItGaveIsUsed() {
        wise.authorizationCode("dave", "auth-code-1", "https://partner.example/callback");
        Transport a = instance(tokens("a")
                .credentials(user ->
                        Optional.of(UserGrant.authorizationCode("auth-code-1", "https://partner.example/callback"))));
        RequestOptions dave = RequestOptions.builder().user("dave").build();

        assertThat(ping(a, ALICE_PROFILE, dave)).isEqualTo("pong dave");
        clock.advance(Duration.ofHours(1));
        assertThat(ping(a, ALICE_PROFILE, dave)).isEqualTo("pong dave");

        assertThat(wise.tokenForms().get(0))
                .isEqualTo(Map.of(
                        "grant_type", "authorization_code",
                        "client_id", CLIENT_ID,
                        "code", "auth-code-1",
                        "redirect_uri", "https://partner.example/callback"));
        assertThat(wise.tokenForms().get(1))
                .isEqualTo(Map.of("grant_type", "refresh_token", "refresh_token", "refresh-dave"));
    }

    @Test
    void invalidGrantFailsWithRelinkRequiredAndDropsTheStoredRefreshToken() {
        Transport a = instance(tokens("a"));
        ping(a, ALICE_PROFILE);
        wise.revokeRefreshToken("refresh-alice");
        wise.revokeRefreshToken("rt-alice");
        clock.advance(Duration.ofHours(1));

        assertThatThrownBy(() -> ping(a, ALICE_PROFILE)).isInstanceOfSatisfying(RelinkRequiredException.class, e -> {
            assertThat(e.user()).isEqualTo("alice");
            assertThat(e.statusCode()).isEqualTo(401);
            assertThat(e.getMessage())
                    .contains("must be linked again")
                    .doesNotContain("rt-alice")
                    .doesNotContain("refresh-alice");
        });
        UserTokenRecord after = store.read("alice").orElseThrow();
        assertThat(after.refreshToken()).isEmpty();
        assertThat(after.accessToken()).isEmpty();
        assertThat(after.leaseOwner()).isEmpty();
    }

    @Test
    void relinkedUserIsServedAgainFromItsNewGrant() {
        Transport a = instance(tokens("a").credentials(user -> Optional.of(UserGrant.refreshToken("rt-alice"))));
        wise.revokeRefreshToken("rt-alice");
        assertThatThrownBy(() -> ping(a, ALICE_PROFILE)).isInstanceOf(RelinkRequiredException.class);
        wise.user("alice", "rt-alice"); // the user linked again; the partner's lookup gives the token

        assertThat(ping(a, ALICE_PROFILE)).isEqualTo("pong alice");
    }

    @Test
    void refreshesFallbacksAndRelinksLogNoTokenCodeOrSecret() {
        wise.registeredUser("carol", "carol@example.com", "reg-code-1");
        Transport a = instance(tokens("a")
                .credentials(user -> Optional.of(UserGrant.registrationCode("carol@example.com", "reg-code-1"))));
        RequestOptions carol = RequestOptions.builder().user("carol").build();
        try (LogCapture logs = LogCapture.start("io.github.wisecards")) {
            ping(a, ALICE_PROFILE, carol);
            wise.revokeRefreshToken("refresh-carol");
            clock.advance(Duration.ofHours(1));
            ping(a, ALICE_PROFILE, carol); // refresh refused, registration code regenerates

            assertThat(logs.text())
                    .contains("carol")
                    .doesNotContain("access-carol")
                    .doesNotContain("refresh-carol")
                    .doesNotContain("reg-code-1")
                    .doesNotContain(CLIENT_SECRET);
        }
    }

    @Test
    void authorizationCodeExchangeLogsNoCode() {
        wise.authorizationCode("dave", "auth-code-1", "https://partner.example/callback");
        Transport a = instance(tokens("a")
                .credentials(user ->
                        Optional.of(UserGrant.authorizationCode("auth-code-1", "https://partner.example/callback"))));
        try (LogCapture logs = LogCapture.start("io.github.wisecards")) {
            ping(a, ALICE_PROFILE, RequestOptions.builder().user("dave").build());

            assertThat(logs.text()).contains("grant_type=authorization_code").doesNotContain("auth-code-1");
        }
    }

    @Test
    void providerAndRecordsShowNoSecret() {
        Transport a = instance(tokens("a"));
        ping(a, ALICE_PROFILE);
        TokenProvider provider = tokens("a").build();

        assertThat(provider.toString()).doesNotContain(CLIENT_SECRET).contains(CLIENT_ID);
        assertThat(store.read("alice").orElseThrow().toString())
                .doesNotContain("access-alice")
                .doesNotContain("refresh-alice");
        assertThat(UserGrant.refreshToken("rt-alice").toString()).doesNotContain("rt-alice");
        assertThat(UserGrant.registrationCode("e@example.com", "reg-code-1").toString())
                .doesNotContain("reg-code-1");
    }

    @Test
    void tokenProviderSeesTheCallsUserAndProfileButNeverACardToken() {
        List<CallContext> seen = new ArrayList<>();
        TokenProvider capturing = new TokenProvider() {
            @Override
            public String accessToken() {
                throw new AssertionError("the SDK passes the call context");
            }

            @Override
            public String accessToken(CallContext context) {
                seen.add(context);
                return "static-token";
            }
        };
        Endpoint<String> card = Endpoint.builder(
                        "GET", "/v1/profiles/{profileId}/cards/{cardToken}", ResponseDecoder.json(String.class))
                .pathParams(PROFILE, CARD_TOKEN)
                .build();
        server.setDispatcher(new mockwebserver3.Dispatcher() {
            @Override
            public mockwebserver3.MockResponse dispatch(mockwebserver3.RecordedRequest request) {
                return MockServers.json(200, "\"ok\"");
            }
        });
        try (Transport t = Transport.create(options(capturing, new RecordingSleeper(clock)))) {
            t.execute(card.request()
                    .path(PROFILE, 7L)
                    .path(CARD_TOKEN, "5d9c8f5e-2b1a-4c3d-9e8f-7a6b5c4d3e2f")
                    .options(RequestOptions.builder().user("erin").build())
                    .build());
        }

        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).user()).contains("erin");
        assertThat(seen.get(0).pathValue("profileId")).contains("7");
        assertThat(seen.get(0).pathValue("cardToken")).isEmpty();
        assertThat(seen.get(0).toString()).doesNotContain("5d9c8f5e");
    }
}
