package io.github.wisecards.testing;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;

/**
 * Routes each request to its endpoint, checks the bearer token, applies armed faults and records
 * the exchange. A request is handled entirely under the state's lock (one at a time), then its
 * webhook events are delivered before the response is written. The API host and the card-data host
 * each have a listener ({@link #forHost}); a path of the other host answers 404 on each.
 */
final class SimulatorDispatcher {
    private static final String CORRELATION_HEADER = "X-External-Correlation-Id";

    private final SimulatorState state;
    private final TokenStore tokens;
    private final FaultInjector faults;
    private final WebhookPublisher publisher;
    private final CardOrderRoutes cardOrders;
    private final KioskRoutes kiosk;
    private final PinRoutes pin;
    private static final int RECORD_LIMIT = 10_000;

    private final ArrayDeque<ReceivedRequest> received = new ArrayDeque<>();
    private long sequence;
    private volatile Runnable onDispatch = () -> {};
    private volatile WiseSimulator.ExchangeObserver observer;

    SimulatorDispatcher(
            SimulatorState state, TokenStore tokens, FaultInjector faults, WebhookPublisher publisher, PinRoutes pin) {
        this.state = state;
        this.tokens = tokens;
        this.faults = faults;
        this.publisher = publisher;
        this.cardOrders = new CardOrderRoutes(state);
        this.kiosk = new KioskRoutes(state);
        this.pin = pin;
    }

