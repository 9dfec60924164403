package io.github.wisecards.core.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The messages of the SDK's exceptions: what happened, to which call, and nothing secret. */
class ExceptionMessagesTest {
    private static ApiException.Details details(int status) {
        return ApiException.Details.builder()
                .statusCode(status)
                .method("GET")
                .path("/v1/things/1")
                .headers(Map.of())
                .errors(List.of())
                .rawBody("")
                .build();
    }

    @Test
    void aConnectionFailureSaysWhetherItTimedOutAndQuotesItsCauseWhenItHasOne() {
        assertThat(new ApiConnectionException("GET", "/v1/x", true, null, new IOException("read timed out")))
                .hasMessage("Timed out on GET /v1/x: read timed out");
        assertThat(new ApiConnectionException("GET", "/v1/x", false, null, new IOException()))
                .hasMessage("Connection failed on GET /v1/x");
        assertThat(new ApiConnectionException("GET", "/v1/x", false, null, null))
                .hasMessage("Connection failed on GET /v1/x");
    }

    @Test
    void anUnknownOutcomeCountsItsAttemptsAndNamesTheKeyToRepeatWith() {
        String key = "00000000-0000-4000-8000-000000000001";

        assertThat(new OutcomeUnknownException("POST", "/v1/x", false, key, 1, new IOException("reset")))
                .hasMessage("Outcome unknown: POST /v1/x got no answer after 1 attempt, and Wise may have processed"
                        + " it (last failure: reset). Repeat the call with the same idempotency key " + key
                        + " (X-idempotence-uuid) to get the result without creating it twice.");
        assertThat(new OutcomeUnknownException("POST", "/v1/x", true, key, 3, new IOException()))
                .hasMessageStartingWith("Outcome unknown: POST /v1/x got no answer after 3 attempts, and Wise may"
                        + " have processed it. Repeat");
        assertThat(new OutcomeUnknownException("POST", "/v1/x", true, key, 2, null))
                .hasMessageContaining("after 2 attempts, and Wise may have processed it. Repeat");
    }

    @Test
    void anInvalidResponseNamesTheFieldAndTraceIdWhenKnown() {
        assertThat(new InvalidResponseException("Bad body", 200, "t-1", null, "/id", null, null))
                .hasMessage("Bad body at /id (trace id t-1)");
        assertThat(new InvalidResponseException("Bad body", 200, null, null, null, null, null))
                .hasMessage("Bad body");
    }

    @Test
    void aRedirectNamesItsTargetHostOrSaysThereIsNone() {
        assertThat(new RedirectNotFollowedException(details(302), "elsewhere.example").getMessage())
                .contains("redirect to host elsewhere.example not followed");
        assertThat(new RedirectNotFollowedException(details(302), null).getMessage())
                .contains("redirect to the same host (or no valid Location) not followed");
    }

    @Test
    void aValidationFailureCountsItsProblems() {
        assertThat(new ValidationException("card order", List.of(FieldViolation.of("pin", "must be 4 digits"))))
                .hasMessage("Invalid card order (1 problem): pin: must be 4 digits");
        assertThat(new ValidationException(
                        "card order",
                        List.of(FieldViolation.of("pin", "must be 4 digits"), FieldViolation.of("cvv", "required"))))
                .hasMessage("Invalid card order (2 problems): pin: must be 4 digits; cvv: required");
    }

    @Test
    void theDetailsKeepTheStatus() {
        assertThat(details(418).statusCode()).isEqualTo(418);
    }
}
