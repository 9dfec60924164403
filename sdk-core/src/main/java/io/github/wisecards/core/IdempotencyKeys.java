package io.github.wisecards.core;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.UUID;

/**
 * Idempotency keys ({@code X-idempotence-uuid}) that survive a restart: a key derived from your own
 * business id, so a retried business operation sends the same key as the first try even when the
 * first try's process is gone.
 *
 * <p>Wise's contract types {@code X-idempotence-uuid} as a UUID, so a business id such as {@code
 * order-8812} cannot be sent as it is. {@link #derive(UUID, String)} turns it into a <b>name-based
 * UUID, version 5 (SHA-1)</b> as defined by RFC 4122 section 4.3 (RFC 9562 section 5.5): the same
 * namespace and id always give the same UUID, different ids give different UUIDs.
 *
 * <pre>{@code
 * // Once, for your application (any fixed UUID; keep it in configuration):
 * static final UUID CARD_ORDERS = UUID.fromString("5b3c2c1e-6a8f-4d1e-9c57-2f0b6f2d9a41");
 *
 * RequestOptions options = RequestOptions.builder()
 *     .idempotencyKey(IdempotencyKeys.derive(CARD_ORDERS, myOrderRequestId))
 *     .build();
 * }</pre>
 *
 * <p>Use one namespace per kind of operation (card orders of one application, say): the same
 * business id under two namespaces gives two unrelated keys.
 */
public final class IdempotencyKeys {
    private IdempotencyKeys() {}

    /**
     * {@return the name-based version 5 (SHA-1) UUID of {@code businessId} (encoded as UTF-8) in
     * {@code namespace}: stable across processes, machines and SDK versions}
     *
     * @param namespace the partner's own namespace UUID, fixed per kind of operation
     * @param businessId the partner's identifier of the operation, for example an order number
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code businessId} is empty
     */
    public static UUID derive(UUID namespace, String businessId) {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(businessId, "businessId");
        if (businessId.isEmpty()) {
            throw new IllegalArgumentException("businessId: must not be empty");
        }
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java platform", e);
        }
        sha1.update(ByteBuffer.allocate(16)
                .putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits())
                .array());
        byte[] hash = sha1.digest(businessId.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
        ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(b.getLong(), b.getLong());
    }
}