    /** Returns the MockWebServer dispatcher of one host's listener. */
    Dispatcher forHost(ReceivedRequest.Host host) {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest recorded) {
                return SimulatorDispatcher.this.dispatch(recorded, host);
            }
        };
    }

    private MockResponse dispatch(RecordedRequest recorded, ReceivedRequest.Host host) {
        HttpUrl url = recorded.getUrl();
        byte[] body =
                recorded.getBody() == null ? new byte[0] : recorded.getBody().toByteArray();
        SimRequest request = new SimRequest(recorded.getMethod(), url, url.pathSegments(), recorded.getHeaders(), body);
        Fault fault;
        SimResponse response;
        long traceNumber;
        ReceivedRequest receivedRequest;
        synchronized (state) {
            fault = faults.match(request.method(), url.encodedPath(), state.random());
            response = fault == null ? handle(request, host) : faulted(fault, request, host);
            boolean dropped = fault != null
                    && (fault.kind() == Fault.Kind.DISCONNECT
                            || fault.kind() == Fault.Kind.DISCONNECT_AFTER_PROCESSING);
            traceNumber = ++sequence;
            if (received.size() == RECORD_LIMIT) {
                received.removeFirst();
            }
            receivedRequest = new ReceivedRequest(
                    traceNumber,
                    host,
                    request.method(),
                    url.encodedPath(),
                    url.encodedQuery() == null ? "" : url.encodedQuery(),
                    recorded.getHeaders().toMultimap(),
                    body,
                    dropped ? 0 : response.status(),
                    fault);
            received.add(receivedRequest);
        }
        onDispatch.run();
        publisher.drain();
        MockResponse answer = toMockResponse(request, response, fault, traceNumber);
        WiseSimulator.ExchangeObserver o = observer;
        if (o != null) {
            boolean answered = receivedRequest.statusCode() != 0;
            o.onExchange(
                    receivedRequest,
                    answered ? answer.getHeaders().toMultimap() : Map.of(),
                    answered && response.body() != null ? SimJson.bytes(response.body()) : new byte[0]);
        }
        return answer;
    }

    /** Sets the observer of each exchange (see {@link WiseSimulator.Builder#exchangeObserver}). */
    void observe(WiseSimulator.ExchangeObserver observer) {
        this.observer = observer;
    }

    /** Runs after each request is handled (the simulator uses it to bound MockWebServer's own queue). */
    void onDispatch(Runnable action) {
        this.onDispatch = action;
    }

    List<ReceivedRequest> received() {
        synchronized (state) {
            return List.copyOf(received);
        }
    }

    void clearReceived() {
        synchronized (state) {
            received.clear();
        }
    }

    private SimResponse faulted(Fault fault, SimRequest request, ReceivedRequest.Host host) {
        return switch (fault.kind()) {
            case RATE_LIMITED ->
                SimResponse.error(429, "error.rate.limit", "Too many requests: rate limit exceeded (simulated)", null)
                        .withHeader("Retry-After", String.valueOf(ceilSeconds(fault)))
                        .withHeader("X-Rate-Limited-By", "wise-simulator");
            case SERVER_ERROR ->
                SimResponse.error(
                        fault.statusCode(), "error.internal", "Simulated server error " + fault.statusCode(), null);
            case DISCONNECT -> SimResponse.empty(0);
            default -> handle(request, host);
        };
    }

    private static long ceilSeconds(Fault fault) {
        long millis = fault.duration().toMillis();
        return (millis + 999) / 1000;
    }

    private SimResponse handle(SimRequest r, ReceivedRequest.Host host) {
        try {
            List<String> s = r.segments();
            if (hostOf(s) != host) {
                return notFound(r); // the other host's path: that server has no such endpoint
            }
            if (is(s, "oauth", "token")) {
                return only(r, "POST", () -> tokens.token(r));
            }
            SimResponse denied = tokens.check(r.header("Authorization"));
            if (denied != null) {
                return denied;
            }
            return route(r, s);
        } catch (SimError e) {
            return e.response();
        }
    }

    private SimResponse route(SimRequest r, List<String> s) {
        if (is(s, "twcard-data", "v1", "clientSideEncryption", "fetchEncryptingKey")) {
            return only(r, "GET", pin::fetchKey);
        }
        if (is(s, "twcard-data", "v1", "sensitive-card-data", "preset-pin")) {
            return only(r, "POST", () -> pin.presetPin(r));
        }
        if (is(s, "v3", "spend", "address", "validate")) {
            return only(r, "POST", () -> cardOrders.validateAddress(r));
        }
        if (s.size() >= 5 && is(s.subList(0, 3), "v3", "spend", "profiles")) {
            long profileId = r.longSegment(3, "profileId");
            List<String> rest = s.subList(4, s.size());
            if (is(rest, "card-orders")) {
                return switch (r.method()) {
                    case "GET" -> cardOrders.list(r, profileId);
                    case "POST" -> cardOrders.create(r, profileId);
                    default -> methodNotAllowed(r);
                };
            }
            if (is(rest, "card-orders", "availability")) {
                return only(r, "GET", () -> cardOrders.availability(profileId));
            }
            if (rest.size() >= 2 && rest.size() <= 3 && "card-orders".equals(rest.get(0))) {
                long orderId = r.longSegment(5, "cardOrderId");
                if (rest.size() == 2) {
                    return only(r, "GET", () -> cardOrders.retrieve(profileId, orderId));
                }
                if ("requirements".equals(rest.get(2))) {
                    return only(r, "GET", () -> cardOrders.requirements(profileId, orderId));
                }
                if ("status".equals(rest.get(2))) {
                    return only(r, "PUT", () -> cardOrders.updateStatus(r, profileId, orderId));
                }
            }
            if (rest.size() == 3 && "cards".equals(rest.get(0)) && "production".equals(rest.get(2))) {
                String cardToken = rest.get(1);
                return switch (r.method()) {
                    case "GET" -> kiosk.retrieve(profileId, cardToken);
                    case "PUT" -> kiosk.produce(r, profileId, cardToken);
                    default -> methodNotAllowed(r);
                };
            }
        }
        if (s.size() == 8
                && is(s.subList(0, 4), "v1", "simulation", "spend", "profiles")
                && "cards".equals(s.get(5))
                && "production".equals(s.get(7))) {
            long profileId = r.longSegment(4, "profileId");
            return only(r, "POST", () -> kiosk.simulate(r, profileId, s.get(6)));
        }
        return notFound(r);
    }

    /** Returns the host that serves a path: {@code /twcard-data/...} is the card-data host's. */
    static ReceivedRequest.Host hostOf(List<String> segments) {
        return !segments.isEmpty() && "twcard-data".equals(segments.get(0))
                ? ReceivedRequest.Host.CARD_DATA
                : ReceivedRequest.Host.API;
    }

    private static SimResponse notFound(SimRequest r) {
        return SimResponse.error(
                404,
                "error.not.found",
                "No endpoint " + r.method() + " "
                        + ReceivedRequest.maskedPath(r.url().encodedPath()),
                null);
    }

    private static boolean is(List<String> segments, String... expected) {
        return segments.equals(List.of(expected));
    }

    private static SimResponse only(SimRequest r, String method, Supplier<SimResponse> handler) {
        return method.equals(r.method()) ? handler.get() : methodNotAllowed(r);
    }

    private static SimResponse methodNotAllowed(SimRequest r) {
        return SimResponse.error(405, "error.method.not.allowed", "Method " + r.method() + " is not allowed", null);
    }

    private static MockResponse toMockResponse(SimRequest request, SimResponse response, Fault fault, long trace) {
        MockResponse.Builder b = new MockResponse.Builder();
        if (fault != null
                && (fault.kind() == Fault.Kind.DISCONNECT || fault.kind() == Fault.Kind.DISCONNECT_AFTER_PROCESSING)) {
            return b.onResponseStart(new SocketEffect.CloseSocket()).build();
        }
        b.code(response.status());
        b.setHeader("x-trace-id", String.format("%032x", trace));
        String correlation = request.header(CORRELATION_HEADER);
        if (correlation != null && correlation.length() <= 36) {
            b.setHeader(CORRELATION_HEADER, correlation);
        }
        for (Map.Entry<String, String> h : response.headers().entrySet()) {
            b.setHeader(h.getKey(), h.getValue());
        }
        if (response.body() != null) {
            b.setHeader("Content-Type", "application/json");
            b.body(new okio.Buffer().write(SimJson.bytes(response.body())));
        }
        if (fault != null && fault.kind() == Fault.Kind.DELAY) {
            b.headersDelay(fault.duration().toMillis(), TimeUnit.MILLISECONDS);
        }
        return b.build();
    }
}
