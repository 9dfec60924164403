package io.github.wisecards.webhooks;

import io.github.wisecards.webhooks.SeenKeyStore.Claim;
import io.github.wisecards.webhooks.event.WebhookEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives webhook requests: verifies, parses and hands each event to a callback effectively once,
 * through a {@link SeenKeyStore} (the inbox).
 *
 * <p>Wise redelivers an event up to 25 times over two weeks until it gets a 200, and may send it
 * once per subscription. The handler derives a stable key from the signed content ({@link
 * WebhookEvent#eventKey()}: SHA-256 over the canonical body without {@code sent_at} and {@code
 * subscription_id}), <b>claims</b> it in the store with a lease, runs the callback and marks the key
 * <b>done</b>; if the callback throws, the claim is released and the exception rethrown. A delivery
 * whose key is done is a {@link Outcome#DUPLICATE}; one whose key is claimed by a live attempt
 * elsewhere is {@link Outcome#IN_PROGRESS} and must <em>not</em> be acknowledged with 200: reply
 * {@link Outcome#httpStatus()} (503) so that Wise redelivers it later.
 *
 * <pre>{@code
 * WebhookHandler handler = WebhookHandler.builder()
 *     .verifier(WebhookVerifier.forEnvironment(Environment.PRODUCTION))
 *     .seenKeyStore(JdbcSeenKeyStore.builder(dataSource).build())
 *     .build();
 * // in your HTTP endpoint:
 * try {
 *     status = handler.handle(WebhookHeaders.from(request::getHeader), rawBody, event -> apply(event))
 *             .httpStatus();             // 200 processed or duplicate, 503 in progress elsewhere
 * } catch (WebhookVerificationException e) {
 *     status = 400;                       // not from Wise, or malformed: do not retry
 * } catch (RuntimeException e) {
 *     status = 500;                       // your callback or the store failed: Wise retries
 * }
 * }</pre>
 *
 * <p>Two modes, two guarantees:
 *
 * <ul>
 *   <li>{@link #handle} (any store): <b>at-least-once delivery to the callback, deduplicated.</b>
 *       No event is lost: a crash, a lost database reply or an outage leaves at worst a claim that
 *       expires after its lease, and a redelivery then runs the callback. The callback runs more
 *       than once for one event only when the first run's effects happened but its done mark did
 *       not (a crash or outage between the two, or a callback slower than the lease), so make its
 *       effects idempotent (for example an upsert keyed by the event's {@code eventKey()}).
 *   <li>{@link #handleInTransaction} ({@link JdbcSeenKeyStore} only): <b>exactly-once effects</b>
 *       for writes made through the callback's {@link java.sql.Connection}: they commit in the same
 *       transaction as the done mark, so either both happen or neither. Effects outside that
 *       transaction (HTTP calls, e-mails, other databases) are still at-least-once.
 * </ul>
 *
 * <p>Bounded waiting: the store's work for one request (claim, then done mark) is bounded by
 * {@link Builder#replyBudget} (default 4 s, below Wise's 5 s reply window); your callback's own
 * time is not, so keep it short.
 *
 * <p>Metrics: {@link Builder#addListener} registers a {@link WebhookListener} told what became of
 * every delivery (processed, duplicate, in progress, rejected with its reason, failed) and how long
 * it took. Thread-safe.
 */
public final class WebhookHandler {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookHandler.class);

    /** Wise waits this long for a reply. */
    static final Duration WISE_REPLY_WINDOW = Duration.ofSeconds(5);

    /** The default reply budget: 4 seconds. */
    public static final Duration DEFAULT_REPLY_BUDGET = Duration.ofSeconds(4);

    // The done mark or release after a slow callback still gets this long.
    private static final Duration MIN_STORE_TIME = Duration.ofSeconds(1);

    private final WebhookVerifier verifier;
    private final SeenKeyStore store;
    private final Duration replyBudget;
    private final Clock clock;
    private final List<WebhookListener> listeners;

    private WebhookHandler(Builder b) {
        this.verifier = b.verifier;
        this.store = b.store;
        this.replyBudget = b.replyBudget;
        this.clock = b.clock;
        this.listeners = List.copyOf(b.listeners);
    }

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** What {@link #handle} did with a request, and how to answer Wise. */
    public enum Outcome {
        /** The callback processed the event (and, in transactional mode, its effects committed). */
        PROCESSED(200),
        /** The event was processed before; the callback was not called. */
        DUPLICATE(200),
        /**
         * Another attempt holds a live claim on the event (another instance or thread is
         * processing it, or crashed or lost its database connection while doing so); the callback
         * was not called. Reply 503 so that Wise redelivers later: the redelivery is then a
         * duplicate, or is processed if that attempt failed.
         */
        IN_PROGRESS(503);

        private final int httpStatus;

        Outcome(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        /** {@return the HTTP status to answer Wise with: 200, or 503 for {@link #IN_PROGRESS}} */
        public int httpStatus() {
            return httpStatus;
        }
    }

    /**
     * Verifies and parses a request, then calls {@code callback} unless the event was processed
     * already or is being processed elsewhere. At-least-once with deduplication; see the class
     * documentation.
     *
     * @param headers the request headers
     * @param rawBody the body bytes exactly as received
     * @param callback processes the event; throw to have Wise redeliver it
     * @return the outcome; reply with its {@link Outcome#httpStatus()}
     * @throws WebhookVerificationException if the request is rejected (reply 4xx)
     * @throws SeenKeyStoreException if the store fails before the callback ran (reply 5xx)
     * @throws RuntimeException whatever the callback threw, after its claim was released (reply
     *     5xx)
     */
    public Outcome handle(WebhookHeaders headers, byte[] rawBody, WebhookCallback callback) {
        Objects.requireNonNull(callback, "callback");
        return observed(headers, rawBody, event -> process(event, callback));
    }

    private Outcome process(WebhookEvent event, WebhookCallback callback) {
        String key = event.eventKey();
        String claimId = UUID.randomUUID().toString();
        Instant deadline = clock.instant().plus(replyBudget);
        Outcome early = claim(event, key, claimId, deadline);
        if (early != null) {
            return early;
        }
        try {
            callback.onEvent(event);
        } catch (RuntimeException | Error e) {
            release(key, claimId, e);
            throw e;
        }
        try {
            if (!store.complete(key, claimId, afterCallback(deadline))) {
                LOG.warn(
                        "Webhook {} (key {}) was processed after its claim's lease expired; another attempt took it"
                                + " over and may process it again",
                        event.eventType(),
                        key);
            }
        } catch (SeenKeyStoreException e) {
            // The callback's effects happened: answering 200 avoids the redelivery that would
            // process the event again once the claim's lease expires.
            LOG.warn(
                    "Webhook {} (key {}) was processed but could not be marked done; a later delivery of it will be"
                            + " processed again after the claim's lease",
                    event.eventType(),
                    key,
                    e);
        }
        return Outcome.PROCESSED;
    }

    /**
     * Verifies and parses a request, then runs {@code callback} and marks the event done in one
     * database transaction, unless the event was processed already or is being processed
     * elsewhere: the callback's writes through the given connection take effect exactly once.
     *
     * <p>Needs a {@link JdbcSeenKeyStore} whose table lives in the same database as your data. The
     * claim is committed first on its own, so a concurrent delivery sees it without waiting for
     * your transaction; then your writes and the done mark commit together. If the commit's reply
     * is lost, the next delivery finds the event either done (a duplicate) or still claimed until
     * the lease expires, then processed: never lost and never applied twice.
     *
     * @param headers the request headers
     * @param rawBody the body bytes exactly as received
     * @param callback writes the event's effects on the connection it is given, inside the
     *     transaction that also marks the event done; throw to roll back and have Wise redeliver
     * @return the outcome; reply with its {@link Outcome#httpStatus()}. {@link Outcome#IN_PROGRESS}
     *     also when this attempt's lease expired during the callback and another attempt took the
     *     event over: this transaction was then rolled back
     * @throws IllegalStateException if the handler's store is not a {@link JdbcSeenKeyStore}
     * @throws WebhookVerificationException if the request is rejected (reply 4xx)
     * @throws WebhookCallbackException if the callback threw a {@link java.sql.SQLException}
     *     (rolled back; reply 5xx)
     * @throws SeenKeyStoreException if the store fails (reply 5xx)
     * @throws RuntimeException whatever the callback threw, after rolling back (reply 5xx)
     */
    public Outcome handleInTransaction(WebhookHeaders headers, byte[] rawBody, TransactionalWebhookCallback callback) {
        Objects.requireNonNull(callback, "callback");
        if (!(store instanceof JdbcSeenKeyStore jdbc)) {
            throw new IllegalStateException("handleInTransaction needs a JdbcSeenKeyStore but the store is " + store);
        }
        return observed(headers, rawBody, event -> processInTransaction(event, jdbc, callback));
    }

    private Outcome processInTransaction(
            WebhookEvent event, JdbcSeenKeyStore jdbc, TransactionalWebhookCallback callback) {
        String key = event.eventKey();
        String claimId = UUID.randomUUID().toString();
        Instant deadline = clock.instant().plus(replyBudget);
        Outcome early = claim(event, key, claimId, deadline);
        if (early != null) {
            return early;
        }
        boolean committed;
        try {
            committed = jdbc.completeInTransaction(key, claimId, deadline, c -> callback.onEvent(event, c));
        } catch (RuntimeException | Error e) {
            // A no-op if the commit did happen and only its reply was lost: the key is done then.
            release(key, claimId, e);
            throw e;
        }
        if (!committed) {
            LOG.warn(
                    "Webhook {} (key {}): the claim's lease expired during the callback and another attempt took it"
                            + " over; this attempt's transaction was rolled back",
                    event.eventType(),
                    key);
            return Outcome.IN_PROGRESS;
        }
        return Outcome.PROCESSED;
    }

    /**
     * Verifies and parses the request, then processes its event, telling the listeners what became
     * of the delivery before returning or throwing.
     */
    private Outcome observed(WebhookHeaders headers, byte[] rawBody, Function<WebhookEvent, Outcome> processing) {
        long start = System.nanoTime();
        WebhookEvent event;
        try {
            event = verifier.verifyAndParse(headers, rawBody);
        } catch (WebhookVerificationException e) {
            notify(WebhookDelivery.Result.REJECTED, null, e.reason(), e, start);
            throw e;
        } catch (RuntimeException | Error e) {
            notify(WebhookDelivery.Result.FAILED, null, null, e, start);
            throw e;
        }
        Outcome outcome;
        try {
            outcome = processing.apply(event);
        } catch (RuntimeException | Error e) {
            notify(WebhookDelivery.Result.FAILED, event.eventType(), null, e, start);
            throw e;
        }
        notify(WebhookDelivery.Result.of(outcome), event.eventType(), null, null, start);
        return outcome;
    }

    private void notify(
            WebhookDelivery.Result result,
            String eventType,
            WebhookVerificationException.Reason reason,
            Throwable error,
            long startNanos) {
        if (listeners.isEmpty()) {
            return;
        }
        WebhookDelivery delivery =
                WebhookDelivery.of(result, eventType, reason, error, Duration.ofNanos(System.nanoTime() - startNanos));
        for (WebhookListener l : listeners) {
            try {
                l.onDelivery(delivery);
            } catch (RuntimeException e) {
                LOG.warn("WebhookListener {} failed; ignored", l.getClass().getName(), e);
            }
        }
    }

    /** Claims the key; returns the outcome if the callback must not run, null if it must. */
    private Outcome claim(WebhookEvent event, String key, String claimId, Instant deadline) {
        Claim claim = store.claim(key, claimId, deadline);
        switch (claim) {
            case CLAIMED:
                return null;
            case DONE:
                LOG.debug(
                        "Duplicate webhook {} (delivery {}, key {}): not processed again",
                        event.eventType(),
                        event.envelope().deliveryId().orElse("<none>"),
                        key);
                return Outcome.DUPLICATE;
            case CLAIMED_ELSEWHERE:
                LOG.info(
                        "Webhook {} (delivery {}, key {}) is being processed by another attempt; asking Wise to"
                                + " redeliver later",
                        event.eventType(),
                        event.envelope().deliveryId().orElse("<none>"),
                        key);
                return Outcome.IN_PROGRESS;
            default:
                throw new IllegalStateException("unknown claim result " + claim);
        }
    }

    private void release(String key, String claimId, Throwable failure) {
        try {
            store.release(key, claimId, afterCallback(clock.instant()));
        } catch (RuntimeException releaseFailure) {
            failure.addSuppressed(releaseFailure);
            LOG.warn(
                    "Webhook callback failed and the claim on key {} could not be released: a redelivery is"
                            + " processed once the claim's lease expires",
                    key,
                    releaseFailure);
        }
    }

    private Instant afterCallback(Instant deadline) {
        Instant floor = clock.instant().plus(MIN_STORE_TIME);
        return deadline.isAfter(floor) ? deadline : floor;
    }

    /** {@return the verifier this handler uses} */
    public WebhookVerifier verifier() {
        return verifier;
    }

    @Override
    public String toString() {
        return "WebhookHandler{" + verifier + ", store=" + store + ", replyBudget=" + replyBudget + "}";
    }

    /** Builds a {@link WebhookHandler}. Not thread-safe. */
    public static final class Builder {
        private WebhookVerifier verifier;
        private SeenKeyStore store;
        private Duration replyBudget = DEFAULT_REPLY_BUDGET;
        private Clock clock = Clock.systemUTC();
        private final List<WebhookListener> listeners = new ArrayList<>();

        private Builder() {}

        /**
         * Sets the verifier that checks each request's signature. Required.
         *
         * @param verifier the verifier
         * @return this builder
         * @throws NullPointerException if {@code verifier} is null
         */
        public Builder verifier(WebhookVerifier verifier) {
            this.verifier = Objects.requireNonNull(verifier, "verifier");
            return this;
        }

        /**
         * Sets the inbox. Default a new {@link InMemorySeenKeyStore}, which is enough for a single
         * instance; use {@link JdbcSeenKeyStore} for several.
         *
         * @param store the store that remembers which events were processed
         * @return this builder
         * @throws NullPointerException if {@code store} is null
         */
        public Builder seenKeyStore(SeenKeyStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * Sets how long the store may take for one request (deadlock retries included). Default
         * {@link #DEFAULT_REPLY_BUDGET} (4 s).
         *
         * @param replyBudget the time the store may take per request
         * @return this builder
         * @throws IllegalArgumentException unless positive and below Wise's 5 s reply window
         * @throws NullPointerException if {@code replyBudget} is null
         */
        public Builder replyBudget(Duration replyBudget) {
            InMemorySeenKeyStore.Builder.positive(replyBudget, "replyBudget");
            if (replyBudget.compareTo(WISE_REPLY_WINDOW) >= 0) {
                throw new IllegalArgumentException(
                        "replyBudget must be below Wise's 5 s reply window but was " + replyBudget);
            }
            this.replyBudget = replyBudget;
            return this;
        }

        /**
         * Sets the clock deadlines are measured with. Default the UTC system clock.
         *
         * @param clock the clock; tests pass a fake one
         * @return this builder
         * @throws NullPointerException if {@code clock} is null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Adds a listener told what became of every delivery (for metrics, such as the {@code
         * sdk-micrometer} module's). Listeners are called in the order added.
         *
         * @param listener the listener
         * @return this builder
         * @throws NullPointerException if {@code listener} is null
         */
        public Builder addListener(WebhookListener listener) {
            this.listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Builds the handler. Without a store set, it gets a new {@link InMemorySeenKeyStore},
         * which later handlers built from this builder share.
         *
         * @return the handler
         * @throws IllegalStateException if no verifier was set
         */
        public WebhookHandler build() {
            if (verifier == null) {
                throw new IllegalStateException("missing required field: verifier");
            }
            if (store == null) {
                store = InMemorySeenKeyStore.create();
            }
            return new WebhookHandler(this);
        }
    }
}
