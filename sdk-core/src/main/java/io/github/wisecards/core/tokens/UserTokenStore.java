package io.github.wisecards.core.tokens;

import java.util.Optional;

/**
 * Where the user tokens of {@link UserTokens} live, shared by every instance of a partner's backend
 * that uses the same store: one {@link UserTokenRecord} per user.
 *
 * <p>The contract is deliberately small, a versioned row with compare-and-set: the refresh
 * coordination (leases, waiting, the refresh-rate bound) is done by {@link UserTokens} on top of it,
 * so an implementation over any database or cache that can compare-and-set one row is correct.
 * Built in: {@link #inMemory()} (one JVM) and {@link JdbcUserTokenStore} (PostgreSQL, MySQL, MariaDB,
 * H2).
 *
 * <p>Implementations must be thread-safe, must never log or put tokens in exception messages, and
 * must keep only what the record holds (never the client secret).
 */
public interface UserTokenStore {

    /**
     * Reads a user's record.
     *
     * @param user the partner's key of the user
     * @return the record with its current {@link UserTokenRecord#version()}, or empty when the store
     *     has none for this user
     * @throws io.github.wisecards.core.errors.TokenStoreException if the store cannot be read
     */
    Optional<UserTokenRecord> read(String user);

    /**
     * Replaces a user's record if its version is still {@code expectedVersion}; the stored record
     * then has version {@code expectedVersion + 1} (the version of {@code next} is ignored).
     *
     * @param user the partner's key of the user
     * @param expectedVersion the version read, or 0 to insert a record for a user the store has
     *     none for
     * @param next the new content
     * @return true if replaced; false if another writer changed (or inserted) the record first
     * @throws io.github.wisecards.core.errors.TokenStoreException if the store cannot be written
     */
    boolean compareAndSet(String user, long expectedVersion, UserTokenRecord next);

    /**
     * Returns a store in this JVM's memory: tokens are shared by every client of this JVM using the
     * same instance, and lost on restart. With several instances, use a shared store ({@link
     * JdbcUserTokenStore}), or each instance's refresh revokes the token the others use.
     *
     * @return a new, empty store
     */
    static UserTokenStore inMemory() {
        return new InMemoryUserTokenStore();
    }
}
