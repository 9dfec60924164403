package io.github.wisecards.reliability.faults;

import io.github.wisecards.core.errors.ApiConnectionException;
import io.github.wisecards.core.errors.InvalidResponseException;
import io.github.wisecards.core.errors.RateLimitException;
import io.github.wisecards.core.errors.SdkException;
import io.github.wisecards.core.errors.ServerException;
import java.io.IOException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.SocketEffect;
import okio.BufferedSink;

/**
 * A fault injected into one request of an operation, and the outcome the SDK documents for it:
 * success after a retry where the request may be retried, otherwise the typed exception.
 */
enum InjectedFault {
    /** Nothing listens on the port: every attempt fails to connect. */
    CONNECTION_REFUSED(Kind.CONNECTION, Repeat.ALWAYS),
    /** The connection is closed before the server reads the request (nothing was processed). */
    RESET_BEFORE_REQUEST(Kind.CONNECTION, Repeat.ONCE),
    /** The server read the request, then closed the connection without answering. */
    RESET_AFTER_REQUEST(Kind.CONNECTION, Repeat.ONCE),
    /** The server read the request and never answers: the read timeout fires. */
    STALL_UNTIL_TIMEOUT(Kind.CONNECTION, Repeat.ONCE),
    RATE_LIMITED_WITH_RETRY_AFTER(Kind.STATUS, Repeat.ONCE),
    RATE_LIMITED_WITHOUT_RETRY_AFTER(Kind.STATUS, Repeat.ONCE),
    HTTP_500_ONCE(Kind.STATUS, Repeat.ONCE),
    HTTP_502_ONCE(Kind.STATUS, Repeat.ONCE),
    HTTP_503_ONCE(Kind.STATUS, Repeat.ONCE),
    HTTP_504_ONCE(Kind.STATUS, Repeat.ONCE),
    HTTP_500_REPEATEDLY(Kind.STATUS, Repeat.ALWAYS),
    HTTP_502_REPEATEDLY(Kind.STATUS, Repeat.ALWAYS),
    HTTP_503_REPEATEDLY(Kind.STATUS, Repeat.ALWAYS),
    HTTP_504_REPEATEDLY(Kind.STATUS, Repeat.ALWAYS),
    /** A proxy's HTML error page (502, text/html), every time. */
    HTML_ERROR_PAGE(Kind.STATUS, Repeat.ALWAYS),
    /** 2xx with the healthy JSON cut in the middle. */
    TRUNCATED_JSON(Kind.BODY, Repeat.ALWAYS),
    /** 2xx with an HTML page (a captive portal) instead of JSON. */
    HTML_WITH_200(Kind.BODY, Repeat.ALWAYS),
    /** 2xx with no body at all. */
    EMPTY_BODY_WITH_200(Kind.BODY, Repeat.ALWAYS),
    /** The healthy JSON labelled {@code text/plain}: the SDK reads JSON whatever the label says. */
    WRONG_CONTENT_TYPE(Kind.BODY, Repeat.ALWAYS),
    /** 2xx with a body above the SDK's 16 MiB cap (streamed, never held in memory). */
    OVERSIZED_BODY(Kind.BODY, Repeat.ALWAYS);

    /** Where the fault strikes. */
    enum Kind {
        CONNECTION,
        STATUS,
        BODY
    }

    /** Whether the fault hits only the first attempt or every attempt. */
    enum Repeat {
        ONCE,
        ALWAYS
    }

    static final int OVERSIZED_BYTES = 16 * 1024 * 1024 + 64 * 1024;
    static final String RETRY_AFTER_SECONDS = "7";
    static final String HTML_PAGE = "<html><head><title>502 Bad Gateway</title></head>"
            + "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";

    final Kind kind;
    final Repeat repeat;

    InjectedFault(Kind kind, Repeat repeat) {
        this.kind = kind;
        this.repeat = repeat;
    }

