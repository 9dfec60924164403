package io.github.wisecards.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link SeenKeyStore} in this JVM's memory: bounded, with a time to live.
 *
 * <p>Keys expire after the TTL (default 15 days, covering Wise's two weeks of redeliveries).
 * When more than {@code maxEntries} keys are live, the oldest is forgotten early, so a very late
 * redelivery of it would be processed again: size it above your event volume over the TTL. Keys
 * are lost on restart and not shared between instances; use {@link JdbcSeenKeyStore} when
 * several instances receive webhooks. Thread-safe.
 */
public final class InMemorySeenKeyStore implements SeenKeyStore {
    /** The default time to live: 15 days. */
    public static final Duration DEFAULT_TTL = Duration.ofDays(15);

    /** The default bound: 100,000 keys. */
    public static final int DEFAULT_MAX_ENTRIES = 100_000;

    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;
    // Insertion order is recording order, so expired keys are found at the head.
    private final LinkedHashMap<String, Instant> recordedAt = new LinkedHashMap<>();

    private InMemorySeenKeyStore(Builder b) {
        this.ttl = b.ttl;
        this.maxEntries = b.maxEntries;
        this.clock = b.clock;
    }

    /** Returns a store with the default TTL and bound. */
    public static InMemorySeenKeyStore create() {
        return builder().build();
    }

    /** Returns a builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public synchronized boolean markIfAbsent(String eventKey) {
        Objects.requireNonNull(eventKey, "eventKey");
        Instant now = clock.instant();
        evictExpired(now);
        Instant seen = recordedAt.get(eventKey);
        if (seen != null && !isExpired(seen, now)) {
            return false;
        }
        recordedAt.remove(eventKey);
        recordedAt.put(eventKey, now);
        if (recordedAt.size() > maxEntries) {
            Iterator<String> oldest = recordedAt.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }

    @Override
    public synchronized void release(String eventKey) {
        Objects.requireNonNull(eventKey, "eventKey");
        recordedAt.remove(eventKey);
    }

    /** Returns how many keys are recorded and not yet expired. */
    public synchronized int size() {
        evictExpired(clock.instant());
        return recordedAt.size();
    }

    private void evictExpired(Instant now) {
        Iterator<Map.Entry<String, Instant>> it = recordedAt.entrySet().iterator();
        while (it.hasNext()) {
            if (!isExpired(it.next().getValue(), now)) {
                // A clock that stepped back can leave a later entry expired; it is checked on lookup.
                return;
            }
            it.remove();
        }
    }

    private boolean isExpired(Instant recorded, Instant now) {
        return !recorded.plus(ttl).isAfter(now);
    }

    @Override
    public String toString() {
        return "InMemorySeenKeyStore{ttl=" + ttl + ", maxEntries=" + maxEntries + "}";
    }

    /** Builds an {@link InMemorySeenKeyStore}. Not thread-safe. */
    public static final class Builder {
        private Duration ttl = DEFAULT_TTL;
        private int maxEntries = DEFAULT_MAX_ENTRIES;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /** Sets how long a key is remembered. Default {@link #DEFAULT_TTL} (15 days). */
        public Builder ttl(Duration ttl) {
            Objects.requireNonNull(ttl, "ttl");
            if (ttl.isNegative() || ttl.isZero()) {
                throw new IllegalArgumentException("ttl must be positive but was " + ttl);
            }
            this.ttl = ttl;
            return this;
        }

        /** Sets how many keys are kept at most. Default {@link #DEFAULT_MAX_ENTRIES}. */
        public Builder maxEntries(int maxEntries) {
            if (maxEntries <= 0) {
                throw new IllegalArgumentException("maxEntries must be positive but was " + maxEntries);
            }
            this.maxEntries = maxEntries;
            return this;
        }

        /** Sets the clock the TTL is measured with. Default the UTC system clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Builds the store. */
        public InMemorySeenKeyStore build() {
            return new InMemorySeenKeyStore(this);
        }
    }
}
