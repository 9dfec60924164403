package io.github.wisecards.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.core.testkit.FakeClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemorySeenKeyStoreTest {
    private final FakeClock clock = new FakeClock();

    @Test
    void recordsAKeyOnceUntilReleased() {
        InMemorySeenKeyStore store = InMemorySeenKeyStore.builder().clock(clock).build();
        assertThat(store.markIfAbsent("k")).isTrue();
        assertThat(store.markIfAbsent("k")).isFalse();
        store.release("k");
        assertThat(store.markIfAbsent("k")).isTrue();
    }

    @Test
    void keysExpireAfterTheDefaultFifteenDayTtl() {
        InMemorySeenKeyStore store = InMemorySeenKeyStore.builder().clock(clock).build();
        store.markIfAbsent("k");
        clock.advance(Duration.ofDays(15).minusSeconds(1));
        assertThat(store.markIfAbsent("k")).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(store.size()).isZero();
        assertThat(store.markIfAbsent("k")).isTrue();
    }

    @Test
    void forgetsTheOldestKeyWhenFull() {
        InMemorySeenKeyStore store =
                InMemorySeenKeyStore.builder().clock(clock).maxEntries(2).build();
        store.markIfAbsent("a");
        store.markIfAbsent("b");
        store.markIfAbsent("c");
        assertThat(store.size()).isEqualTo(2);
        assertThat(store.markIfAbsent("b")).isFalse();
        assertThat(store.markIfAbsent("c")).isFalse();
        assertThat(store.markIfAbsent("a")).isTrue();
    }

    @Test
    void rejectsNonPositiveSettings() {
        assertThatThrownBy(() -> InMemorySeenKeyStore.builder().ttl(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InMemorySeenKeyStore.builder().maxEntries(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
