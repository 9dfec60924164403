package io.github.wisecards.core.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link UserTokenStore} must have; each implementation's test extends this. */
abstract class UserTokenStoreContract {
    static final Instant T0 = Instant.parse("2026-12-01T12:00:00Z");

    abstract UserTokenStore store();

    static UserTokenRecord full() {
        return UserTokenRecord.builder()
                .accessToken("access-token-a1", T0.plusSeconds(3600))
                .refreshToken("refresh-token-r1")
                .lease("instance-1-7", T0.plusSeconds(30))
                .refreshWindow(T0, 2)
                .build();
    }

    @Test
    void readOfAUserNeverStoredIsEmpty() {
        assertThat(store().read("nobody")).isEmpty();
    }

    @Test
    void insertedRecordReadsBackWithEveryFieldAndVersionOne() {
        assertThat(store().compareAndSet("alice", 0, full())).isTrue();

        assertThat(store().read("alice")).contains(full().toBuilder().version(1).build());
    }

    @Test
    void clearedFieldsReadBackEmpty() {
        store().compareAndSet("alice", 0, full());

        assertThat(store().compareAndSet("alice", 1, UserTokenRecord.builder().build()))
                .isTrue();

        assertThat(store().read("alice"))
                .contains(UserTokenRecord.builder().version(2).build());
    }

    @Test
    void compareAndSetRefusesAStaleVersionAndKeepsTheNewerRecord() {
        store().compareAndSet("alice", 0, full());
        UserTokenRecord newer = full().toBuilder().lease(null, null).build();
        assertThat(store().compareAndSet("alice", 1, newer)).isTrue();

        assertThat(store().compareAndSet("alice", 1, full())).isFalse();
        assertThat(store().compareAndSet("alice", 0, full())).isFalse();

        assertThat(store().read("alice")).contains(newer.toBuilder().version(2).build());
    }

    @Test
    void compareAndSetOfAUserNeverStoredFailsUnlessInserting() {
        assertThat(store().compareAndSet("alice", 3, full())).isFalse();
        assertThat(store().read("alice")).isEmpty();
    }

    @Test
    void concurrentWritersOfOneVersionLetExactlyOneThrough() throws Exception {
        store().compareAndSet("alice", 0, full());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> writers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String owner = "writer-" + i;
                writers.add(() -> store().compareAndSet(
                                "alice", 1, full().toBuilder().lease(owner, T0).build()));
            }
            int wins = 0;
            for (Future<Boolean> f : pool.invokeAll(writers)) {
                wins += f.get() ? 1 : 0;
            }
            assertThat(wins).isEqualTo(1);
            assertThat(store().read("alice").orElseThrow().version()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void usersAreIndependent() {
        store().compareAndSet("alice", 0, full());
        store().compareAndSet(
                        "bob",
                        0,
                        UserTokenRecord.builder().refreshToken("refresh-bob").build());

        assertThat(store().read("alice").orElseThrow().refreshToken()).contains("refresh-token-r1");
        assertThat(store().read("bob").orElseThrow().refreshToken()).contains("refresh-bob");
    }
}
