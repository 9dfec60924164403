package io.github.wisecards.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.core.errors.ApiError;
import io.github.wisecards.core.errors.FieldViolation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Equality and text of the SDK's small public value types. */
class ValueTypesTest {
    @Test
    void callContextsAreEqualByUserOperationAndPathValues() {
        CallContext c = CallContext.of("alice", "GET", "/v1/profiles/{profileId}", Map.of("profileId", "7"));

        assertThat(c.method()).isEqualTo("GET");
        assertThat(c.pathTemplate()).isEqualTo("/v1/profiles/{profileId}");
        assertThat(c)
                .isEqualTo(CallContext.of("alice", "GET", "/v1/profiles/{profileId}", Map.of("profileId", "7")))
                .hasSameHashCodeAs(
                        CallContext.of("alice", "GET", "/v1/profiles/{profileId}", Map.of("profileId", "7")));
        assertThat(c).isNotEqualTo(CallContext.of("bob", "GET", "/v1/profiles/{profileId}", Map.of("profileId", "7")));
        assertThat(c)
                .isNotEqualTo(CallContext.of("alice", "PUT", "/v1/profiles/{profileId}", Map.of("profileId", "7")));
        assertThat(c).isNotEqualTo(CallContext.of("alice", "GET", "/v1/other/{profileId}", Map.of("profileId", "7")));
        assertThat(c)
                .isNotEqualTo(CallContext.of("alice", "GET", "/v1/profiles/{profileId}", Map.of("profileId", "8")));
        assertThat(c).isNotEqualTo("alice");
        assertThat(c)
                .doesNotHaveSameHashCodeAs(
                        CallContext.of("bob", "GET", "/v1/profiles/{profileId}", Map.of("profileId", "7")));
        assertThat(c.toString())
                .isEqualTo("CallContext{user=alice, GET /v1/profiles/{profileId}, pathValues={profileId=7}}");
    }

    @Test
    void theEmptyCallContextNamesNoUserAndNoValues() {
        CallContext none = CallContext.none();

        assertThat(none.user()).isEmpty();
        assertThat(none.pathValue("profileId")).isEmpty();
        assertThat(none).isEqualTo(CallContext.none());
    }

    @Test
    void fieldViolationsAreEqualByFieldAndMessage() {
        FieldViolation v = FieldViolation.of("pin", "must be 4 digits");

        assertThat(v)
                .isEqualTo(FieldViolation.of("pin", "must be 4 digits"))
                .hasSameHashCodeAs(FieldViolation.of("pin", "must be 4 digits"));
        assertThat(v).isNotEqualTo(FieldViolation.of("cvv", "must be 4 digits"));
        assertThat(v).isNotEqualTo(FieldViolation.of("pin", "must be 6 digits"));
        assertThat(v).isNotEqualTo("pin");
        assertThat(v).doesNotHaveSameHashCodeAs(FieldViolation.of("cvv", "must be 4 digits"));
    }

    @Test
    void apiErrorsAreEqualByEveryPart() {
        ApiError e = ApiError.of("code", "message", "path", List.of("a"));

        assertThat(e)
                .isEqualTo(ApiError.of("code", "message", "path", List.of("a")))
                .hasSameHashCodeAs(ApiError.of("code", "message", "path", List.of("a")));
        assertThat(e).isNotEqualTo(ApiError.of("other", "message", "path", List.of("a")));
        assertThat(e).isNotEqualTo(ApiError.of("code", "other", "path", List.of("a")));
        assertThat(e).isNotEqualTo(ApiError.of("code", "message", "other", List.of("a")));
        assertThat(e).isNotEqualTo(ApiError.of("code", "message", "path", List.of("b")));
        assertThat(e).isNotEqualTo("code");
        assertThat(e).doesNotHaveSameHashCodeAs(ApiError.of("other", "message", "path", List.of("a")));
    }

    @Test
    void anApiErrorShowsWhatItHasInOrder() {
        assertThat(ApiError.of("code", "message", "path", null).toString()).isEqualTo("code [path]: message");
        assertThat(ApiError.of(null, "message", "path", null).toString()).isEqualTo("[path]: message");
        assertThat(ApiError.of(null, "message", null, null).toString()).isEqualTo("message");
        assertThat(ApiError.of("code", null, null, null).toString()).isEqualTo("code");
        assertThat(ApiError.of(null, null, "path", null).toString()).isEqualTo("[path]");
        assertThat(ApiError.of(null, null, null, null).toString()).isEqualTo("(no details)");
    }

    @Test
    void pagesAreEqualByItemsCountNumberAndSize() {
        Page<String> p = Page.of(List.of("a"), 3, 1, 10);

        assertThat(p).isEqualTo(Page.of(List.of("a"), 3, 1, 10)).hasSameHashCodeAs(Page.of(List.of("a"), 3, 1, 10));
        assertThat(p).isNotEqualTo(Page.of(List.of("b"), 3, 1, 10));
        assertThat(p).isNotEqualTo(Page.of(List.of("a"), 4, 1, 10));
        assertThat(p).isNotEqualTo(Page.of(List.of("a"), 3, 2, 10));
        assertThat(p).isNotEqualTo(Page.of(List.of("a"), 3, 1, 20));
        assertThat(p).isNotEqualTo("a");
        assertThat(p.hashCode()).isNotEqualTo(Page.of(List.of("b"), 3, 1, 10).hashCode());
        assertThat(p.toString()).isEqualTo("Page{number=1, size=10, totalCount=3, items=[a]}");
    }

    @Test
    void anAttemptShowsItsOutcomeButNotItsErrorsMessage() {
        RequestAttempt failed = RequestAttempt.of(
                "GET", "/v1/x", null, Duration.ofMillis(12), 1, null, new IllegalStateException("secret"), true);
        RequestAttempt ok = RequestAttempt.of("GET", "/v1/x", 200, Duration.ofMillis(3), 2, "t-1", null, false);

        assertThat(failed.toString())
                .isEqualTo("RequestAttempt{GET /v1/x, status=null, attempt=1, duration=12ms, traceId=null,"
                        + " error=IllegalStateException, willRetry=true}");
        assertThat(ok.toString())
                .isEqualTo("RequestAttempt{GET /v1/x, status=200, attempt=2, duration=3ms, traceId=t-1,"
                        + " willRetry=false}");
    }

    @Test
    void aCallEndShowsItsOutcomeButNotItsErrorsMessage() {
        CallStart start = CallStart.of("POST", "/v1/x", null);

        assertThat(CallEnd.of(start, 201, "t-1", null, 1, Duration.ofMillis(5)).toString())
                .isEqualTo("CallEnd{POST /v1/x, status=201, attempts=1, duration=5ms, traceId=t-1}");
        assertThat(CallEnd.of(start, null, null, new IllegalStateException("secret"), 3, Duration.ofMillis(7))
                        .toString())
                .isEqualTo("CallEnd{POST /v1/x, status=null, attempts=3, duration=7ms, traceId=null,"
                        + " error=IllegalStateException}");
    }
}
