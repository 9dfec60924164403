package io.github.wisecards.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiResponseTest {
    private static final Map<String, List<String>> HEADERS = Map.of(
            "x-trace-id", List.of("trace-1"), "x-external-correlation-id", List.of("echoed-1"), "empty", List.of());

    private static ApiResponse<String> response(String correlationId) {
        return ApiResponse.of("data", 201, HEADERS, "key-1", correlationId, 2);
    }

    @Test
    void theCallersCorrelationIdWinsOverTheEchoedOne() {
        assertThat(response("mine-1").correlationId()).contains("mine-1");
        assertThat(response(null).correlationId()).contains("echoed-1");
        assertThat(ApiResponse.of("data", 200, Map.of(), null, null, 1).correlationId())
                .isEmpty();
    }

    @Test
    void headersAreReadCaseInsensitivelyAndAnEmptyListIsAbsent() {
        assertThat(response(null).header("X-Trace-Id")).contains("trace-1");
        assertThat(response(null).traceId()).contains("trace-1");
        assertThat(response(null).header("empty")).isEmpty();
        assertThat(response(null).header("missing")).isEmpty();
    }

    @Test
    void withDataKeepsEverythingButTheData() {
        ApiResponse<Integer> mapped = response("mine-1").withData(7);

        assertThat(mapped.data()).isEqualTo(7);
        assertThat(mapped.statusCode()).isEqualTo(201);
        assertThat(mapped.headers()).isEqualTo(HEADERS);
        assertThat(mapped.idempotencyKey()).contains("key-1");
        assertThat(mapped.correlationId()).contains("mine-1");
        assertThat(mapped.attempts()).isEqualTo(2);
    }

    @Test
    void responsesAreEqualOnlyWhenEveryPartIs() {
        ApiResponse<String> r = response("c");

        assertThat(r).isEqualTo(response("c")).hasSameHashCodeAs(response("c"));
        assertThat(r).isNotEqualTo(ApiResponse.of("other", 201, HEADERS, "key-1", "c", 2));
        assertThat(r).isNotEqualTo(ApiResponse.of("data", 200, HEADERS, "key-1", "c", 2));
        assertThat(r).isNotEqualTo(ApiResponse.of("data", 201, Map.of(), "key-1", "c", 2));
        assertThat(r).isNotEqualTo(ApiResponse.of("data", 201, HEADERS, "key-2", "c", 2));
        assertThat(r).isNotEqualTo(ApiResponse.of("data", 201, HEADERS, "key-1", "d", 2));
        assertThat(r).isNotEqualTo(ApiResponse.of("data", 201, HEADERS, "key-1", "c", 3));
        assertThat(r).isNotEqualTo("data");
        assertThat(r).doesNotHaveSameHashCodeAs(ApiResponse.of("data", 201, HEADERS, "key-2", "c", 2));
    }

    @Test
    void toStringShowsStatusTraceKeyAttemptsAndData() {
        assertThat(response("c").toString())
                .isEqualTo("ApiResponse{status=201, traceId=trace-1, idempotencyKey=key-1, attempts=2, data=data}");
    }
}
