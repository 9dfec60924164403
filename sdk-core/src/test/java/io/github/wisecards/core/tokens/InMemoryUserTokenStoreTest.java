package io.github.wisecards.core.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InMemoryUserTokenStoreTest extends UserTokenStoreContract {
    private final UserTokenStore store = UserTokenStore.inMemory();

    @Override
    UserTokenStore store() {
        return store;
    }

    @Test
    void toStringShowsNoToken() {
        store.compareAndSet("alice", 0, full());

        assertThat(store.toString()).doesNotContain("access-token-a1").doesNotContain("refresh-token-r1");
    }
}
