package io.github.wisecards.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.core.FakeClock;
import io.github.wisecards.webhooks.SeenKeyStore.Claim;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemorySeenKeyStoreTest {
    private final FakeClock clock = new FakeClock();
    private final Instant deadline = Instant.MAX;

    @Test
    void onlyADoneKeyIsADuplicate() {
        InMemorySeenKeyStore store = InMemorySeenKeyStore.builder().clock(clock).build();
        assertThat(store.claim("k", "a", deadline)).isEqualTo(Claim.CLAIMED);
        assertThat(store.claim("k", "b", deadline)).isEqualTo(Claim.CLAIMED_ELSEWHERE);
        assertThat(store.complete("k", "a", deadline)).isTrue();
        assertThat(store.claim("k", "c", deadline)).isEqualTo(Claim.DONE);
    }

    @Test
    void aReleasedClaimIsClaimedAgainAtOnce() {
        InMemorySeenKeyStore store = InMemorySeenKeyStore.builder().clock(clock).build();
        store.claim("k", "a", deadline);
        store.release("k", "a", deadline);
        assertThat(store.claim("k", "b", deadline)).isEqualTo(Claim.CLAIMED);
    }

    @Test
    void anExpiredClaimIsTakenOverAndTheSlowOwnerCanNeitherCompleteNorReleaseIt() {
        InMemorySeenKeyStore store = InMemorySeenKeyStore.builder()
                .clock(clock)
                .lease(Duration.ofSeconds(30))
                .build();
        store.claim("k", "slow", deadline);
        clock.advance(Duration.ofSeconds(29));
        assertThat(store.claim("k", "b", deadline)).isEqualTo(Claim.CLAIMED_ELSEWHERE);
        clock.advance(Duration.ofSeconds(1));
        assertThat(store.claim("k", "b", deadline)).isEqualTo(Claim.CLAIMED);
        store.release("k", "slow", deadline);
        assertThat(store.complete("k", "slow", deadline)).isFalse();
        assertThat(store.claim("k", "c", deadline)).isEqualTo(Claim.CLAIMED_ELSEWHERE);
        assertThat(store.complete("k", "b", deadline)).isTrue();
        assertThat(store.claim("k", "c", deadline)).isEqualTo(Claim.DONE);
    }

    @Test
    void doneKeysExpireAfterTheDefaultFifteenDayTtl() {
        InMemorySeenKeyStore store = InMemorySeenKeyStore.builder().clock(clock).build();
        store.claim("k", "a", deadline);
        store.complete("k", "a", deadline);
        clock.advance(Duration.ofDays(15).minusSeconds(1));
        assertThat(store.claim("k", "b", deadline)).isEqualTo(Claim.DONE);
        clock.advance(Duration.ofSeconds(1));
        assertThat(store.size()).isZero();
        assertThat(store.claim("k", "b", deadline)).isEqualTo(Claim.CLAIMED);
    }

    @Test
    void forgetsTheLeastRecentlyChangedKeyWhenFull() {
        InMemorySeenKeyStore store =
                InMemorySeenKeyStore.builder().clock(clock).maxEntries(2).build();
        for (String key : new String[] {"a", "b", "c"}) {
            store.claim(key, key, deadline);
            store.complete(key, key, deadline);
        }
        assertThat(store.size()).isEqualTo(2);
        assertThat(store.claim("b", "x", deadline)).isEqualTo(Claim.DONE);
        assertThat(store.claim("c", "x", deadline)).isEqualTo(Claim.DONE);
        assertThat(store.claim("a", "x", deadline)).isEqualTo(Claim.CLAIMED);
    }

    @Test
    void warnsOnceThatItDoesNotSpanInstances() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        InMemorySeenKeyStore.resetWarningForTests();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            InMemorySeenKeyStore.create();
            InMemorySeenKeyStore.create();
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log.split("in this JVM only", -1)).hasSize(2);
        assertThat(log).contains("WARN").contains("Use JdbcSeenKeyStore");
    }

    @Test
    void rejectsNonPositiveSettings() {
        assertThatThrownBy(() -> InMemorySeenKeyStore.builder().ttl(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InMemorySeenKeyStore.builder().lease(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InMemorySeenKeyStore.builder().maxEntries(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
