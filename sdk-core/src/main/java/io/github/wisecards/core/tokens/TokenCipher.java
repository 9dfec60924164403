package io.github.wisecards.core.tokens;

import io.github.wisecards.core.errors.TokenStoreException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM encryption of one stored token value: {@code gcm1:} + Base64(12-byte random IV ||
 * ciphertext || 16-byte tag). The additional authenticated data binds the value to its user and
 * column, so a ciphertext copied to another row or column fails to decrypt.
 */
final class TokenCipher {
    static final String PREFIX = "gcm1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    TokenCipher(SecretKey key) {
        if (!"AES".equalsIgnoreCase(key.getAlgorithm())) {
            throw new IllegalArgumentException("encryptionKey: must be an AES key but is " + key.getAlgorithm());
        }
        byte[] encoded = key.getEncoded();
        if (encoded != null && encoded.length != 16 && encoded.length != 24 && encoded.length != 32) {
            throw new IllegalArgumentException("encryptionKey: must be 128, 192 or 256 bits");
        }
        this.key = key;
    }

    String encrypt(String user, String column, String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(user, column));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return PREFIX
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length)
                                    .put(iv)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            // the exception names the algorithm, never the plaintext or the key
            throw new TokenStoreException("cannot encrypt the " + column + " of user " + user, e);
        }
    }

    String decrypt(String user, String column, String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new TokenStoreException(
                    "the stored " + column + " of user " + user
                            + " is not encrypted, but the store has an encryption key: refusing it",
                    null);
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            // an IV and a whole tag at least: shorter, the JDK's cipher throws an untyped ProviderException
            if (all.length < IV_BYTES + TAG_BITS / 8) {
                throw new GeneralSecurityException("too short");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            cipher.updateAAD(aad(user, column));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new TokenStoreException(
                    "cannot decrypt the stored " + column + " of user " + user
                            + " (wrong key, or the value was altered or copied from another row)",
                    null);
        }
    }

    private static byte[] aad(String user, String column) {
        return ("wise-cards/user-tokens/" + column + "/" + user).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "TokenCipher(AES-GCM, key=[REDACTED])";
    }
}
