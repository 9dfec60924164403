package io.github.wisecards.contract;

import java.io.IOException;
import java.util.Optional;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/**
 * A MockWebServer dispatcher that hands every request, and the response it answers, to {@link
 * ContractCheck}. Without a delegate it is a {@link QueueDispatcher}, so {@code
 * server.enqueue(..)} works as usual; with one it wraps a test's own dispatcher.
 *
 * <p>The queue fails fast: a request that arrives when nothing is queued is a request the test did
 * not expect. It is answered at once with {@code 404} and recorded as a violation (rule {@code
 * unexpected-request}), so the test fails with that request named instead of hanging until a
 * timeout. A test that wants a request left unanswered (a timeout or a cancel) queues a response
 * that says so, such as one whose {@code onResponseStart} stalls.
 */
public final class ContractDispatcher extends QueueDispatcher {
    /** Bodies above this size, or of unknown size, are not read (reported as not validated). */
    static final long BODY_CAP = 1L << 20;

    /** The answer to a request for which nothing was queued. */
    private static final MockResponse UNEXPECTED =
            new MockResponse.Builder().code(404).build();

    private final Dispatcher delegate;

    /** Creates a queue dispatcher that validates. */
    public ContractDispatcher() {
        this(null);
    }

    private ContractDispatcher(Dispatcher delegate) {
        this.delegate = delegate;
        if (delegate == null) {
            setFailFast(UNEXPECTED);
        }
    }

    /** Returns a dispatcher that answers as {@code delegate} does and validates each exchange. */
    public static ContractDispatcher wrapping(Dispatcher delegate) {
        return new ContractDispatcher(java.util.Objects.requireNonNull(delegate, "delegate"));
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        MockResponse response = delegate == null ? super.dispatch(request) : delegate.dispatch(request);
        if (!wasRead(request)) {
            return response;
        }
        if (response == UNEXPECTED) {
            ContractCheck.recordUnexpected(exchange(request, response));
        } else {
            ContractCheck.record(exchange(request, response));
        }
        return response;
    }

    @Override
    public MockResponse peek() {
        return delegate == null ? super.peek() : delegate.peek();
    }

    @Override
    public void close() {
        if (delegate != null) {
            delegate.close();
        }
        super.close();
    }

    /**
     * Whether the server read a request at all: for a reset before the request MockWebServer
     * dispatches a placeholder ({@code GET /} without a single header; HTTP/1.1 needs Host).
     */
    static boolean wasRead(RecordedRequest request) {
        return request.getFailure() == null && request.getHeaders().size() > 0;
    }

    static HttpExchange exchange(RecordedRequest request, MockResponse response) {
        byte[] body =
                request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
        return new HttpExchange(
                request.getMethod() == null ? "" : request.getMethod(),
                request.getUrl().encodedPath(),
                request.getUrl().encodedQuery(),
                request.getHeaders().toMultimap(),
                body,
                answered(response) ? Optional.of(response(response)) : Optional.empty());
    }

    private static boolean answered(MockResponse r) {
        return r.getOnRequestStart() == null
                && r.getOnRequestBody() == null
                && r.getOnResponseStart() == null
                && r.getSocketHandler() == null
                && !r.getFailHandshake();
    }

    private static HttpExchange.Response response(MockResponse r) {
        Buffer buffer = new Buffer();
        if (r.getBody() != null
                && (r.getBody().getContentLength() < 0 || r.getBody().getContentLength() > BODY_CAP)) {
            // A streamed or huge body (a fault test's): reading it here would consume it.
            return new HttpExchange.Response(r.getCode(), r.getHeaders().toMultimap(), null, true);
        }
        if (r.getBody() != null) {
            try {
                r.getBody().writeTo(buffer);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return new HttpExchange.Response(r.getCode(), r.getHeaders().toMultimap(), buffer.readByteArray());
    }
}
