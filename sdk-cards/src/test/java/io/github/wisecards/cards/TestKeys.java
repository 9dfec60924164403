package io.github.wisecards.cards;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * RSA key pairs for the tests, each generated once per JVM. Generating a 2,048-bit pair costs
 * hundreds of milliseconds, and up to seconds in PIT's short-lived JVMs, which run a test class's
 * {@code @BeforeAll} again for every test they run.
 */
final class TestKeys {
    private static final Map<String, KeyPair> PAIRS = new ConcurrentHashMap<>();

    private TestKeys() {}

    /** The 2,048-bit pair the tests encrypt PINs to. */
    static KeyPair rsa2048() {
        return pair("primary", 2048);
    }

    /** Another 2,048-bit pair: new key material, as after a rotation. */
    static KeyPair otherRsa2048() {
        return pair("other", 2048);
    }

    /** A pair of {@code bits} bits, for keys shorter than Wise's. */
    static KeyPair rsa(int bits) {
        return pair("rsa" + bits, bits);
    }

    /** The base64 DER (X.509 SubjectPublicKeyInfo) of the pair's public key, as Wise serves it. */
    static String publicKeyDer(KeyPair pair) {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    private static KeyPair pair(String name, int bits) {
        return PAIRS.computeIfAbsent(name, n -> {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(bits);
                return generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
