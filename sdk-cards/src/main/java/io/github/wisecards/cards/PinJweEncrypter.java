package io.github.wisecards.cards;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSAEncrypter;
import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.errors.SdkException;
import io.github.wisecards.core.errors.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.List;

/**
 * Encrypts a PIN for the card-data host as a JWE compact serialization: {@code enc} {@code
 * A256GCM}, {@code alg} {@code RSA1_5} or {@code RSA-OAEP-256}. The PIN only ever lives in char and
 * byte arrays that are zeroed after use; it is never logged or put in a String.
 */
final class PinJweEncrypter {
    /** The JSON field name of the PIN inside the JWE plaintext. */
    static final String PIN_FIELD = "pin";

    private PinJweEncrypter() {}

    /**
     * Checks that {@code pin} is exactly 4 ASCII digits.
     *
     * @throws ValidationException naming the field {@code pin}, never its value
     */
    static void checkPin(char[] pin) {
        boolean valid = pin != null && pin.length == 4;
        for (int i = 0; valid && i < pin.length; i++) {
            valid = pin[i] >= '0' && pin[i] <= '9';
        }
        if (!valid) {
            throw new ValidationException("PIN", List.of(FieldViolation.of(PIN_FIELD, "Must be exactly 4 digits")));
        }
    }

    /**
     * Builds the JWE plaintext: the one place that knows its shape, {@code {"pin":"1234"}}. Wise
     * does not publish the shape; change it here only. The caller zeroes the returned array.
     */
    static byte[] plaintext(char[] pin) {
        byte[] prefix = ("{\"" + PIN_FIELD + "\":\"").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[prefix.length + pin.length + 2];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        for (int i = 0; i < pin.length; i++) {
            out[prefix.length + i] = (byte) pin[i]; // ASCII digits only, checked by checkPin
        }
        out[out.length - 2] = '"';
        out[out.length - 1] = '}';
        return out;
    }

    /**
     * Encrypts {@code pin} (already checked) under {@code key}.
     *
     * @return the JWE compact serialization
     * @throws SdkException if encryption fails (the message never contains the PIN)
     */
    static String encrypt(char[] pin, RSAPublicKey key, PinEncryptionAlgorithm algorithm) {
        return encryptAndWipe(plaintext(pin), key, algorithm);
    }

    /**
     * Encrypts {@code plaintext} under {@code key}, then zeroes it, whether encryption succeeded or
     * not.
     *
     * @return the JWE compact serialization
     * @throws SdkException if encryption fails (the message never contains the plaintext)
     */
    static String encryptAndWipe(byte[] plaintext, RSAPublicKey key, PinEncryptionAlgorithm algorithm) {
        JWEAlgorithm alg =
                algorithm == PinEncryptionAlgorithm.RSA_OAEP_256 ? JWEAlgorithm.RSA_OAEP_256 : JWEAlgorithm.RSA1_5;
        try {
            JWEObject jwe = new JWEObject(new JWEHeader(alg, EncryptionMethod.A256GCM), new Payload(plaintext));
            jwe.encrypt(new RSAEncrypter(key));
            return jwe.serialize();
        } catch (JOSEException e) {
            throw new SdkException(
                    "Could not encrypt the PIN with " + alg + "/A256GCM: "
                            + e.getClass().getSimpleName(),
                    e);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }
}
