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
    void expiredDoneKeysAreDroppedFromMemoryByTheNextClaim() {
        InMemorySeenKeyStore store = InMemorySeenKeyStore.builder()
                .clock(clock)
                .ttl(Duration.ofHours(1))
                .build();
        for (String key : new String[] {"a", "b"}) {
            store.claim(key, key, deadline);
            store.complete(key, key, deadline);
        }
        clock.advance(Duration.ofHours(1));
        assertThat(store.entriesHeld()).isEqualTo(2);

        store.claim("c", "c", deadline);
        assertThat(store.entriesHeld()).isOne();
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
    void theFirstStoreInAJvmWarnsThatItDoesNotSpanInstancesAndLaterOnesDoNot() {
        InMemorySeenKeyStore.resetWarningForTests();
        String first = stderrOf(InMemorySeenKeyStore::create);
        String second = stderrOf(InMemorySeenKeyStore::create);

        assertThat(first.split("in this JVM only", -1)).hasSize(2);
        assertThat(first).contains("WARN").contains("Use JdbcSeenKeyStore");
        assertThat(second).doesNotContain("in this JVM only");
    }

    /** What {@code action} wrote to standard error, where either SLF4J binding of these tests logs. */
    static String stderrOf(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void completeSucceedsOnlyForTheOwnerOfALiveOrExpiredClaim() {
        InMemorySeenKeyStore store = InMemorySeenKeyStore.builder().clock(clock).build();
        assertThat(store.complete("never-claimed", "a", deadline)).isFalse();
        store.claim("k", "a", deadline);
        assertThat(store.complete("k", "b", deadline)).isFalse();
        assertThat(store.claim("k", "b", deadline)).isEqualTo(Claim.CLAIMED_ELSEWHERE);
        clock.advance(Duration.ofMinutes(5)); // the lease ended, but nobody took the key over
        assertThat(store.complete("k", "a", deadline)).isTrue();
        assertThat(store.complete("k", "a", deadline)).as("already done").isFalse();
        assertThat(store.claim("k", "c", deadline)).isEqualTo(Claim.DONE);
    }

    @Test
    void releaseFreesOnlyTheOwnersClaimAndNeverADoneKey() {
        InMemorySeenKeyStore store = InMemorySeenKeyStore.builder().clock(clock).build();
        store.claim("k", "a", deadline);
        store.release("k", "b", deadline);
        assertThat(store.claim("k", "b", deadline)).isEqualTo(Claim.CLAIMED_ELSEWHERE);
        store.complete("k", "a", deadline);
        store.release("k", "a", deadline);
        assertThat(store.claim("k", "b", deadline)).isEqualTo(Claim.DONE);
        store.release("never-claimed", "a", deadline);
        assertThat(store.size()).isOne();
    }

    @Test
    void aClaimIsKeptPastTheTtlUntilTakenOverOrReleased() {
        InMemorySeenKeyStore store = InMemorySeenKeyStore.builder()
                .clock(clock)
                .ttl(Duration.ofHours(1))
                .build();
        store.claim("abandoned", "a", deadline);
        store.claim("done", "b", deadline);
        store.complete("done", "b", deadline);
        clock.advance(Duration.ofHours(2));

        assertThat(store.claim("done", "c", deadline)).isEqualTo(Claim.CLAIMED);
        assertThat(store.complete("abandoned", "a", deadline)).isTrue();
    }

    @Test
    void toStringShowsTheSettings() {
        assertThat(InMemorySeenKeyStore.builder()
                        .ttl(Duration.ofDays(2))
                        .lease(Duration.ofSeconds(30))
                        .maxEntries(10)
                        .build()
                        .toString())
                .isEqualTo("InMemorySeenKeyStore{ttl=PT48H, lease=PT30S, maxEntries=10}");
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
