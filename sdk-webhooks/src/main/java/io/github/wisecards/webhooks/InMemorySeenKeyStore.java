package io.github.wisecards.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SeenKeyStore} in this JVM's memory: the same state machine as {@link JdbcSeenKeyStore}
 * (claimed with a lease, done, released), bounded, with a time to live.
 *
 * <p>Done keys expire after the TTL (default 15 days, covering Wise's two weeks of redeliveries).
 * When more than {@code maxEntries} keys are kept, the least recently changed is forgotten early,
 * so a very late redelivery of it would be processed again: size it above your event volume over
 * the TTL. State is lost on restart and <b>not shared between instances</b>: with several
 * instances behind one webhook URL, each would process the event. The first store created in a
 * JVM logs a warning saying so; use {@link JdbcSeenKeyStore} there. Thread-safe.
 */
public final class InMemorySeenKeyStore implements SeenKeyStore {
    private static final Logger LOG = LoggerFactory.getLogger(InMemorySeenKeyStore.class);
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    /** The default time to live of a done key: 15 days. */
    public static final Duration DEFAULT_TTL = Duration.ofDays(15);

    /** The default bound: 100,000 keys. */
    public static final int DEFAULT_MAX_ENTRIES = 100_000;

    /** The default lease of a claim: 60 seconds. */
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(60);

    private final Duration ttl;
    private final Duration lease;
    private final int maxEntries;
    private final Clock clock;
    // Insertion order is the order of the last change (entries are re-inserted on every change),
    // so expired done keys are found at the head.
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

    private record Entry(boolean done, String owner, Instant leaseUntil, Instant changedAt) {}

    private InMemorySeenKeyStore(Builder b) {
        this.ttl = b.ttl;
        this.lease = b.lease;
        this.maxEntries = b.maxEntries;
        this.clock = b.clock;
        if (WARNED.compareAndSet(false, true)) {
            LOG.warn("InMemorySeenKeyStore keeps webhook event state in this JVM only: with several instances"
                    + " behind one webhook URL each may process an event. Use JdbcSeenKeyStore there.");
        }
    }

    /** Lets a test see the start-up warning again. */
    static void resetWarningForTests() {
        WARNED.set(false);
    }

    /** {@return a store with the default TTL, lease and bound} */
    public static InMemorySeenKeyStore create() {
        return builder().build();
    }

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public synchronized Claim claim(String eventKey, String claimId, Instant deadline) {
        Objects.requireNonNull(eventKey, "eventKey");
        Objects.requireNonNull(claimId, "claimId");
        Instant now = clock.instant();
        evictExpired(now);
        Entry entry = entries.get(eventKey);
        if (entry != null && entry.done() && !isExpired(entry, now)) {
            return Claim.DONE;
        }
        if (entry != null && !entry.done() && entry.leaseUntil().isAfter(now)) {
            return Claim.CLAIMED_ELSEWHERE;
        }
        put(eventKey, new Entry(false, claimId, now.plus(lease), now));
        return Claim.CLAIMED;
    }

    @Override
    public synchronized boolean complete(String eventKey, String claimId, Instant deadline) {
        Objects.requireNonNull(eventKey, "eventKey");
        Objects.requireNonNull(claimId, "claimId");
        Entry entry = entries.get(eventKey);
        if (entry == null || entry.done() || !entry.owner().equals(claimId)) {
            return false;
        }
        Instant now = clock.instant();
        put(eventKey, new Entry(true, claimId, now, now));
        return true;
    }

    @Override
    public synchronized void release(String eventKey, String claimId, Instant deadline) {
        Objects.requireNonNull(eventKey, "eventKey");
        Objects.requireNonNull(claimId, "claimId");
        Entry entry = entries.get(eventKey);
        if (entry != null && !entry.done() && entry.owner().equals(claimId)) {
            entries.remove(eventKey);
        }
    }

    /** {@return how many keys are kept (claimed, or done and not yet expired)} */
    public synchronized int size() {
        evictExpired(clock.instant());
        return entries.size();
    }

    /** How many entries are held in memory, expired ones included ({@link #size} drops those first). */
    synchronized int entriesHeld() {
        return entries.size();
    }

    private void put(String eventKey, Entry entry) {
        entries.remove(eventKey);
        entries.put(eventKey, entry);
        if (entries.size() > maxEntries) {
            Iterator<String> oldest = entries.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
    }

    private void evictExpired(Instant now) {
        Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
        while (it.hasNext()) {
            Entry entry = it.next().getValue();
            if (!entry.done()) {
                // A live or expired claim: kept until taken over or released; later entries may
                // still be expired, and are checked on lookup.
                return;
            }
            if (!isExpired(entry, now)) {
                return;
            }
            it.remove();
        }
    }

    private boolean isExpired(Entry entry, Instant now) {
        return !entry.changedAt().plus(ttl).isAfter(now);
    }

    @Override
    public String toString() {
        return "InMemorySeenKeyStore{ttl=" + ttl + ", lease=" + lease + ", maxEntries=" + maxEntries + "}";
    }

    /** Builds an {@link InMemorySeenKeyStore}. Not thread-safe. */
    public static final class Builder {
        private Duration ttl = DEFAULT_TTL;
        private Duration lease = DEFAULT_LEASE;
        private int maxEntries = DEFAULT_MAX_ENTRIES;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /**
         * Sets how long a done key is remembered. Default {@link #DEFAULT_TTL} (15 days).
         *
         * @param ttl how long a completed event key is remembered, positive
         * @return this builder
         */
        public Builder ttl(Duration ttl) {
            this.ttl = positive(ttl, "ttl");
            return this;
        }

        /**
         * Sets how long a claim stays exclusive: longer than your callback ever runs. Default
         * {@link #DEFAULT_LEASE} (60 s).
         *
         * @param lease how long a claim lasts before another delivery may take it over, positive
         * @return this builder
         */
        public Builder lease(Duration lease) {
            this.lease = positive(lease, "lease");
            return this;
        }

        /**
         * Sets how many keys are kept at most. Default {@link #DEFAULT_MAX_ENTRIES}.
         *
         * @param maxEntries the most keys kept, positive
         * @return this builder
         */
        public Builder maxEntries(int maxEntries) {
            if (maxEntries <= 0) {
                throw new IllegalArgumentException("maxEntries must be positive but was " + maxEntries);
            }
            this.maxEntries = maxEntries;
            return this;
        }

        /**
         * Sets the clock the TTL and leases are measured with. Default the UTC system clock.
         *
         * @param clock the clock the expiry uses
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the store.
         *
         * @return a new {@code InMemorySeenKeyStore}
         */
        public InMemorySeenKeyStore build() {
            return new InMemorySeenKeyStore(this);
        }

        static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive but was " + d);
            }
            return d;
        }
    }
}
