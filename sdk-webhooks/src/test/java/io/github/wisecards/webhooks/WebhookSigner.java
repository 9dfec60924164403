package io.github.wisecards.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Test support: signs webhook bodies the way Wise does (RSA PKCS#1 v1.5 SHA-256, Base64 in
 * {@code X-Signature-SHA256}) with a throwaway key pair, so tests can send signed events.
 */
public final class WebhookSigner {
    private final KeyPair keyPair;

    private WebhookSigner(KeyPair keyPair) {
        this.keyPair = keyPair;
    }

    /** Returns a signer with a new 2048-bit RSA key pair. */
    public static WebhookSigner generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new WebhookSigner(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns the public key to trust in a verifier. */
    public PublicKey publicKey() {
        return keyPair.getPublic();
    }

    /** Returns the public key as a PEM {@code PUBLIC KEY} block. */
    public String publicKeyPem() {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(keyPair.getPublic().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
    }

    /** Returns the {@code X-Signature-SHA256} value for {@code body}. */
    public String sign(byte[] body) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keyPair.getPrivate());
            signature.update(body);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns the headers Wise would send with {@code body}: signature and a new delivery id. */
    public Map<String, String> headers(byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(WebhookHeaders.SIGNATURE, sign(body));
        headers.put(WebhookHeaders.DELIVERY_ID, UUID.randomUUID().toString());
        return headers;
    }

    /** Returns {@link #headers(byte[])} with {@code X-Test-Notification: true} added. */
    public Map<String, String> testNotificationHeaders(byte[] body) {
        Map<String, String> headers = headers(body);
        headers.put(WebhookHeaders.TEST_NOTIFICATION, "true");
        return headers;
    }
}
