package io.github.wisecards.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.crypto.RSADecrypter;
import io.github.wisecards.core.errors.SdkException;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import org.junit.jupiter.api.Test;

/** The PIN's JWE on its own: what it encrypts, and that the plaintext does not outlive the call. */
class PinJweEncrypterTest {
    private static final KeyPair keys = TestKeys.rsa2048();

    @Test
    void thePlaintextIsZeroedOnceEncrypted() throws Exception {
        byte[] plaintext = PinJweEncrypter.plaintext("9071".toCharArray());

        String compact = PinJweEncrypter.encryptAndWipe(
                plaintext, (RSAPublicKey) keys.getPublic(), PinEncryptionAlgorithm.RSA_OAEP_256);

        assertThat(plaintext).containsOnly((byte) 0);
        JWEObject jwe = JWEObject.parse(compact);
        assertThat(jwe.getHeader().getAlgorithm()).isEqualTo(JWEAlgorithm.RSA_OAEP_256);
        jwe.decrypt(new RSADecrypter(keys.getPrivate()));
        assertThat(jwe.getPayload().toString()).isEqualTo("{\"pin\":\"9071\"}");
    }

    @Test
    void eachAlgorithmsJweNameIsItsAlgHeader() throws Exception {
        for (PinEncryptionAlgorithm algorithm : PinEncryptionAlgorithm.values()) {
            String compact = PinJweEncrypter.encrypt("0000".toCharArray(), (RSAPublicKey) keys.getPublic(), algorithm);

            assertThat(JWEObject.parse(compact).getHeader().getAlgorithm().getName())
                    .isEqualTo(algorithm.jweName());
        }
        assertThat(PinEncryptionAlgorithm.RSA_OAEP_256.jweName()).isEqualTo("RSA-OAEP-256");
    }

    @Test
    void thePlaintextIsZeroedWhenEncryptionFailsAndTheMessageNamesNoPin() throws Exception {
        // RSA-OAEP-256 cannot wrap a 256-bit content key under a 512-bit modulus: the encrypter fails
        RSAPublicKey tooShort = (RSAPublicKey) TestKeys.rsa(512).getPublic();
        byte[] plaintext = PinJweEncrypter.plaintext("9071".toCharArray());

        assertThatThrownBy(
                        () -> PinJweEncrypter.encryptAndWipe(plaintext, tooShort, PinEncryptionAlgorithm.RSA_OAEP_256))
                .isInstanceOf(SdkException.class)
                .hasMessageStartingWith("Could not encrypt the PIN with RSA-OAEP-256/A256GCM")
                .hasMessageNotContaining("9071");
        assertThat(plaintext).containsOnly((byte) 0);
    }
}
