package io.github.wisecards.webhooks;

import io.github.wisecards.core.Environment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/** Parses, checks and fingerprints the RSA public keys that sign webhooks. */
final class PublicKeys {
    static final int MIN_BITS = 2048;

    private static final String PRODUCTION_RESOURCE = "wise-production-public-key.pem";
    private static final String SANDBOX_RESOURCE = "wise-sandbox-public-key.pem";

    private PublicKeys() {}

    /** Returns the bundled Wise key for an environment: production's, else sandbox's. */
    static RSAPublicKey bundled(Environment environment) {
        return bundledResource(environment.isProduction() ? PRODUCTION_RESOURCE : SANDBOX_RESOURCE);
    }

    static RSAPublicKey bundledResource(String name) {
        try (InputStream in = PublicKeys.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled webhook key missing from the jar: " + name);
            }
            return fromPem(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled webhook key " + name, e);
        }
    }

    /**
     * Parses a PEM {@code PUBLIC KEY} (X.509 SubjectPublicKeyInfo) or {@code CERTIFICATE}.
     *
     * @throws IllegalArgumentException if it is neither, or not an RSA key of at least 2048 bits
     */
    static RSAPublicKey fromPem(String pem) {
        Objects.requireNonNull(pem, "pem");
        String text = pem.trim();
        if (text.startsWith("-----BEGIN CERTIFICATE-----")) {
            try {
                PublicKey key = CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)))
                        .getPublicKey();
                return requireRsa(key);
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("not a valid PEM certificate", e);
            }
        }
        String begin = "-----BEGIN PUBLIC KEY-----";
        String end = "-----END PUBLIC KEY-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end, Math.max(from, 0));
        if (from == -1 || to == -1) {
            throw new IllegalArgumentException(
                    "expected a PEM '" + begin + "' (X.509 SubjectPublicKeyInfo) or a PEM certificate");
        }
        String base64 = text.substring(from + begin.length(), to).replaceAll("\\s", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("PEM public key is not valid Base64", e);
        }
        return fromDer(der);
    }

    /**
     * Parses a DER X.509 SubjectPublicKeyInfo.
     *
     * @throws IllegalArgumentException if it is not an RSA key of at least 2048 bits
     */
    static RSAPublicKey fromDer(byte[] der) {
        Objects.requireNonNull(der, "der");
        try {
            return requireRsa(KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a DER X.509 RSA public key", e);
        }
    }

    static RSAPublicKey requireRsa(PublicKey key) {
        Objects.requireNonNull(key, "key");
        if (!(key instanceof RSAPublicKey rsa)) {
            throw new IllegalArgumentException("webhook keys must be RSA but was " + key.getAlgorithm());
        }
        if (rsa.getModulus().bitLength() < MIN_BITS) {
            throw new IllegalArgumentException("webhook keys must have at least " + MIN_BITS + " bits but had "
                    + rsa.getModulus().bitLength());
        }
        return rsa;
    }

    /** Returns the byte length of the key's signatures (its modulus length). */
    static int signatureLength(RSAPublicKey key) {
        return (key.getModulus().bitLength() + 7) / 8;
    }

    /** Returns the lowercase hex SHA-256 of the key's DER (X.509 SubjectPublicKeyInfo) encoding. */
    static String fingerprint(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
