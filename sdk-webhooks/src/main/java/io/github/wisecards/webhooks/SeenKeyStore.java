package io.github.wisecards.webhooks;

/**
 * Remembers which event keys were already handed to a callback, so {@link WebhookHandler} calls
 * it at most once per key.
 *
 * <p>Implementations must make {@link #markIfAbsent} atomic: when several threads or several
 * backend instances race on one key, exactly one call returns true. Provided: {@link
 * InMemorySeenKeyStore} (one JVM) and {@link JdbcSeenKeyStore} (several instances sharing a
 * database). Implementations are thread-safe.
 */
public interface SeenKeyStore {
    /**
     * Records {@code eventKey} unless it is already recorded (and not expired).
     *
     * @return true if this call recorded the key, so the caller should process the event; false
     *     if the key was already recorded
     * @throws SeenKeyStoreException if the store cannot be reached
     */
    boolean markIfAbsent(String eventKey);

    /**
     * Forgets {@code eventKey}, so a later delivery of the event is processed; called when the
     * callback failed. Does nothing if the key is not recorded.
     *
     * @throws SeenKeyStoreException if the store cannot be reached
     */
    void release(String eventKey);
}
