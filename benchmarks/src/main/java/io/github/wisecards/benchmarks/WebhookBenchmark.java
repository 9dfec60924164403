package io.github.wisecards.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wisecards.benchmarks.fixture.Fixtures;
import io.github.wisecards.testing.WebhookSigner;
import io.github.wisecards.webhooks.WebhookHeaders;
import io.github.wisecards.webhooks.WebhookVerifier;
import io.github.wisecards.webhooks.event.WebhookEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Case 4: a signed card status change webhook: {@code WebhookVerifier.verifyAndParse} (signature
 * check on the raw bytes, typed event) against {@code Signature} SHA256withRSA plus a Jackson tree
 * parse, with the same 2048-bit key and body.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class WebhookBenchmark {
    private byte[] body;
    private String signature;
    private PublicKey key;
    private WebhookVerifier verifier;
    private WebhookHeaders headers;
    private ObjectMapper mapper;

    /** Signs the fixture with a fresh key the verifier trusts. */
    @Setup
    public void sign() {
        WebhookSigner signer = WebhookSigner.generate();
        body = Fixtures.text("webhook-card-status-change.json").getBytes(StandardCharsets.UTF_8);
        signature = signer.sign(body);
        key = signer.publicKey();
        verifier = WebhookVerifier.builder().addTrustedKey(key).build();
        headers = WebhookHeaders.of(
                Map.of(WebhookHeaders.SIGNATURE, signature, WebhookHeaders.DELIVERY_ID, "0f5c4b8e-bench-delivery"));
        mapper = new ObjectMapper();
    }

    /** SDK: verify the signature and parse a typed event. */
    @Benchmark
    public WebhookEvent sdk() {
        return verifier.verifyAndParse(headers, body);
    }

    /** Raw: decode the header, verify SHA256withRSA, parse a Jackson tree. */
    @Benchmark
    public JsonNode raw() throws GeneralSecurityException, IOException {
        byte[] sig = Base64.getDecoder().decode(signature);
        Signature verify = Signature.getInstance("SHA256withRSA");
        verify.initVerify(key);
        verify.update(body);
        if (!verify.verify(sig)) {
            throw new IllegalStateException("signature mismatch");
        }
        return mapper.readTree(body);
    }
}