    /** Returns the faulty answer to the targeted request of {@code op}. */
    MockResponse response(Operation op) {
        MockResponse.Builder b = new MockResponse.Builder();
        switch (this) {
            case RESET_BEFORE_REQUEST:
                return b.onRequestStart(new SocketEffect.CloseSocket()).build();
            case RESET_AFTER_REQUEST:
                return b.onResponseStart(new SocketEffect.CloseSocket()).build();
            case STALL_UNTIL_TIMEOUT:
                return b.onResponseStart(SocketEffect.Stall.INSTANCE).build();
            case RATE_LIMITED_WITH_RETRY_AFTER:
                return json(b.code(429).setHeader("Retry-After", RETRY_AFTER_SECONDS), errorBody(429));
            case RATE_LIMITED_WITHOUT_RETRY_AFTER:
                return json(b.code(429), errorBody(429));
            case HTTP_500_ONCE:
            case HTTP_500_REPEATEDLY:
                return json(b.code(500), errorBody(500));
            case HTTP_502_ONCE:
            case HTTP_502_REPEATEDLY:
                return json(b.code(502), errorBody(502));
            case HTTP_503_ONCE:
            case HTTP_503_REPEATEDLY:
                return json(b.code(503), errorBody(503));
            case HTTP_504_ONCE:
            case HTTP_504_REPEATEDLY:
                return json(b.code(504), errorBody(504));
            case HTML_ERROR_PAGE:
                return b.code(502)
                        .setHeader("Content-Type", "text/html")
                        .body(HTML_PAGE)
                        .build();
            case TRUNCATED_JSON:
                String ok = op.okBody == null ? "{\"status\":\"CANCELLED\"}" : op.okBody;
                return json(b.code(op.okStatus), ok.substring(0, ok.length() / 2));
            case HTML_WITH_200:
                return b.code(op.okStatus)
                        .setHeader("Content-Type", "text/html")
                        .body("<html><body>Please sign in to the network</body></html>")
                        .build();
            case EMPTY_BODY_WITH_200:
                return b.code(op.okStatus).build();
            case WRONG_CONTENT_TYPE:
                b.code(op.okStatus).setHeader("Content-Type", "text/plain; charset=utf-8");
                return op.okBody == null ? b.build() : b.body(op.okBody).build();
            case OVERSIZED_BODY:
                return b.code(op.okStatus)
                        .setHeader("Content-Type", "application/json")
                        .body(new OversizedBody())
                        .build();
            default:
                throw new IllegalStateException("no response for " + this);
        }
    }

    /** Returns the documented exception type when the operation cannot succeed despite retries. */
    Class<? extends SdkException> expectedException() {
        switch (this) {
            case CONNECTION_REFUSED:
            case RESET_BEFORE_REQUEST:
            case RESET_AFTER_REQUEST:
            case STALL_UNTIL_TIMEOUT:
                return ApiConnectionException.class;
            case RATE_LIMITED_WITH_RETRY_AFTER:
            case RATE_LIMITED_WITHOUT_RETRY_AFTER:
                return RateLimitException.class;
            case TRUNCATED_JSON:
            case HTML_WITH_200:
            case EMPTY_BODY_WITH_200:
            case OVERSIZED_BODY:
                return InvalidResponseException.class;
            default:
                return ServerException.class;
        }
    }

    private static MockResponse json(MockResponse.Builder b, String body) {
        return b.setHeader("Content-Type", "application/json").body(body).build();
    }

    private static String errorBody(int status) {
        return "{\"errors\":[{\"code\":\"error.simulated\",\"message\":\"Simulated " + status
                + "\",\"path\":null,\"arguments\":[]}]}";
    }

    /** A JSON-looking body above the cap, written in chunks so the server never holds it whole. */
    private static final class OversizedBody implements MockResponseBody {
        @Override
        public long getContentLength() {
            return OVERSIZED_BYTES;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            chunk[0] = '[';
            sink.write(chunk);
            chunk[0] = ' ';
            for (int written = chunk.length; written < OVERSIZED_BYTES; written += chunk.length) {
                sink.write(chunk);
            }
            sink.flush();
        }
    }
}
