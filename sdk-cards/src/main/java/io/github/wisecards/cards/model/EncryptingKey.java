package io.github.wisecards.cards.model;

import io.github.wisecards.core.internal.ModelString;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The card-data host's RSA public key for client-side encryption of sensitive card data (the PIN
 * preset), with its version. The key text is PEM or bare base64 DER; the SDK accepts both.
 * Immutable and thread-safe.
 */
public final class EncryptingKey {
    private final int version;
    private final String key;

    private EncryptingKey(Builder b) {
        List<String> missing = new ArrayList<>();
        if (b.version == null) {
            missing.add("version");
        }
        if (b.key == null) {
            missing.add("key");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("EncryptingKey: missing required " + String.join(", ", missing));
        }
        this.version = b.version;
        this.key = b.key;
    }

    /**
     * Returns a new builder (for tests and simulators; keys come from the API).
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this key's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return builder().version(version).key(key);
    }

    /** {@return the key's version, sent as {@code keyVersion} with data encrypted under it} */
    public int version() {
        return version;
    }

    /** {@return the RSA public key as the server sent it: PEM or bare base64 DER} */
    public String key() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EncryptingKey k && k.version == version && k.key.equals(key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, key);
    }

    /** Returns the version and the key's length; the key itself is public but long. */
    @Override
    public String toString() {
        return ModelString.of("EncryptingKey")
                .add("version", version)
                .add("keyLength", key.length())
                .toString();
    }

    /** Builds an {@link EncryptingKey}; {@code version} and {@code key} are required. Not thread-safe. */
    public static final class Builder {
        private Integer version;
        private String key;

        private Builder() {}

        /**
         * Sets the key's version (required).
         *
         * @param version the version
         * @return this builder
         */
        public Builder version(int version) {
            this.version = version;
            return this;
        }

        /**
         * Sets the RSA public key, PEM or bare base64 DER (required).
         *
         * @param key the key text
         * @return this builder
         */
        public Builder key(String key) {
            this.key = key;
            return this;
        }

        /**
         * Builds the key.
         *
         * @return the key
         * @throws IllegalStateException naming each missing required field
         */
        public EncryptingKey build() {
            return new EncryptingKey(this);
        }
    }
}
