package io.github.wisecards.cards.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The card-data host's RSA public key for client-side encryption of sensitive card data (the PIN
 * preset), with its version. The key text is PEM or bare base64 DER; the SDK accepts both.
 * Immutable and thread-safe.
 */
public final class EncryptingKey {
    @JsonProperty("version")
    private final int version;

    @JsonProperty("key")
    private final String key;

    private EncryptingKey(Integer version, String key) {
        List<String> missing = new ArrayList<>();
        if (version == null) {
            missing.add("version");
        }
        if (key == null) {
            missing.add("key");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("EncryptingKey: missing required " + String.join(", ", missing));
        }
        this.version = version;
        this.key = key;
    }

    /** Returns a key with its version. */
    @JsonCreator
    public static EncryptingKey of(@JsonProperty("version") Integer version, @JsonProperty("key") String key) {
        return new EncryptingKey(version, key);
    }

    /** Returns the key's version, sent as {@code keyVersion} with data encrypted under it. */
    public int version() {
        return version;
    }

    /** Returns the RSA public key as the server sent it: PEM or bare base64 DER. */
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

    @Override
    public String toString() {
        return "EncryptingKey{version=" + version + ", key=<" + key.length() + " characters>}";
    }
}
