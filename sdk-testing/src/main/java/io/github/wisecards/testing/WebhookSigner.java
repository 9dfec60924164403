package io.github.wisecards.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Objects;

/**
 * Signs webhook bodies the way Wise does: {@code SHA256withRSA} (RSA PKCS#1 v1.5 over SHA-256) of
 * the raw body bytes, Base64-encoded, as sent in {@code X-Signature-SHA256}.
 *
 * <p>Use it in tests of a webhook endpoint: sign a body with a generated key pair and configure the
 * verifier to trust {@link #publicKey()}. Thread-safe.
 *
 * <pre>{@code
 * WebhookSigner signer = WebhookSigner.generate();
 * String signature = signer.sign(body);  // X-Signature-SHA256
 * String pem = signer.publicKeyPem();    // trust this key in the verifier under test
 * }</pre>
 */
public final class WebhookSigner {
    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private WebhookSigner(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.publicKey = Objects.requireNonNull(publicKey, "publicKey");
        if (!(publicKey instanceof RSAPublicKey)) {
            throw new IllegalArgumentException("publicKey: expected an RSA key but was " + publicKey.getAlgorithm());
        }
    }

    /** {@return a signer with a freshly generated 2048-bit RSA key pair} */
    public static WebhookSigner generate() {
        return of(generateRsaKeyPair());
    }

    /**
     * {@return a signer using an existing RSA key pair}
     *
     * @param keyPair an RSA key pair; its private key signs
     * @throws IllegalArgumentException if the key pair is not RSA
     * @throws NullPointerException if {@code keyPair} is null
     */
    public static WebhookSigner of(KeyPair keyPair) {
        Objects.requireNonNull(keyPair, "keyPair");
        return new WebhookSigner(keyPair.getPrivate(), keyPair.getPublic());
    }

    /**
     * {@return the Base64 {@code SHA256withRSA} signature of {@code body}}
     *
     * @param body the exact body bytes to be sent
     * @throws IllegalStateException if the JDK cannot sign with the key
     * @throws NullPointerException if {@code body} is null
     */
    public String sign(byte[] body) {
        Objects.requireNonNull(body, "body");
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(privateKey);
            s.update(body);
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the webhook body with SHA256withRSA", e);
        }
    }

    /** {@return the public key that verifies this signer's signatures} */
    public PublicKey publicKey() {
        return publicKey;
    }

    /** {@return the public key as a PEM {@code PUBLIC KEY} block (X.509 SubjectPublicKeyInfo)} */
    public String publicKeyPem() {
        return pem(publicKey);
    }

    static String pem(PublicKey key) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
    }

    static KeyPair generateRsaKeyPair() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key pair", e);
        }
    }

    @Override
    public String toString() {
        return "WebhookSigner{RSA-" + ((RSAPublicKey) publicKey).getModulus().bitLength() + "}";
    }
}
