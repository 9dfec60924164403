package io.github.wisecards.core.tokens;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** A {@link UserTokenStore} in a concurrent map. */
final class InMemoryUserTokenStore implements UserTokenStore {
    private final ConcurrentMap<String, UserTokenRecord> records = new ConcurrentHashMap<>();

    @Override
    public Optional<UserTokenRecord> read(String user) {
        return Optional.ofNullable(records.get(Objects.requireNonNull(user, "user")));
    }

    @Override
    public boolean compareAndSet(String user, long expectedVersion, UserTokenRecord next) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(next, "next");
        UserTokenRecord stored = next.toBuilder().version(expectedVersion + 1).build();
        if (expectedVersion == 0) {
            return records.putIfAbsent(user, stored) == null;
        }
        boolean[] replaced = {false};
        records.computeIfPresent(user, (k, current) -> {
            if (current.version() != expectedVersion) {
                return current;
            }
            replaced[0] = true;
            return stored;
        });
        return replaced[0];
    }

    @Override
    public String toString() {
        return "UserTokenStore.inMemory(" + records.size() + " users)";
    }
}
