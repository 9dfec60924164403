package io.github.wisecards.reliability.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.contract.ContractDispatcher;
import io.github.wisecards.contract.MalformedResponses;
import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.Environment;
import io.github.wisecards.core.FakeClock;
import io.github.wisecards.core.RecordingSleeper;
import io.github.wisecards.core.errors.ApiConnectionException;
import io.github.wisecards.core.errors.ApiException;
import io.github.wisecards.core.errors.InvalidResponseException;
import io.github.wisecards.core.errors.RateLimitException;
import io.github.wisecards.core.errors.SdkException;
import io.github.wisecards.core.testkit.MockServers;
import io.github.wisecards.kiosk.KioskClient;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of sdk-cards and sdk-kiosk against every fault: the call ends in the healthy
 * answer after retries, or in the documented typed exception; never a NullPointerException or an
 * untyped exception. Creates keep one idempotency key across all attempts. Nothing sleeps: the
 * backoff goes to a {@link RecordingSleeper}; only the stall waits for a short real read timeout.
 */
class FaultMatrixTest {
    private static final String TOKEN = "fault-matrix-access-token";
    private static final int MAX_RETRIES = 2;
    private static final Duration READ_TIMEOUT = Duration.ofMillis(300);

    private MockWebServer server;
    private CardsClient cards;
    private KioskClient kiosk;

    @AfterEach
    void tearDown() {
        if (cards != null) {
            cards.close();
        }
        if (kiosk != null) {
            kiosk.close();
        }
        if (server != null) {
            server.close();
        }
    }

    static Stream<Arguments> scenarios() {
        return Stream.of(Operation.values())
                .flatMap(op -> Stream.of(InjectedFault.values()).map(f -> Arguments.of(op, f)));
    }

    @ParameterizedTest(name = "{0} x {1}")
    @MethodSource("scenarios")
    @MalformedResponses("the faults answer HTML, truncated, empty, mislabelled or oversized bodies")
    void operationEndsInSuccessOrTheDocumentedTypedException(Operation op, InjectedFault fault) throws IOException {
        FakeClock clock = new FakeClock();
        RecordingSleeper sleeper = new RecordingSleeper(clock);
        ScriptedDispatcher dispatcher = new ScriptedDispatcher(op, fault);
        String baseUrl;
        if (fault == InjectedFault.CONNECTION_REFUSED) {
            baseUrl = "http://127.0.0.1:" + closedPort();
        } else {
            server = MockServers.newServer();
            server.setDispatcher(ContractDispatcher.wrapping(dispatcher));
            server.start(InetAddress.getLoopbackAddress(), 0);
            String url = server.url("/").toString();
            baseUrl = url.substring(0, url.length() - 1);
        }
        ClientOptions options = ClientOptions.builder()
                .environment(Environment.custom(baseUrl, baseUrl))
                .accessToken(TOKEN)
                .clock(clock)
                .sleeper(sleeper)
                .maxRetries(MAX_RETRIES)
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(READ_TIMEOUT)
                .build();
        cards = CardsClient.create(options);
        kiosk = KioskClient.create(options);

        AtomicReference<Object> outcome = new AtomicReference<>();
        Throwable thrown = catchThrowable(() -> outcome.set(op.invoke(new Operation.Clients(cards, kiosk))));
        Object result = outcome.get();

        Expected expected = expected(op, fault);
        List<RecordedRequest> targeted = dispatcher.targeted();
        if (expected.succeeds) {
            assertThat(thrown).as("%s x %s must succeed", op, fault).isNull();
            if (fault == InjectedFault.EMPTY_BODY_WITH_200 && op == Operation.SIMULATE) {
                assertThat(result).isEqualTo(Optional.empty());
            } else {
                op.checkResult(result);
            }
        } else {
            assertThat(thrown)
                    .as("%s x %s must fail with %s", op, fault, expected.exception.getSimpleName())
                    .isExactlyInstanceOf(expected.exception);
            assertTypedAndClean((SdkException) thrown, op, fault);
        }
        if (fault != InjectedFault.CONNECTION_REFUSED) {
            assertThat(targeted).as("attempts at %s %s", op.method, op.target).hasSize(expected.targetedAttempts);
        }
        if (op == Operation.CREATE) {
            assertOneIdempotencyKey(targeted, thrown);
        }
        assertThat(sleeper.sleeps()).as("retries (each after one backoff wait)").hasSize(expected.retries);
        if (fault == InjectedFault.RATE_LIMITED_WITH_RETRY_AFTER && expected.succeeds) {
            assertThat(sleeper.sleeps())
                    .containsExactly(Duration.ofSeconds(Long.parseLong(InjectedFault.RETRY_AFTER_SECONDS)));
        }
    }

