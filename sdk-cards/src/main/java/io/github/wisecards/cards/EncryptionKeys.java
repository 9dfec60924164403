package io.github.wisecards.cards;

import io.github.wisecards.cards.model.EncryptingKey;
import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.core.internal.CancellableFutures;
import io.github.wisecards.core.internal.PreparedCall;
import io.github.wisecards.core.internal.RejectedResponseException;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The card-data host's encrypting key, fetched once and reused: the last key fetched is the current
 * one (whatever its version; the same version re-served with new key material replaces it), and it
 * is fetched again after {@link #REFRESH_AFTER} so a rotated key is picked up. Thread-safe;
 * concurrent first calls may each fetch the key (harmless).
 */
final class EncryptionKeys {
    /** How long the current key is used before it is fetched again. */
    static final Duration REFRESH_AFTER = Duration.ofHours(1);

    private final Supplier<PreparedCall<Material>> fetch;
    private final Clock clock;
    private volatile Current current;

    private record Current(Material material, Instant fetchedAt) {}

    EncryptionKeys(Supplier<PreparedCall<Material>> fetch, Clock clock) {
        this.fetch = fetch;
        this.clock = clock;
    }

    /** Returns the current key, fetching it when none is cached or the cached one is old. */
    Material current(RequestOptions options) {
        Material cached = fresh();
        return cached != null ? cached : remember(fetch.get().raw(options).data());
    }

    /** Returns the current key without blocking. */
    CompletableFuture<Material> currentAsync(RequestOptions options) {
        Material cached = fresh();
        return cached != null
                ? CompletableFuture.completedFuture(cached)
                : CancellableFutures.map(fetch.get().rawAsync(options), r -> remember(r.data()));
    }

    /** Records a freshly fetched key as current. */
    Material remember(Material fetched) {
        current = new Current(fetched, clock.instant());
        return fetched;
    }

    private Material fresh() {
        Current c = current;
        return c != null && c.fetchedAt().plus(REFRESH_AFTER).isAfter(clock.instant()) ? c.material() : null;
    }

    /**
     * A key as the server sent it and its parsed RSA public key.
     *
     * @param key the server's key and version
     * @param publicKey the parsed key
     */
    record Material(EncryptingKey key, RSAPublicKey publicKey) {
        /** The shortest RSA key the PIN is encrypted under (NIST SP 800-57: 2048 bits until 2030). */
        static final int MIN_RSA_BITS = 2048;

        /**
         * Parses the key text: PEM ({@code -----BEGIN PUBLIC KEY-----}) or bare base64 of the DER
         * SubjectPublicKeyInfo.
         *
         * @throws IOException if the text is not an RSA public key in either form
         * @throws RejectedResponseException if the key is shorter than {@link #MIN_RSA_BITS}
         */
        static Material parse(EncryptingKey key) throws IOException {
            String text =
                    key.key().replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
            byte[] der;
            try {
                der = Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                throw new IOException("encrypting key is neither PEM nor base64 DER");
            }
            RSAPublicKey parsed;
            try {
                parsed = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
            } catch (GeneralSecurityException | ClassCastException e) {
                throw new IOException("encrypting key is not an RSA public key", e);
            }
            int bits = parsed.getModulus().bitLength();
            if (bits < MIN_RSA_BITS) {
                throw new RejectedResponseException("the encrypting key (version " + key.version() + ") is " + bits
                        + " bits; RSA keys under " + MIN_RSA_BITS + " bits are refused and the PIN was not sent");
            }
            return new Material(key, parsed);
        }
    }
}
