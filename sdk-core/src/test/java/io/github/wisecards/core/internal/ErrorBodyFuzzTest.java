package io.github.wisecards.core.internal;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.wisecards.core.errors.ApiError;
import io.github.wisecards.core.errors.ApiException;
import io.github.wisecards.core.testkit.ModelInspector;
import io.github.wisecards.core.testkit.Responses;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fuzzes the error-body parser ("never throws") and the mapping of an error response to its
 * exception: nothing may escape either; the exception's accessors must all work.
 */
class ErrorBodyFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void errorBody(byte[] body) {
        List<ApiError> errors = ErrorBodyParser.parse(body);
        ModelInspector.inspect(errors);
    }

    @FuzzTest(maxDuration = "60s")
    void errorResponse(FuzzedDataProvider data) {
        int status = data.consumeInt(400, 599);
        Map<String, List<String>> headers = new TreeMap<>();
        if (data.consumeBoolean()) {
            headers.put("retry-after", List.of(data.consumeString(40)));
        }
        if (data.consumeBoolean()) {
            headers.put("x-trace-id", List.of(data.consumeString(40)));
        }
        if (data.consumeBoolean()) {
            headers.put("x-2fa-approval", List.of(data.consumeString(40)));
        }
        if (data.consumeBoolean()) {
            List<String> values = new ArrayList<>();
            values.add(data.consumeString(20));
            headers.put(data.consumeString(20).toLowerCase(java.util.Locale.ROOT), values);
        }
        ResponseContext ctx = Responses.of(status, headers, data.consumeRemainingAsBytes(), false);
        ApiException e = ctx.defaultException().get();
        if (e.statusCode() != status) {
            throw new AssertionError("status " + status + " mapped to " + e.statusCode());
        }
        ModelInspector.inspect(e);
    }
}
