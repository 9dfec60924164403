package io.github.wisecards.core.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserTokenRecordTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private static UserTokenRecord.Builder full() {
        return UserTokenRecord.builder()
                .accessToken("access-s3cr3t", T)
                .refreshToken("refresh-s3cr3t")
                .lease("owner-1", T.plusSeconds(30))
                .refreshWindow(T, 2)
                .version(3);
    }

    @Test
    void recordsAreEqualOnlyWhenEveryFieldIs() {
        UserTokenRecord r = full().build();

        assertThat(r).isEqualTo(full().build()).hasSameHashCodeAs(full().build());
        assertThat(r).isNotEqualTo(full().accessToken("other", T).build());
        assertThat(r)
                .isNotEqualTo(
                        full().accessToken("access-s3cr3t", T.plusSeconds(1)).build());
        assertThat(r).isNotEqualTo(full().refreshToken("other").build());
        assertThat(r).isNotEqualTo(full().lease("owner-2", T.plusSeconds(30)).build());
        assertThat(r).isNotEqualTo(full().lease("owner-1", T.plusSeconds(31)).build());
        assertThat(r).isNotEqualTo(full().refreshWindow(T.plusSeconds(1), 2).build());
        assertThat(r).isNotEqualTo(full().refreshWindow(T, 3).build());
        assertThat(r).isNotEqualTo(full().version(4).build());
        assertThat(r).isNotEqualTo("record");
        assertThat(r.hashCode()).isNotEqualTo(full().version(4).build().hashCode());
    }

    @Test
    void aRecordShowsWhetherItHoldsTokensButNeverThem() {
        assertThat(full().build().toString())
                .isEqualTo("UserTokenRecord{accessToken=[REDACTED], expiresAt=2026-01-01T00:00:00Z,"
                        + " refreshToken=[REDACTED], leaseOwner=owner-1, leaseExpiresAt=2026-01-01T00:00:30Z,"
                        + " refreshWindowStart=2026-01-01T00:00:00Z, refreshesInWindow=2, version=3}");
        assertThat(UserTokenRecord.builder().build().toString())
                .startsWith("UserTokenRecord{accessToken=none, expiresAt=null, refreshToken=none,");
    }

    @Test
    void theInMemoryStoreShowsHowManyUsersItHolds() {
        UserTokenStore store = UserTokenStore.inMemory();
        store.compareAndSet("alice", 0, full().build());

        assertThat(store).hasToString("UserTokenStore.inMemory(1 users)");
    }
}
