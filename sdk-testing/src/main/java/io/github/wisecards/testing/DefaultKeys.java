package io.github.wisecards.testing;

import java.security.KeyPair;

/**
 * RSA key pairs shared by simulators that were not given their own, generated once per JVM: a
 * 2048-bit key takes a noticeable time to generate, and test keys need not differ per simulator.
 */
final class DefaultKeys {
    private DefaultKeys() {}

    static KeyPair webhook() {
        return Webhook.KEYS;
    }

    static KeyPair encryption() {
        return Encryption.KEYS;
    }

    private static final class Webhook {
        static final KeyPair KEYS = WebhookSigner.generateRsaKeyPair();
    }

    private static final class Encryption {
        static final KeyPair KEYS = WebhookSigner.generateRsaKeyPair();
    }
}
