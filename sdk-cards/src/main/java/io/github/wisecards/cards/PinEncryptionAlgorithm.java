package io.github.wisecards.cards;

/**
 * The JWE key-management algorithm used to encrypt a PIN for the card-data host; the content is
 * always encrypted with {@code A256GCM}.
 *
 * <p>Wise's card guide describes RSAES-PKCS1-v1_5 ({@code RSA1_5}), its general JOSE guide uses
 * {@code RSA-OAEP-256}; which one the card-data host takes is not publicly confirmed, so {@link
 * #RSA1_5} is the default and {@link #RSA_OAEP_256} can be chosen.
 */
public enum PinEncryptionAlgorithm {
    /** JWE {@code alg} {@code RSA1_5} (RSAES-PKCS1-v1_5); the default. */
    RSA1_5("RSA1_5"),
    /** JWE {@code alg} {@code RSA-OAEP-256} (RSAES-OAEP with SHA-256 and MGF1 with SHA-256). */
    RSA_OAEP_256("RSA-OAEP-256");

    private final String jweName;

    PinEncryptionAlgorithm(String jweName) {
        this.jweName = jweName;
    }

    /** Returns the algorithm's name as it appears in the JWE {@code alg} header. */
    public String jweName() {
        return jweName;
    }
}
