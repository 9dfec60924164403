package io.github.wisecards.testing;

import static io.github.wisecards.testing.SimHttp.ORDERS;
import static io.github.wisecards.testing.SimHttp.PROFILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.Environment;
import io.github.wisecards.core.TokenProvider;
import io.github.wisecards.core.errors.PermissionDeniedException;
import io.github.wisecards.core.errors.RateLimitException;
import io.github.wisecards.core.internal.Endpoint;
import io.github.wisecards.core.internal.PathParam;
import io.github.wisecards.core.internal.ResponseDecoder;
import io.github.wisecards.core.internal.Transport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WiseSimulatorTest {
    private static final PathParam<Long> PROFILE_ID = PathParam.positiveId("profileId");
    private static final Endpoint<JsonNode> CREATE = Endpoint.builder(
                    "POST", "/v3/spend/profiles/{profileId}/card-orders", ResponseDecoder.json(JsonNode.class))
            .pathParams(PROFILE_ID)
            .idempotencyKey()
            .build();
    private static final Endpoint<JsonNode> LIST = Endpoint.builder(
                    "GET", "/v3/spend/profiles/{profileId}/card-orders", ResponseDecoder.json(JsonNode.class))
            .pathParams(PROFILE_ID)
            .build();

    private final WiseSimulator simulator = WiseSimulator.started();
    private final SimHttp http = new SimHttp(simulator);

    @AfterEach
    void close() {
        simulator.close();
    }

    @Test
    void environmentAndOptionsPointAtTheRunningServer() {
        Environment env = simulator.environment();
        ClientOptions options = simulator.clientOptions().build();

        assertThat(simulator.apiBaseUrl()).matches("http://[^/]+:\\d+");
        assertThat(env.apiBaseUrl()).isEqualTo(simulator.apiBaseUrl());
        assertThat(env.cardDataBaseUrl()).isEqualTo(simulator.cardDataBaseUrl());
        assertThat(env.isProduction()).isFalse();
        assertThat(options.environment()).isEqualTo(env);
        assertThat(options.tokenProvider().accessToken()).isEqualTo(simulator.accessToken());
        assertThat(options.sleeper().delay(Duration.ofHours(1))).isDone();
    }

    @Test
    void theSdkTransportRetriesALostCreateWithTheSameKeyAndGetsOneOrder() {
        simulator.failNext(1, Fault.disconnectAfterProcessing(), "POST", "/v3/spend/profiles/*/card-orders");
        Transport transport = Transport.create(simulator.clientOptions().build());
        try {
            JsonNode order = transport
                    .execute(CREATE.request()
                            .path(PROFILE_ID, PROFILE)
                            .jsonBody(SimHttp.MAPPER.readTree(SimHttp.virtualOrder()))
                            .build())
                    .data();

            assertThat(simulator.cardOrderIds(PROFILE))
                    .containsExactly(order.get("id").asLong());
            List<ReceivedRequest> posts = simulator.requests("POST", "/v3/spend/profiles/*/card-orders");
            assertThat(posts).hasSize(2);
            assertThat(posts.get(1).idempotencyKey()).isEqualTo(posts.get(0).idempotencyKey());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } finally {
            transport.close();
        }
    }

    @Test
    void theSdkTransportRetriesRateLimitsInVirtualTime() {
        simulator.failNext(2, Fault.rateLimited(Duration.ofSeconds(3)));
        Transport transport = Transport.create(simulator.clientOptions().build());
        try {
            long start = System.nanoTime();
            JsonNode page = transport
                    .execute(LIST.request().path(PROFILE_ID, PROFILE).build())
                    .data();

            assertThat(page.get("totalCount").asInt()).isZero();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(simulator.requests()).hasSize(3);
            assertThat(simulator.clientSleeper().sleeps())
                    .containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
        } finally {
            transport.close();
        }
    }

    @Test
    void aRetryAfterThatOverrunsTheCallDeadlineFailsInVirtualTimeAsInRealTime() {
        simulator.failNext(2, Fault.rateLimited(Duration.ofSeconds(30)));
        Transport transport = Transport.create(simulator.clientOptions().build());
        try {
            assertThatThrownBy(() -> transport.execute(
                            LIST.request().path(PROFILE_ID, PROFILE).build()))
                    .isInstanceOf(RateLimitException.class);
            // The default 60 s call deadline leaves room for one 30 s wait, not two.
            assertThat(simulator.clientSleeper().sleeps()).containsExactly(Duration.ofSeconds(30));
            assertThat(simulator.requests()).hasSize(2);
        } finally {
            transport.close();
        }
    }

    @Test
    void theRefreshingProviderRecoversFromExpiredTokens() {
        Transport transport = Transport.create(simulator
                .clientOptions()
                .tokenProvider(simulator.refreshingTokenProvider())
                .build());
        try {
            transport.execute(LIST.request().path(PROFILE_ID, PROFILE).build());
            simulator.expireAccessTokens();
            transport.execute(LIST.request().path(PROFILE_ID, PROFILE).build());

            assertThat(simulator.issuedAccessTokenCount()).isEqualTo(2);
            assertThat(simulator.requests("GET", "/v3/**"))
                    .extracting(ReceivedRequest::statusCode)
                    .containsExactly(200, 401, 200);
        } finally {
            transport.close();
        }
    }

    @Test
    void anSdkClientWithAnApplicationTokenGetsPermissionDeniedWithoutRefreshing() {
        Transport transport = Transport.create(simulator
                .clientOptions()
                .tokenProvider(
                        TokenProvider.clientCredentials(simulator.oauthClientId(), simulator.oauthClientSecret()))
                .build());
        try {
            assertThatThrownBy(() -> transport.execute(
                            LIST.request().path(PROFILE_ID, PROFILE).build()))
                    .isInstanceOf(PermissionDeniedException.class)
                    .hasMessageContaining("403");

            assertThat(simulator.issuedAccessTokenCount()).isEqualTo(1);
            assertThat(simulator.requests("GET", "/v3/**"))
                    .extracting(ReceivedRequest::statusCode)
                    .containsExactly(403);
        } finally {
            transport.close();
        }
    }

    @Test
    void twoRefreshingProvidersOfOneUserRevokeEachOthersTokensAndRecoverWithOneRefreshPer401() {
        Transport first = Transport.create(simulator
                .clientOptions()
                .tokenProvider(simulator.refreshingTokenProvider())
                .build());
        Transport second = Transport.create(simulator
                .clientOptions()
                .tokenProvider(simulator.refreshingTokenProvider())
                .build());
        try {
            first.execute(LIST.request().path(PROFILE_ID, PROFILE).build());
            second.execute(LIST.request().path(PROFILE_ID, PROFILE).build()); // its refresh revokes the first's token
            first.execute(
                    LIST.request().path(PROFILE_ID, PROFILE).build()); // 401, refresh, retry: revokes the second's
            second.execute(LIST.request().path(PROFILE_ID, PROFILE).build());

            assertThat(simulator.refreshCount(simulator.defaultUser())).isEqualTo(4);
            assertThat(simulator.requests("GET", "/v3/**"))
                    .extracting(ReceivedRequest::statusCode)
                    .containsExactly(200, 200, 401, 200, 401, 200);
        } finally {
            first.close();
            second.close();
        }
    }

    @Test
    void theApiAndCardDataHostsAreTwoListeners() {
        assertThat(simulator.cardDataBaseUrl()).matches("http://[^/]+:\\d+").isNotEqualTo(simulator.apiBaseUrl());
        assertThat(simulator.clientOptions().build().environment().cardDataBaseUrl())
                .isEqualTo(simulator.cardDataBaseUrl());
        assertThat(simulator.toString())
                .isEqualTo("WiseSimulator{api=" + simulator.apiBaseUrl() + ", cardData=" + simulator.cardDataBaseUrl()
                        + "}");
    }

    @Test
    void eachHostAnswers404ForTheOtherHostsPathsWhateverTheToken() {
        String key = "/twcard-data/v1/clientSideEncryption/fetchEncryptingKey";

        SimHttp.Answer keyOnApi =
                http.send(http.request(simulator.apiBaseUrl(), key).get());
        SimHttp.Answer ordersOnCardData =
                http.send(http.request(simulator.cardDataBaseUrl(), ORDERS).get());
        SimHttp.Answer tokenOnCardData = http.token(null)
                .send(http.request(simulator.cardDataBaseUrl(), "/oauth/token")
                        .post(new okhttp3.FormBody.Builder()
                                .add("grant_type", "client_credentials")
                                .build()));

        assertThat(keyOnApi.code()).isEqualTo(404);
        assertThat(keyOnApi.json().get("errors").get(0).get("code").asText()).isEqualTo("error.not.found");
        assertThat(ordersOnCardData.code()).isEqualTo(404);
        assertThat(tokenOnCardData.code()).isEqualTo(404);
        assertThat(http.token(simulator.accessToken()).get(key).code()).isEqualTo(200);
        assertThat(http.get(ORDERS).code()).isEqualTo(200);
        assertThat(simulator.requests())
                .extracting(ReceivedRequest::host)
                .containsExactly(
                        ReceivedRequest.Host.API,
                        ReceivedRequest.Host.CARD_DATA,
                        ReceivedRequest.Host.CARD_DATA,
                        ReceivedRequest.Host.CARD_DATA,
                        ReceivedRequest.Host.API);
    }

    @Test
    void responsesCarryATraceIdAndEchoAShortCorrelationId() {
        SimHttp.Answer a = http.send(http.request(ORDERS)
                .header("X-External-Correlation-Id", "00000000-0000-4000-8000-0000000000c1")
                .get());
        SimHttp.Answer tooLong = http.send(http.request(ORDERS)
                .header("X-External-Correlation-Id", "x".repeat(37))
                .get());

        assertThat(a.headers().get("x-trace-id")).hasSize(32);
        assertThat(a.headers().get("X-External-Correlation-Id")).isEqualTo("00000000-0000-4000-8000-0000000000c1");
        assertThat(tooLong.headers().get("X-External-Correlation-Id")).isNull();
    }

    @Test
    void unknownPathsAnswer404AndWrongMethods405() {
        assertThat(http.get("/v3/unknown").code()).isEqualTo(404);
        assertThat(http.get("/v3/unknown")
                        .json()
                        .get("errors")
                        .get(0)
                        .get("code")
                        .asText())
                .isEqualTo("error.not.found");
        assertThat(http.put(ORDERS, "{}").code()).isEqualTo(405);
        assertThat(http.get("/v3/spend/address/validate").code()).isEqualTo(405);
    }

    @Test
    void requestsAreRecordedAndMaskCardTokensInToString() {
        http.get(ORDERS + "?pageSize=10");
        http.get("/v3/spend/profiles/1/cards/4dc0be88-903f-49e4-8237-735f1139e3dd/production");

        List<ReceivedRequest> requests = simulator.requests();
        assertThat(requests.get(0).query()).isEqualTo("pageSize=10");
        assertThat(requests.get(0).header("authorization")).contains("Bearer sim-access-token");
        assertThat(requests.get(0).sequence()).isEqualTo(1);
        assertThat(requests.get(1).toString())
                .isEqualTo("ReceivedRequest{#2 GET /v3/spend/profiles/1/cards/****e3dd/production -> 404}");
        simulator.clearRequests();
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void concurrentCreatesGetDistinctOrdersAndOrderedWebhooks() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> http.createdOrderId(SimHttp.virtualOrder())));
            }
            Set<Long> ids = ConcurrentHashMap.newKeySet();
            for (Future<Long> f : futures) {
                ids.add(f.get(30, TimeUnit.SECONDS));
            }
            assertThat(ids).hasSize(40);
            assertThat(simulator.webhooks()).hasSize(40);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReceiverThatCallsTheSimulatorBackDoesNotDeadlockIt() throws Exception {
        try (MockWebServer receiver = new MockWebServer()) {
            receiver.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    String body = request.getBody().utf8();
                    if (body.contains("\"status\":\"READY\"")) {
                        String token = body.replaceAll(".*\"card_token\":\"([^\"]+)\".*", "$1");
                        http.put(
                                "/v3/spend/profiles/" + PROFILE + "/cards/" + token + "/production",
                                "{\"kioskId\":\"WIS00001\"}");
                    }
                    return new MockResponse.Builder().code(200).build();
                }
            });
            receiver.start();
            simulator.registerWebhookUrl(receiver.url("/hook").toString());

            long id = http.createdOrderId(SimHttp.kioskOrder());
            simulator.completeRequirement(id, "PIN");

            assertThat(simulator.productionStatus(simulator.cardToken(id).orElseThrow()))
                    .contains("IN_PROGRESS");
            assertThat(simulator.webhooks(SimulatorState.PRODUCTION_EVENT)).hasSize(2);
        }
    }

    @Test
    void resetForgetsStateButKeepsServingWithTheSameConfiguration() {
        http.createdOrderId(SimHttp.virtualOrder());
        simulator.failNext(1, Fault.serverError(500));

        simulator.reset();

        assertThat(simulator.webhooks()).isEmpty();
        assertThat(http.createdOrderId(SimHttp.virtualOrder())).isEqualTo(1001L);
        assertThat(simulator.requests()).hasSize(1);
    }

    @Test
    void cardTokensAreDeterministicForASeed() {
        try (WiseSimulator a =
                        WiseSimulator.builder().requirements(Map.of()).build().start();
                WiseSimulator b =
                        WiseSimulator.builder().requirements(Map.of()).build().start()) {
            long idA = new SimHttp(a).createdOrderId(SimHttp.virtualOrder());
            long idB = new SimHttp(b).createdOrderId(SimHttp.virtualOrder());
            assertThat(a.cardToken(idA)).isEqualTo(b.cardToken(idB));
            assertThat(a.cardToken(idA).orElseThrow()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab].*");
        }
    }

    @Test
    void aClosedOrUnstartedSimulatorRefusesToServe() {
        WiseSimulator unstarted = WiseSimulator.builder().build();
        assertThatThrownBy(unstarted::apiBaseUrl).isInstanceOf(IllegalStateException.class);
        unstarted.close();
        assertThatThrownBy(unstarted::start).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> simulator.cardOrderStatus(99)).isInstanceOf(IllegalArgumentException.class);
    }
}
