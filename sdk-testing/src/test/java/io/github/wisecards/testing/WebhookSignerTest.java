package io.github.wisecards.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {
    private static final WebhookSigner SIGNER = WebhookSigner.generate();

    @Test
    void signaturesVerifyWithSha256WithRsaAndThePublicKey() throws Exception {
        byte[] body = "{\"event_type\":\"cards#card-status-change\"}".getBytes(StandardCharsets.UTF_8);

        String signature = SIGNER.sign(body);

        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(SIGNER.publicKey());
        verifier.update(body);
        assertThat(verifier.verify(Base64.getDecoder().decode(signature))).isTrue();
        verifier.initVerify(SIGNER.publicKey());
        verifier.update("{}".getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.verify(Base64.getDecoder().decode(signature))).isFalse();
    }

    @Test
    void thePemParsesBackToThePublicKey() throws Exception {
        String pem = SIGNER.publicKeyPem();
        String base64 = pem.replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");

        PublicKey parsed = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));

        assertThat(parsed).isEqualTo(SIGNER.publicKey());
        assertThat(pem.lines().skip(1).findFirst().orElseThrow()).hasSize(64);
        assertThat(SIGNER.toString()).isEqualTo("WebhookSigner{RSA-2048}");
    }
}
