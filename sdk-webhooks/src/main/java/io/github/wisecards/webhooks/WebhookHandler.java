package io.github.wisecards.webhooks;

import io.github.wisecards.webhooks.event.WebhookEvent;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives webhook requests: verifies, parses and hands each event to a callback at most once.
 *
 * <p>Wise redelivers an event up to 25 times over two weeks until it gets a 200, and may send it
 * once per subscription. The handler derives a stable key from the signed content ({@link
 * WebhookEvent#eventKey()}: SHA-256 over the canonical body without {@code sent_at} and {@code
 * subscription_id}) and records it in a {@link SeenKeyStore} before calling the callback; a
 * delivery whose key is already recorded is acknowledged without calling it. If the callback
 * throws, the key is released and the exception rethrown, so the next redelivery is processed.
 *
 * <pre>{@code
 * WebhookHandler handler = WebhookHandler.builder()
 *     .verifier(WebhookVerifier.forEnvironment(Environment.PRODUCTION))
 *     .seenKeyStore(JdbcSeenKeyStore.builder(dataSource).build())
 *     .build();
 * // in your HTTP endpoint:
 * try {
 *     handler.handle(WebhookHeaders.from(request::getHeader), rawBody, event -> apply(event));
 *     status = 200;                       // processed now, or a duplicate
 * } catch (WebhookVerificationException e) {
 *     status = 400;                       // not from Wise, or malformed: do not retry
 * } catch (RuntimeException e) {
 *     status = 500;                       // your callback or the store failed: Wise retries
 * }
 * }</pre>
 *
 * <p>A key is recorded while the callback runs, so a concurrent duplicate is acknowledged
 * without waiting; if the first attempt then fails, Wise's redelivery of that attempt is
 * processed. If the process dies while the callback runs, the key stays recorded and the event
 * is not processed again: the guarantee is at most once per key. Thread-safe.
 */
public final class WebhookHandler {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookHandler.class);

    private final WebhookVerifier verifier;
    private final SeenKeyStore store;

    private WebhookHandler(Builder b) {
        this.verifier = b.verifier;
        this.store = b.store;
    }

    /** Returns a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** What {@link #handle} did with a request. */
    public enum Outcome {
        /** The callback processed the event. */
        PROCESSED,
        /** The event's key was already recorded; the callback was not called. */
        DUPLICATE
    }

    /**
     * Verifies and parses a request, then calls {@code callback} unless the event was already
     * processed.
     *
     * @param headers the request headers
     * @param rawBody the body bytes exactly as received
     * @param callback processes the event
     * @return {@link Outcome#PROCESSED} or {@link Outcome#DUPLICATE}; reply 200 for both
     * @throws WebhookVerificationException if the request is rejected (reply 4xx)
     * @throws SeenKeyStoreException if the store fails (reply 5xx)
     * @throws RuntimeException whatever the callback threw, after its key was released (reply
     *     5xx)
     */
    public Outcome handle(WebhookHeaders headers, byte[] rawBody, WebhookCallback callback) {
        Objects.requireNonNull(callback, "callback");
        WebhookEvent event = verifier.verifyAndParse(headers, rawBody);
        String key = event.eventKey();
        if (!store.markIfAbsent(key)) {
            LOG.debug(
                    "Duplicate webhook {} (delivery {}, key {}): not processed again",
                    event.eventType(),
                    event.envelope().deliveryId().orElse("<none>"),
                    key);
            return Outcome.DUPLICATE;
        }
        try {
            callback.onEvent(event);
        } catch (RuntimeException | Error e) {
            try {
                store.release(key);
            } catch (RuntimeException releaseFailure) {
                e.addSuppressed(releaseFailure);
                LOG.error(
                        "Webhook callback failed and its key {} could not be released: redeliveries will be"
                                + " treated as duplicates until it expires",
                        key,
                        releaseFailure);
            }
            throw e;
        }
        return Outcome.PROCESSED;
    }

    /** Returns the verifier this handler uses. */
    public WebhookVerifier verifier() {
        return verifier;
    }

    @Override
    public String toString() {
        return "WebhookHandler{" + verifier + ", store=" + store + "}";
    }

    /** Builds a {@link WebhookHandler}. Not thread-safe. */
    public static final class Builder {
        private WebhookVerifier verifier;
        private SeenKeyStore store;

        private Builder() {}

        /** Sets the verifier. Required. */
        public Builder verifier(WebhookVerifier verifier) {
            this.verifier = Objects.requireNonNull(verifier, "verifier");
            return this;
        }

        /**
         * Sets where processed event keys are recorded. Default a new {@link InMemorySeenKeyStore},
         * which is enough for a single instance; use {@link JdbcSeenKeyStore} for several.
         */
        public Builder seenKeyStore(SeenKeyStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * Builds the handler.
         *
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
