package io.github.wisecards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.testing.WiseSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the README's demo in CI, so that its main command cannot silently break. */
class KioskFlowDemoTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void walksTheWholeKioskFlowAgainstTheSimulatorAndSucceeds() {
        DemoResult result = KioskFlowDemo.run(out, Map.of());

        assertThat(result.failure()).isEmpty();
        assertThat(result.success()).isTrue();
        assertThat(result.exitCode()).isZero();
        assertThat(result.mode()).isEqualTo("simulator");
        assertThat(result.orderStatus()).isEqualTo("PRODUCED");
        assertThat(result.productionStatus()).isEqualTo("PRODUCED");
        assertThat(result.ordersForIdempotencyKey()).isEqualTo(1);
        assertThat(result.createAttempts()).isEqualTo(2);
        assertThat(result.productionErrors()).containsExactly("PRT_RIBBON_ENDED");
        // PLACED, REQUIREMENTS_FULFILLED, CARD_DETAILS_CREATED, READY, IN_PROGRESS, PRODUCTION_ERROR,
        // IN_PROGRESS, PRODUCED (production) and PRODUCED (order): every one verified, each once.
        assertThat(result.webhooksProcessed()).isEqualTo(9);
        assertThat(result.duplicateWebhooks()).isEqualTo(1);
        assertThat(result.rejectedWebhooks()).isZero();
    }

    @Test
    void printsANarrativeWithTraceIdsAndEndsWithAOneLineSummary() {
        DemoResult result = KioskFlowDemo.run(out, Map.of());

        String text = output();
        assertThat(text).contains("Step 1. List the card programs", "Step 10. See card order 1001 move to PRODUCED");
        assertThat(text).contains("x-trace-id 00000000000000000000000000000001");
        assertThat(text).contains("webhook: kiosk production is READY (verified webhook, delivery ");
        assertThat(text).contains("production PRODUCTION_ERROR, PRT_RIBBON_ENDED", "OPERATOR_ACTION_AT_KIOSK");
        assertThat(text).contains("card order 1001 is PRODUCED, card ****");
        List<String> lines = text.strip().lines().toList();
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo(result.summary())
                .startsWith("RESULT: OK (simulator): card order 1001 PRODUCED at kiosk WIS00001, card ****");
    }

    @Test
    void neverPrintsTheAccessTokenThePinOrAFullCardToken() {
        try (WiseSimulator standIn = WiseSimulator.started()) {
            DemoResult result = KioskFlowDemo.run(out, sandboxEnv(standIn));

            assertThat(result.success()).isTrue();
            String cardToken = standIn.cardToken(result.cardOrderId()).orElseThrow();
            assertThat(output())
                    .doesNotContain(standIn.accessToken())
                    .doesNotContain(cardToken)
                    .contains("****" + cardToken.substring(cardToken.length() - 4))
                    .doesNotContain("2580");
        }
    }

    @Test
    void runsTheSandboxPathUnchangedWhenTheEnvironmentNamesAnAccountAndProfile() {
        // The simulator stands in for the sandbox through WISE_API_BASE_URL: the demo takes the
        // code path it takes against Wise (no fault injection, the simulation endpoint reports the
        // printer error, waiters instead of webhooks).
        try (WiseSimulator standIn = WiseSimulator.started()) {
            DemoResult result = KioskFlowDemo.run(out, sandboxEnv(standIn));

            assertThat(result.failure()).isEmpty();
            assertThat(result.mode()).isEqualTo("sandbox");
            assertThat(result.orderStatus()).isEqualTo("PRODUCED");
            assertThat(result.productionErrors()).containsExactly("PRT_RIBBON_ENDED");
            assertThat(result.ordersForIdempotencyKey()).isEqualTo(-1);
            assertThat(standIn.cardOrderIds(777L)).containsExactly(result.cardOrderId());
            assertThat(standIn.cardOrderStatus(result.cardOrderId())).isEqualTo("PRODUCED");
            assertThat(standIn.requests("POST", "/v1/simulation/spend/profiles/*/cards/*/production"))
                    .hasSize(2);
            assertThat(output())
                    .contains("(skipped in the sandbox) injecting a dropped connection")
                    .contains("awaitReady: kiosk production is READY")
                    .contains("polled with the SDK's waiter: production PRODUCTION_ERROR, PRT_RIBBON_ENDED")
                    .contains("RESULT: OK (sandbox)");
        }
    }

    @Test
    void refusesToOrderACardInProductionAndExitsWith1() {
        DemoResult result = KioskFlowDemo.run(
                out,
                Map.of(
                        "WISE_ACCESS_TOKEN", "secret-access-token-value",
                        "WISE_PROFILE_ID", "777",
                        "WISE_ENV", "production"));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.failure())
                .hasValueSatisfying(f -> assertThat(f).contains("refusing to run against Wise production"));
        assertThat(output())
                .contains("FAILED in step 0")
                .contains("RESULT: FAILED (sandbox)")
                .doesNotContain("secret-access-token-value");
    }

    @Test
    void failsWithExitCode1WhenTheProfileIsMissing() {
        DemoResult result = KioskFlowDemo.run(out, Map.of("WISE_ACCESS_TOKEN", "secret-access-token-value"));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.failure()).hasValueSatisfying(f -> assertThat(f).contains("WISE_PROFILE_ID is not set"));
        assertThat(output()).doesNotContain("secret-access-token-value");
    }

    @Test
    void reportsAFailedStepWithItsTraceIdAndExitCode1() {
        try (WiseSimulator standIn = WiseSimulator.started()) {
            // A token the stand-in does not know: the first call answers 401.
            Map<String, String> env = Map.of(
                    "WISE_ACCESS_TOKEN",
                    "unknown-token",
                    "WISE_PROFILE_ID",
                    "777",
                    "WISE_API_BASE_URL",
                    standIn.apiBaseUrl(),
                    "WISE_CARD_DATA_BASE_URL",
                    standIn.cardDataBaseUrl());

            DemoResult result = KioskFlowDemo.run(out, env);

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.failure())
                    .hasValueSatisfying(f -> assertThat(f).contains("AuthenticationException", "401"));
            assertThat(output())
                    .contains("FAILED in step 1")
                    .contains("(trace id 00000000000000000000000000000001)")
                    .doesNotContain("unknown-token");
        }
    }

    private static Map<String, String> sandboxEnv(WiseSimulator standIn) {
        return Map.of(
                "WISE_ACCESS_TOKEN", standIn.accessToken(),
                "WISE_PROFILE_ID", "777",
                "WISE_API_BASE_URL", standIn.apiBaseUrl(),
                "WISE_CARD_DATA_BASE_URL", standIn.cardDataBaseUrl());
    }
}