    @Test
    void theMatrixHasAtLeastFortyScenarios() {
        assertThat(scenarios().count()).isGreaterThanOrEqualTo(40);
    }

    private static void assertTypedAndClean(SdkException e, Operation op, InjectedFault fault) {
        assertThat(e.getMessage()).as("message").isNotBlank().doesNotContain(TOKEN);
        assertThat(Bodies.withoutSocketAddresses(e.getMessage())).doesNotContain(Bodies.PIN);
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(t)
                    .as("no NullPointerException anywhere in the chain")
                    .isNotInstanceOf(NullPointerException.class);
        }
        if (e instanceof ApiConnectionException c) {
            assertThat(c.isTimeout()).isEqualTo(fault == InjectedFault.STALL_UNTIL_TIMEOUT);
            assertThat(c.method()).isIn("GET", "POST", "PUT");
            assertThat(c.getCause()).as("the I/O failure is kept as the cause").isInstanceOf(IOException.class);
        }
        if (e instanceof ApiException a) {
            assertThat(a.statusCode()).isBetween(400, 599);
            assertThat(a.rawBody()).isNotNull();
            assertThat(a.errors()).isNotNull();
        }
        if (e instanceof RateLimitException r && fault == InjectedFault.RATE_LIMITED_WITH_RETRY_AFTER) {
            assertThat(r.retryAfter()).contains(Duration.ofSeconds(7));
        }
        if (e instanceof InvalidResponseException i) {
            assertThat(i.statusCode()).isBetween(200, 299);
        }
        assertThat(e.toString()).doesNotContain(TOKEN);
    }

    private static void assertOneIdempotencyKey(List<RecordedRequest> targeted, Throwable thrown) {
        List<String> keys = targeted.stream()
                .map(r -> r.getHeaders().get("X-idempotence-uuid"))
                .distinct()
                .collect(Collectors.toList());
        if (!targeted.isEmpty()) {
            assertThat(keys)
                    .as("one idempotency key across all attempts")
                    .hasSize(1)
                    .doesNotContainNull();
        }
        if (thrown instanceof ApiException a) {
            assertThat(a.idempotencyKey()).contains(keys.get(0));
        } else if (thrown instanceof ApiConnectionException c) {
            assertThat(c.idempotencyKey()).isPresent();
            if (!keys.isEmpty()) {
                assertThat(c.idempotencyKey()).contains(keys.get(0));
            }
        } else if (thrown instanceof InvalidResponseException i) {
            assertThat(i.idempotencyKey()).contains(keys.get(0));
        }
    }

    /** The documented outcome of a fault for an operation, and how many targeted requests it takes. */
    record Expected(boolean succeeds, Class<? extends SdkException> exception, int targetedAttempts, int retries) {
        static Expected success(int attempts, int retries) {
            return new Expected(true, null, attempts, retries);
        }

        static Expected failure(Class<? extends SdkException> exception, int attempts, int retries) {
            return new Expected(false, exception, attempts, retries);
        }
    }

    static Expected expected(Operation op, InjectedFault fault) {
        switch (fault) {
            case CONNECTION_REFUSED:
                return Expected.failure(ApiConnectionException.class, 0, op.retriesFirstRequest() ? MAX_RETRIES : 0);
            case RESET_BEFORE_REQUEST:
                // the operation's first request is reset; the request that reaches the server is the healthy one
                return op.retriesFirstRequest()
                        ? Expected.success(1, 1)
                        : Expected.failure(ApiConnectionException.class, 0, 0);
            case WRONG_CONTENT_TYPE:
                return Expected.success(1, 0);
            case TRUNCATED_JSON:
            case HTML_WITH_200:
                return op.ignoresBody() ? Expected.success(1, 0) : Expected.failure(fault.expectedException(), 1, 0);
            case EMPTY_BODY_WITH_200:
                return op.acceptsEmptyBody()
                        ? Expected.success(1, 0)
                        : Expected.failure(fault.expectedException(), 1, 0);
            case OVERSIZED_BODY:
                return Expected.failure(InvalidResponseException.class, 1, 0);
            default:
                break;
        }
        if (fault.repeat == InjectedFault.Repeat.ALWAYS) {
            return op.retriesTarget()
                    ? Expected.failure(fault.expectedException(), MAX_RETRIES + 1, MAX_RETRIES)
                    : Expected.failure(fault.expectedException(), 1, 0);
        }
        return op.retriesTarget() ? Expected.success(2, 1) : Expected.failure(fault.expectedException(), 1, 0);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
