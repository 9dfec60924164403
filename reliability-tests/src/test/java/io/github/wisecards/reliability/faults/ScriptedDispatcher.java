package io.github.wisecards.reliability.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Answers like a healthy Wise for every endpoint an operation touches, except the operation's
 * targeted request, which gets the fault (once or every time). Records the targeted requests.
 */
final class ScriptedDispatcher extends Dispatcher {
    private final Operation op;
    private final InjectedFault fault;
    private final List<RecordedRequest> targeted = new ArrayList<>();
    private final AtomicBoolean resetPending;

    ScriptedDispatcher(Operation op, InjectedFault fault) {
        this.op = op;
        this.fault = fault;
        this.resetPending = new AtomicBoolean(fault == InjectedFault.RESET_BEFORE_REQUEST);
    }

    /**
     * MockWebServer asks {@code peek()} how to treat a request before reading it: a reset before
     * the request can only be decided here, so it hits the operation's first request.
     */
    @Override
    public MockResponse peek() {
        if (resetPending.compareAndSet(true, false)) {
            return fault.response(op);
        }
        return super.peek();
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        String target = request.getTarget();
        if (request.getMethod().equals(op.method) && target.equals(op.target)) {
            targeted.add(request);
            // a reset before the request was decided in peek(): the request that got here is the retry
            boolean faulted = fault != InjectedFault.RESET_BEFORE_REQUEST;
            if (faulted && (fault.repeat == InjectedFault.Repeat.ALWAYS || targeted.size() == 1)) {
                return fault.response(op);
            }
            return healthy(op.okStatus, op.okBody);
        }
        if (target.equals(Operation.FETCH_ENCRYPTING_KEY.target)) {
            return healthy(200, Bodies.KEY);
        }
        return new MockResponse.Builder()
                .code(404)
                .setHeader("Content-Type", "application/json")
                .body("{\"errors\":[{\"code\":\"error.not.found\",\"message\":\"no route " + request.getMethod() + " "
                        + target + "\"}]}")
                .build();
    }

    /** Returns the requests of the targeted endpoint, in order. */
    synchronized List<RecordedRequest> targeted() {
        return List.copyOf(targeted);
    }

    private static MockResponse healthy(int status, String body) {
        MockResponse.Builder b =
                new MockResponse.Builder().code(status).setHeader("x-trace-id", "0000000000000000000000000000abcd");
        if (body != null) {
            b.setHeader("Content-Type", "application/json").body(body);
        }
        return b.build();
    }
}
