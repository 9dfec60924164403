package io.github.wisecards.core.internal;

import static io.github.wisecards.core.testkit.MockServers.json;
import static io.github.wisecards.core.testkit.MockServers.jsonBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.core.CallEnd;
import io.github.wisecards.core.CallObserver;
import io.github.wisecards.core.CallStart;
import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.RequestAttempt;
import io.github.wisecards.core.RequestListener;
import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.core.errors.ApiConnectionException;
import io.github.wisecards.core.errors.NotFoundException;
import io.github.wisecards.core.testkit.LogCapture;
import io.github.wisecards.core.testkit.MockServers;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class TransportCallEventsTest {
    @StartStop
    final MockWebServer server = MockServers.newServer();

    private final TestOptions test = new TestOptions();
    private final Recorder recorder = new Recorder();

    private Transport transport(UnaryOperator<ClientOptions.OptionsBuilder> f) {
        return Transport.create(
                f.apply(test.builder(server).addRequestListener(recorder)).build());
    }

    /** Records every event in order, as text, and the call ends. */
    static final class Recorder implements RequestListener {
        final List<String> events = new CopyOnWriteArrayList<>();
        final List<CallStart> starts = new CopyOnWriteArrayList<>();
        final List<CallEnd> ends = new CopyOnWriteArrayList<>();
        final List<String> endThreads = new CopyOnWriteArrayList<>();

        @Override
        public void onAttempt(RequestAttempt attempt) {
            events.add("attempt " + attempt.attemptNumber());
        }

        @Override
        public CallObserver onCallStart(CallStart call) {
            starts.add(call);
            events.add("start " + call.method() + " " + call.pathTemplate());
            return end -> {
                ends.add(end);
                endThreads.add(Thread.currentThread().getName());
                events.add("end " + end.attempts());
            };
        }
    }

    @Test
    void blockingCallReportsItsStartBeforeItsAttemptsAndItsEndAfter() {
        server.enqueue(jsonBuilder(503, "{}").setHeader("x-trace-id", "t-1").build());
        server.enqueue(
                jsonBuilder(200, Thing.JSON).setHeader("x-trace-id", "t-2").build());
        try (Transport t = transport(b -> b)) {
            t.execute(Thing.get(99)
                    .options(RequestOptions.builder()
                            .correlationId("0b7c6a4e-2f1d-4c3b-9a8e-000000000001")
                            .build())
                    .build());
        }
        assertThat(recorder.events)
                .containsExactly("start GET /v1/things/{thingId}", "attempt 1", "attempt 2", "end 2");
        assertThat(recorder.starts.get(0).correlationId()).contains("0b7c6a4e-2f1d-4c3b-9a8e-000000000001");
        CallEnd end = recorder.ends.get(0);
        assertThat(end.call()).isSameAs(recorder.starts.get(0));
        assertThat(end.statusCode()).hasValue(200);
        assertThat(end.traceId()).contains("t-2");
        assertThat(end.error()).isEmpty();
        assertThat(end.attempts()).isEqualTo(2);
        assertThat(end.duration().isNegative()).isFalse();
    }

    @Test
    void failedCallReportsTheExceptionItsCallerGetsAndTheErrorStatus() {
        server.enqueue(jsonBuilder(404, "{}").setHeader("x-trace-id", "t-404").build());
        try (Transport t = transport(b -> b)) {
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                    () -> t.execute(Thing.get(1).build()));
            assertThat(thrown).isInstanceOf(NotFoundException.class);
            CallEnd end = recorder.ends.get(0);
            assertThat(end.error()).containsSame(thrown);
            assertThat(end.statusCode()).hasValue(404);
            assertThat(end.traceId()).contains("t-404");
            assertThat(end.attempts()).isEqualTo(1);
        }
    }

    @Test
    void callFailingOnIoReportsNoStatus() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder()
                    .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
                    .build());
        }
        try (Transport t = transport(b -> b)) {
            assertThatThrownBy(() -> t.execute(Thing.get(1).build())).isInstanceOf(ApiConnectionException.class);
        }
        CallEnd end = recorder.ends.get(0);
        assertThat(end.statusCode()).isEmpty();
        assertThat(end.error()).get().isInstanceOf(ApiConnectionException.class);
        assertThat(end.attempts()).isEqualTo(3);
    }

    @Test
    void asyncCallStartsOnTheCallersThreadAndEndsBeforeItsFutureCompletes() throws Exception {
        server.enqueue(json(500, "{}"));
        server.enqueue(json(200, Thing.JSON));
        List<String> seenByDependent = new CopyOnWriteArrayList<>();
        try (Transport t = transport(b -> b)) {
            CompletableFuture<?> future = t.executeAsync(Thing.get(1).build());
            assertThat(recorder.events).startsWith("start GET /v1/things/{thingId}");
            future.thenRun(() -> seenByDependent.addAll(recorder.events)).get(10, TimeUnit.SECONDS);
        }
        assertThat(seenByDependent)
                .containsExactly("start GET /v1/things/{thingId}", "attempt 1", "attempt 2", "end 2");
        assertThat(recorder.ends.get(0).statusCode()).hasValue(200);
    }

    @Test
    void asyncCallThatFailsEndsBeforeItsFutureCompletes() throws Exception {
        server.enqueue(json(404, "{}"));
        CountDownLatch attempted = new CountDownLatch(1);
        RequestListener holdsTheAttempt = attempt -> {
            try {
                attempted.await(10, TimeUnit.SECONDS); // until the dependent below is registered
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        List<String> seenByDependent = new CopyOnWriteArrayList<>();
        try (Transport t = transport(b -> b.addRequestListener(holdsTheAttempt))) {
            CompletableFuture<?> future = t.executeAsync(Thing.get(1).build());
            CompletableFuture<?> dependent = future.whenComplete((r, e) -> seenByDependent.addAll(recorder.events));
            attempted.countDown();

            assertThat(dependent).failsWithin(10, TimeUnit.SECONDS);
        }
        assertThat(seenByDependent).containsExactly("start GET /v1/things/{thingId}", "attempt 1", "end 1");
        assertThat(recorder.ends.get(0).error()).get().isInstanceOf(NotFoundException.class);
    }

    @Test
    void cancelledAsyncCallEndsOnceWithTheCancellation() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.Stall.INSTANCE)
                .build());
        try (Transport t = transport(b -> b)) {
            CompletableFuture<?> future = t.executeAsync(Thing.get(1).build());
            assertThat(future.cancel(true)).isTrue();
        }
        assertThat(recorder.ends).hasSize(1);
        assertThat(recorder.ends.get(0).error()).get().isInstanceOf(CancellationException.class);
        assertThat(recorder.ends.get(0).statusCode()).isEmpty();
    }

    @Test
    void listenerFailingOnCallStartOrEndIsLoggedAndIgnored() {
        server.enqueue(json(200, Thing.JSON));
        RequestListener failing = new RequestListener() {
            @Override
            public void onAttempt(RequestAttempt attempt) {}

            @Override
            public CallObserver onCallStart(CallStart call) {
                return end -> {
                    throw new IllegalStateException("end bug");
                };
            }
        };
        RequestListener failingOnStart = new RequestListener() {
            @Override
            public void onAttempt(RequestAttempt attempt) {}

            @Override
            public CallObserver onCallStart(CallStart call) {
                throw new IllegalStateException("start bug");
            }
        };
        try (LogCapture logs = LogCapture.start("io.github.wisecards.http");
                Transport t = transport(b -> b.addRequestListener(failing).addRequestListener(failingOnStart))) {
            assertThat(t.execute(Thing.get(1).build()).data().id()).isEqualTo(7);
            assertThat(logs.events(org.slf4j.event.Level.WARN)).hasSize(2);
        }
        assertThat(recorder.events).containsExactly("start GET /v1/things/{thingId}", "attempt 1", "end 1");
    }

    @Test
    void callRefusedBeforeItCouldBeSentReportsNothing() throws Exception {
        Endpoint<Thing> simulate = Endpoint.builder("POST", "/v1/simulation/things", ResponseDecoder.json(Thing.class))
                .sandboxOnly(PreparedCallTest.Refused::new)
                .build();
        try (Transport t = transport(b -> b.environment(io.github.wisecards.core.Environment.PRODUCTION))) {
            assertThatThrownBy(() -> t.execute(simulate.request().build()))
                    .isInstanceOf(PreparedCallTest.Refused.class);
            assertThat(t.executeAsync(simulate.request().build()))
                    .failsWithin(java.time.Duration.ofSeconds(10))
                    .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .withCauseInstanceOf(PreparedCallTest.Refused.class);
        }
        assertThat(recorder.events).isEmpty();
    }

    @Test
    void attemptOnlyListenerIgnoresCalls() {
        server.enqueue(json(200, Thing.JSON));
        List<RequestAttempt> attempts = new CopyOnWriteArrayList<>();
        try (Transport t = Transport.create(
                test.builder(server).addRequestListener(attempts::add).build())) {
            t.execute(Thing.get(1).build());
        }
        assertThat(attempts).hasSize(1);
        assertThat(((RequestListener) attempts::add).onCallStart(CallStart.of("GET", "/x", null)))
                .isSameAs(CallObserver.NONE);
    }
}
