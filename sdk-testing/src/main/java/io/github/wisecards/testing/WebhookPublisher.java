package io.github.wisecards.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs and delivers the simulator's webhook events in the order the state changes happened.
 *
 * <p>State changes {@link #enqueue} events while holding the state lock; the thread that made the
 * change then calls {@link #drain()} after releasing it, which delivers synchronously, so when a
 * simulator call returns its events have been delivered. If another thread is already delivering,
 * that thread delivers the new events too (no waiting, so a receiver that calls the simulator back
 * cannot deadlock it).
 */
final class WebhookPublisher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookPublisher.class);
    private static final MediaType JSON = MediaType.get("application/json");

    private record Pending(String eventType, ObjectNode data) {}

    private final Clock clock;
    private final WebhookSigner signer;
    private final String subscriptionId;
    private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock deliveryLock = new ReentrantLock();
    private final List<SentWebhook> sent = new CopyOnWriteArrayList<>();
    private final AtomicLong deliveries = new AtomicLong();
    private volatile String url;
    private volatile boolean stopped;
    private OkHttpClient http;

    WebhookPublisher(Clock clock, WebhookSigner signer, String subscriptionId, String url) {
        this.clock = clock;
        this.signer = signer;
        this.subscriptionId = subscriptionId;
        this.url = url;
    }

    String subscriptionId() {
        return subscriptionId;
    }

    void url(String url) {
        this.url = url;
    }

    void enqueue(String eventType, ObjectNode data) {
        queue.add(new Pending(eventType, data));
    }

    /** Delivers every queued event, unless another thread is already doing so or it stopped. */
    void drain() {
        while (!stopped && !queue.isEmpty() && deliveryLock.tryLock()) {
            try {
                Pending p;
                while (!stopped && (p = queue.poll()) != null) {
                    deliver(p);
                }
            } finally {
                deliveryLock.unlock();
            }
        }
    }

    List<SentWebhook> sent() {
        return List.copyOf(sent);
    }

    void clear() {
        queue.clear();
        sent.clear();
    }

    private void deliver(Pending p) {
        Instant sentAt = clock.instant();
        ObjectNode envelope = SimJson.object();
        envelope.set("data", p.data());
        envelope.put("subscription_id", subscriptionId);
        envelope.put("event_type", p.eventType());
        envelope.put("schema_version", "2.0.0");
        envelope.put("sent_at", sentAt.toString());
        byte[] body = SimJson.bytes(envelope);
        String signature = signer.sign(body);
        String deliveryId = UUID.nameUUIDFromBytes(
                        (subscriptionId + "/" + deliveries.incrementAndGet()).getBytes(StandardCharsets.UTF_8))
                .toString();
        String target = url;
        int status = 0;
        String failure = null;
        if (target != null) {
            Request request = new Request.Builder()
                    .url(target)
                    .header("X-Signature-SHA256", signature)
                    .header("X-Delivery-Id", deliveryId)
                    .post(RequestBody.create(body, JSON))
                    .build();
            try (Response response = client().newCall(request).execute()) {
                status = response.code();
            } catch (IOException | RuntimeException e) {
                failure = e.getClass().getSimpleName() + ": " + e.getMessage();
                LOG.warn("Webhook {} delivery {} to {} failed: {}", p.eventType(), deliveryId, target, failure);
            }
        }
        sent.add(new SentWebhook(deliveryId, p.eventType(), body, signature, sentAt, target, status, failure));
    }

    private synchronized OkHttpClient client() {
        if (http == null) {
            // Wise expects an answer within five seconds.
            http = new OkHttpClient.Builder()
                    .callTimeout(Duration.ofSeconds(5))
                    .retryOnConnectionFailure(false)
                    .build();
        }
        return http;
    }

    /**
     * Stops delivering: a request thread draining a backlog ends after its current event, so the
     * simulator's listeners can close without waiting for the backlog.
     */
    void stop() {
        stopped = true;
    }

    @Override
    public synchronized void close() {
        if (http != null) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
            http = null;
        }
    }
}
