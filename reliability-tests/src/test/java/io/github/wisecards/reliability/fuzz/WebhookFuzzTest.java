package io.github.wisecards.reliability.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.wisecards.core.testkit.ModelInspector;
import io.github.wisecards.testing.WebhookSigner;
import io.github.wisecards.webhooks.WebhookHeaders;
import io.github.wisecards.webhooks.WebhookVerificationException;
import io.github.wisecards.webhooks.WebhookVerificationException.Reason;
import io.github.wisecards.webhooks.WebhookVerifier;
import io.github.wisecards.webhooks.event.WebhookEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Fuzzes the webhook parser and verifier. Allowed: {@link WebhookVerificationException} only,
 * with a reason that fits (a forged signature is never accepted; a correctly signed body is never
 * refused for its signature). Every accessor of a parsed event must work.
 */
class WebhookFuzzTest {
    private static final WebhookSigner SIGNER = WebhookSigner.generate();
    /** Near the seed events' {@code sent_at}, so most seeds pass the age check and some do not. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-15T00:00:00Z"), ZoneOffset.UTC);

    private static final WebhookHeaders HEADERS =
            WebhookHeaders.of(Map.of(WebhookHeaders.DELIVERY_ID, "fuzz-delivery-1"));
    private static final WebhookVerifier VERIFIER = WebhookVerifier.builder()
            .addTrustedKey(SIGNER.publicKey())
            .maxAge(Duration.ofDays(30))
            .clock(CLOCK)
            .build();
    private static final Set<Reason> SIGNED_BODY_REASONS =
            EnumSet.of(Reason.EMPTY_BODY, Reason.BODY_TOO_LARGE, Reason.MALFORMED_PAYLOAD, Reason.TOO_OLD);

    @FuzzTest(maxDuration = "60s")
    void parseUnverified(byte[] body) {
        WebhookEvent event;
        try {
            event = WebhookVerifier.parseUnverified(HEADERS, body);
        } catch (WebhookVerificationException e) {
            if (e.reason() != Reason.MALFORMED_PAYLOAD) {
                throw new AssertionError("parsing alone refused with " + e.reason(), e);
            }
            ModelInspector.inspect(e);
            return;
        }
        ModelInspector.inspect(event);
    }

    @FuzzTest(maxDuration = "60s")
    void verifyRejectsForgedSignatures(FuzzedDataProvider data) {
        String signature = data.consumeString(700);
        byte[] body = data.consumeRemainingAsBytes();
        try {
            VERIFIER.verify(signature, body);
        } catch (WebhookVerificationException e) {
            ModelInspector.inspect(e);
            return;
        }
        throw new AssertionError("a signature not made with the trusted key was accepted");
    }

    @FuzzTest(maxDuration = "60s")
    void verifyAndParseSignedBodies(byte[] body) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(WebhookHeaders.DELIVERY_ID, "fuzz-delivery-1");
        map.put(WebhookHeaders.TEST_NOTIFICATION, "false");
        if (body.length > 0) {
            map.put(WebhookHeaders.SIGNATURE, SIGNER.sign(body));
        }
        WebhookEvent event;
        try {
            event = VERIFIER.verifyAndParse(WebhookHeaders.of(map), body);
        } catch (WebhookVerificationException e) {
            if (!SIGNED_BODY_REASONS.contains(e.reason())) {
                throw new AssertionError("a correctly signed body was refused with " + e.reason(), e);
            }
            ModelInspector.inspect(e);
            return;
        }
        ModelInspector.inspect(event);
    }
}
