package io.github.wisecards.webhooks;

import io.github.wisecards.webhooks.event.WebhookEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Tells whether an event is older than the last one applied for the same resource, by {@code
 * data.occurred_at}. Wise may deliver events out of order, so applying a late, older status
 * change would overwrite a newer one.
 *
 * <p>With state kept in your database, use the static {@link #isOlder(WebhookEvent, Instant)}
 * with the {@code occurred_at} you stored for the resource. For a single instance, an {@link
 * #inMemory()} guard remembers the last applied time per {@link WebhookEvent#resourceKey()}:
 *
 * <pre>{@code
 * if (!guard.isStale(event)) {
 *     apply(event);
 *     guard.markApplied(event);
 * }
 * }</pre>
 *
 * <p>An event without a readable {@code occurred_at} or without a resource key is never
 * reported as stale: the SDK cannot tell, so it leaves the decision to you. Events with the same
 * {@code occurred_at} as the last applied one are not stale. Thread-safe.
 */
public final class OutOfOrderGuard {
    /** The default number of resources an in-memory guard remembers. */
    public static final int DEFAULT_MAX_RESOURCES = 100_000;

    private final int maxResources;
    private final LinkedHashMap<String, Instant> lastApplied;

    private OutOfOrderGuard(int maxResources) {
        this.maxResources = maxResources;
        this.lastApplied = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
                return size() > OutOfOrderGuard.this.maxResources;
            }
        };
    }

    /**
     * Returns whether {@code event} happened before {@code lastAppliedOccurredAt}.
     *
     * @param event the event to check
     * @param lastAppliedOccurredAt the {@code occurred_at} of the last event applied for the
     *     same resource, or null when none was applied
     * @return true only if both times are known and the event's is strictly earlier
     */
    public static boolean isOlder(WebhookEvent event, Instant lastAppliedOccurredAt) {
        Objects.requireNonNull(event, "event");
        if (lastAppliedOccurredAt == null) {
            return false;
        }
        return event.occurredAt().map(t -> t.isBefore(lastAppliedOccurredAt)).orElse(false);
    }

    /** {@return a guard that remembers up to {@link #DEFAULT_MAX_RESOURCES} resources, LRU} */
    public static OutOfOrderGuard inMemory() {
        return inMemory(DEFAULT_MAX_RESOURCES);
    }

    /**
     * {@return a guard that remembers up to {@code maxResources} resources, least recently used
     * first out}
     *
     * @param maxResources the most resources remembered, positive
     */
    public static OutOfOrderGuard inMemory(int maxResources) {
        if (maxResources <= 0) {
            throw new IllegalArgumentException("maxResources must be positive but was " + maxResources);
        }
        return new OutOfOrderGuard(maxResources);
    }

    /**
     * {@return whether {@code event} is older than the last one applied for its resource}
     *
     * @param event the verified event
     */
    public synchronized boolean isStale(WebhookEvent event) {
        Objects.requireNonNull(event, "event");
        return event.resourceKey()
                .map(key -> isOlder(event, lastApplied.get(key)))
                .orElse(false);
    }

    /**
     * Records that {@code event} was applied; the remembered time only moves forward. Does
     * nothing for events without a resource key or readable {@code occurred_at}.
     *
     * @param event the verified event
     */
    public synchronized void markApplied(WebhookEvent event) {
        Objects.requireNonNull(event, "event");
        Optional<String> key = event.resourceKey();
        Optional<Instant> at = event.occurredAt();
        if (key.isPresent() && at.isPresent()) {
            lastApplied.merge(key.get(), at.get(), (old, now) -> now.isAfter(old) ? now : old);
        }
    }

    /**
     * {@return the last applied {@code occurred_at} for a resource key, when remembered}
     *
     * @param resourceKey the resource's key, as the guard stores it
     */
    public synchronized Optional<Instant> lastApplied(String resourceKey) {
        Objects.requireNonNull(resourceKey, "resourceKey");
        return Optional.ofNullable(lastApplied.get(resourceKey));
    }

    @Override
    public String toString() {
        return "OutOfOrderGuard{maxResources=" + maxResources + "}";
    }
}
