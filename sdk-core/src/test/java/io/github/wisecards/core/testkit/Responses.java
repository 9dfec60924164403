package io.github.wisecards.core.testkit;

import io.github.wisecards.core.errors.ApiException;
import io.github.wisecards.core.internal.ExceptionMapper;
import io.github.wisecards.core.internal.ResponseContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** Builds what the SDK's decoders and error handlers see of a response, without I/O. */
public final class Responses {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private Responses() {}

    /** Returns a response with {@code status} and {@code body}, as attempt 1 of a GET. */
    public static ResponseContext of(int status, byte[] body) {
        return of(status, Map.of(), body, false);
    }

    /** Returns a response with headers (names in lower case). */
    public static ResponseContext of(
            int status, Map<String, List<String>> headers, byte[] body, boolean retriedAfterIoFailure) {
        AtomicReference<ResponseContext> self = new AtomicReference<>();
        ResponseContext ctx = new ResponseContext(
                status,
                headers,
                body,
                "GET",
                "/v3/spend/profiles/1/fuzz",
                retriedAfterIoFailure ? 2 : 1,
                retriedAfterIoFailure,
                null,
                null,
                () -> defaultException(self.get()));
        self.set(ctx);
        return ctx;
    }

    private static ApiException defaultException(ResponseContext ctx) {
        return ExceptionMapper.map(ctx, CLOCK);
    }
}
