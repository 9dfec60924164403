package io.github.wisecards.cards;

/**
 * The JWE key-management algorithm used to encrypt a PIN for the card-data host; the content is
 * always encrypted with {@code A256GCM}.
 *
 * <p>{@link #RSA_OAEP_256} is the default: Wise's own published Cards API collection presets the
 * PIN with a JWE whose header is {@code {"alg":"RSA-OAEP-256","enc":"A256GCM"}}, which is
 * first-party evidence of what the card-data host takes. Wise's older card guide describes
 * RSAES-PKCS1-v1_5, so {@link #RSA1_5} stays selectable for partners whose integration Wise set up
 * that way.
 */
public enum PinEncryptionAlgorithm {
    /** JWE {@code alg} {@code RSA1_5} (RSAES-PKCS1-v1_5), as in Wise's older card guide. */
    RSA1_5("RSA1_5"),
    /**
     * JWE {@code alg} {@code RSA-OAEP-256} (RSAES-OAEP with SHA-256 and MGF1 with SHA-256); the
     * default, as in Wise's own Cards API collection.
     */
    RSA_OAEP_256("RSA-OAEP-256");

    private final String jweName;

    PinEncryptionAlgorithm(String jweName) {
        this.jweName = jweName;
    }

    /** {@return the algorithm's name as it appears in the JWE {@code alg} header} */
    public String jweName() {
        return jweName;
    }
}
