package io.github.wisecards.core.internal;

import static io.github.wisecards.core.testkit.MockServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.core.ApiResponse;
import io.github.wisecards.core.Environment;
import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.core.errors.SdkException;
import io.github.wisecards.core.errors.ValidationException;
import io.github.wisecards.core.testkit.CallProbe;
import io.github.wisecards.core.testkit.MockServers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PreparedCallTest {
    private static final PathParam<Long> THING_ID = PathParam.positiveId("thingId");
    private static final Endpoint<Thing> UPDATE = Endpoint.builder(
                    "POST", "/v1/things/{thingId}", ResponseDecoder.json(Thing.class))
            .pathParams(THING_ID)
            .idempotencyKey()
            .build();
    private static final Endpoint<Thing> SIMULATE = Endpoint.builder(
                    "POST", "/v1/simulation/things/{thingId}", ResponseDecoder.json(Thing.class))
            .pathParams(THING_ID)
            .sandboxOnly(Refused::new)
            .build();

    @StartStop
    final MockWebServer server = MockServers.newServer();

    private final TestOptions test = new TestOptions();
    private Transport transport;

    @AfterEach
    void tearDown() {
        if (transport != null) {
            transport.close();
        }
    }

    private PreparedCall<Thing> update(long id) {
        return PreparedCall.of(
                transport, () -> UPDATE.request().path(THING_ID, id).jsonBody(Map.of("name", "x")));
    }

    @Test
    void theThreeViewsOfOneOperationSendIdenticalRequests() throws Exception {
        transport = Transport.create(test.builder(server).build());
        RequestOptions options = RequestOptions.builder()
                .idempotencyKey("00000000-0000-4000-8000-0000000000aa")
                .correlationId("00000000-0000-4000-8000-0000000000bb")
                .build();
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(200, Thing.JSON));
        }

        Thing blocking = update(7).blocking(options);
        Thing async = update(7).async(options).get(10, TimeUnit.SECONDS);
        ApiResponse<Thing> raw = update(7).raw(options);

        assertThat(async).isEqualTo(blocking);
        assertThat(raw.data()).isEqualTo(blocking);
        assertThat(raw.idempotencyKey()).contains("00000000-0000-4000-8000-0000000000aa");
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            seen.add(MockServers.describe(server.takeRequest()));
        }
        assertThat(seen.get(0)).contains("POST /v1/things/7", "00000000-0000-4000-8000-0000000000aa");
        assertThat(seen).containsOnly(seen.get(0));
    }

    @Test
    void aBadArgumentIsThrownByTheBlockingViewsAndFailsTheAsyncOneWithNothingSent() {
        transport = Transport.create(test.builder(server).build());

        assertThatThrownBy(() -> update(0).blocking(RequestOptions.none()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("thingId");
        assertThatThrownBy(() -> update(-1).raw(RequestOptions.none())).isInstanceOf(ValidationException.class);
        CompletableFuture<Thing> future = update(0).async(RequestOptions.none());
        assertThatThrownBy(future::get)
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(ValidationException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void cancellingTheAsyncViewsFutureCancelsTheHttpCall() throws Exception {
        CallProbe probe = new CallProbe();
        transport = Transport.create(
                test.builder(server).okHttpClient(probe.client()).build());
        server.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.Stall.INSTANCE)
                .build());

        CompletableFuture<Thing> future = update(7).async(RequestOptions.none());
        assertThat(probe.awaitSent()).isTrue();
        assertThat(future.cancel(true)).isTrue();

        assertThat(probe.awaitCanceled()).as("the HTTP call was cancelled").isTrue();
        probe.close();
    }

    @Test
    void cancellingAComposedFutureCancelsTheStageInFlight() {
        CompletableFuture<String> first = new CompletableFuture<>();
        CompletableFuture<String> second = new CompletableFuture<>();
        CompletableFuture<String> composed = CancellableFutures.compose(first, v -> second);

        first.complete("key");
        composed.cancel(true);

        assertThat(second).isCancelled();
        CompletableFuture<String> notStarted = new CompletableFuture<>();
        CancellableFutures.compose(notStarted, v -> second).cancel(true);
        assertThat(notStarted).isCancelled();
    }

    @Test
    void aSandboxOnlyOperationIsRefusedInProductionBeforeAnythingIsSent() {
        transport = Transport.create(
                test.builder(server).environment(Environment.PRODUCTION).build());
        PreparedCall<Thing> call = PreparedCall.of(
                transport, () -> SIMULATE.request().path(THING_ID, 7L).jsonBody(Map.of()));

        assertThatThrownBy(() -> call.blocking(RequestOptions.none()))
                .isInstanceOf(Refused.class)
                .hasMessage("POST /v1/simulation/things/7");
        assertThatThrownBy(() -> PreparedCall.of(
                                transport,
                                () -> SIMULATE.request().path(THING_ID, 7L).jsonBody(Map.of()))
                        .async(RequestOptions.none())
                        .get())
                .hasCauseInstanceOf(Refused.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aSandboxOnlyOperationRunsOutsideProduction() {
        transport = Transport.create(test.builder(server).build());
        server.enqueue(json(200, Thing.JSON));

        Thing thing = PreparedCall.of(
                        transport, () -> SIMULATE.request().path(THING_ID, 7L).jsonBody(Map.of()))
                .blocking(RequestOptions.none());

        assertThat(thing.id()).isEqualTo(7);
    }

    /** A test refusal of a sandbox-only operation. */
    static final class Refused extends SdkException {
        private static final long serialVersionUID = 1L;

        Refused(String operation) {
            super(operation);
        }
    }
}
