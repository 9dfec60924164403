package io.github.wisecards.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.wisecards.core.Environment;
import io.github.wisecards.webhooks.InMemorySeenKeyStore;
import io.github.wisecards.webhooks.WebhookCallback;
import io.github.wisecards.webhooks.WebhookHandler;
import io.github.wisecards.webhooks.WebhookHeaders;
import io.github.wisecards.webhooks.WebhookVerificationException;
import io.github.wisecards.webhooks.WebhookVerifier;
import io.github.wisecards.webhooks.event.CardOrderStatusChangeEvent;
import io.github.wisecards.webhooks.event.CardProductionStatusChangeEvent;
import io.github.wisecards.webhooks.event.CardStatusChangeEvent;
import io.github.wisecards.webhooks.event.WebhookEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Wise webhook receiver on the JDK's built-in HTTP server: it verifies each request's signature
 * over the raw body bytes, parses the event, hands it to a callback through the handler's inbox
 * (duplicates and redeliveries of a processed event are acknowledged without calling it again) and
 * replies at once.
 *
 * <p>Replies: the outcome's {@link WebhookHandler.Outcome#httpStatus()}: {@code 200} for a processed
 * event or a duplicate, {@code 503} while another attempt holds a live claim on the event (Wise
 * redelivers later and the redelivery is then a duplicate, or processed if that attempt failed);
 * {@code 400} for a request not signed by a trusted key or not a webhook (Wise retrying it will not
 * help), {@code 405} for anything but {@code POST}, {@code 500} when the callback or the inbox fails
 * (the event's claim is released, so Wise's redelivery is processed).
 *
 * <p>{@link #main} keeps the inbox in memory, which is right for one instance. With several
 * instances behind one webhook URL, give the handler a {@code JdbcSeenKeyStore} over your database
 * (see "Exactly once" in docs/webhooks.md).
 *
 * <p>Reusable: {@link #start} serves any {@link WebhookHandler} and callback (the kiosk demo uses
 * it with a verifier trusting the simulator's key). Run {@link #main} to receive sandbox webhooks
 * behind a public URL (for example a tunnel to this port).
 */
public final class WebhookReceiverExample implements AutoCloseable {
    /** The path webhooks are POSTed to. */
    public static final String PATH = "/wise/webhooks";

    private static final Logger LOG = LoggerFactory.getLogger(WebhookReceiverExample.class);

    private final HttpServer server;
    private final WebhookHandler handler;
    private final WebhookCallback callback;
    private final AtomicInteger processed = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger inProgress = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();

    private WebhookReceiverExample(HttpServer server, WebhookHandler handler, WebhookCallback callback) {
        this.server = server;
        this.handler = handler;
        this.callback = callback;
    }

    /**
     * Starts a receiver on {@code address} (port 0 for a free port) serving {@link #PATH}.
     *
     * @param address where to listen, for example {@code 127.0.0.1:0}
     * @param handler verifies, parses and deduplicates
     * @param callback called once per event; keep it fast (Wise expects an answer within 5 s)
     * @throws UncheckedIOException if the server cannot bind
     */
    public static WebhookReceiverExample start(
            InetSocketAddress address, WebhookHandler handler, WebhookCallback callback) {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(callback, "callback");
        HttpServer server;
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + address, e);
        }
        WebhookReceiverExample receiver = new WebhookReceiverExample(server, handler, callback);
        server.createContext(PATH, receiver::exchange);
        // No executor: requests are handled on the server's own thread, one at a time, which is
        // plenty for verification plus a fast callback.
        server.start();
        return receiver;
    }

    /** Starts a receiver on a free loopback port. */
    public static WebhookReceiverExample startOnLoopback(WebhookHandler handler, WebhookCallback callback) {
        return start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), handler, callback);
    }

    /** Returns the URL to register for webhooks, for example {@code http://127.0.0.1:51234/wise/webhooks}. */
    public URI url() {
        InetSocketAddress bound = server.getAddress();
        String host = bound.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + bound.getPort() + PATH);
    }

    /** Returns the port the receiver listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Returns how many events the callback processed. */
    public int processedCount() {
        return processed.get();
    }

    /** Returns how many verified deliveries were duplicates of processed events (acknowledged, not processed). */
    public int duplicateCount() {
        return duplicates.get();
    }

    /** Returns how many verified deliveries found the event claimed by another attempt (answered 503). */
    public int inProgressCount() {
        return inProgress.get();
    }

    /** Returns how many requests were rejected (bad or missing signature, malformed body). */
    public int rejectedCount() {
        return rejected.get();
    }

    /** Stops the server at once; in-flight requests are abandoned. Idempotent. */
    @Override
    public void close() {
        server.stop(0);
    }

    private void exchange(HttpExchange exchange) {
        try {
            int status = "POST".equals(exchange.getRequestMethod()) ? receive(exchange) : 405;
            exchange.sendResponseHeaders(status, -1);
        } catch (IOException e) {
            LOG.debug("Could not answer a webhook request: {}", e.toString());
        } finally {
            exchange.close();
        }
    }

    private int receive(HttpExchange exchange) throws IOException {
        try {
            byte[] rawBody = handler.verifier().readBody(exchange.getRequestBody());
            WebhookHeaders headers = WebhookHeaders.from(exchange.getRequestHeaders()::getFirst);
            WebhookHandler.Outcome outcome = handler.handle(headers, rawBody, callback);
            switch (outcome) {
                case PROCESSED -> processed.incrementAndGet();
                case DUPLICATE -> {
                    duplicates.incrementAndGet();
                    LOG.debug(
                            "Duplicate webhook delivery {} acknowledged, not processed again",
                            headers.deliveryId().orElse("<none>"));
                }
                case IN_PROGRESS -> inProgress.incrementAndGet();
            }
            return outcome.httpStatus();
        } catch (WebhookVerificationException e) {
            rejected.incrementAndGet();
            LOG.warn("Rejected a webhook request: {} ({})", e.reason(), e.getMessage());
            return 400;
        } catch (RuntimeException e) {
            LOG.error("Webhook callback or inbox failed; answering 500 so that Wise redelivers", e);
            return 500;
        }
    }

    /** Logs one event; the callback {@link #main} uses. */
    static void log(WebhookEvent event) {
        if (event instanceof CardOrderStatusChangeEvent e) {
            LOG.info(
                    "Card order {} is now {}",
                    e.orderId().orElse("?"),
                    e.orderStatus().raw());
        } else if (event instanceof CardProductionStatusChangeEvent e) {
            LOG.info(
                    "Card production is now {} at kiosk {}{}",
                    e.status().raw(),
                    e.kioskId().orElse("-"),
                    e.errorCodeRaw().map(code -> " (" + code + ")").orElse(""));
        } else if (event instanceof CardStatusChangeEvent e) {
            LOG.info("Card status is now {}", e.cardStatus().raw());
        } else {
            // New event types can appear in minor releases: acknowledge and ignore them.
            LOG.info("Ignored webhook event type {}", event.eventType());
        }
    }

    /**
     * Runs a receiver until the process is stopped.
     *
     * <p>Port: the first argument, else {@code WEBHOOK_PORT}, else 8080. Trusted key: Wise's
     * bundled key for {@code WISE_ENV} ({@code sandbox} by default, or {@code production}), plus
     * the PEM file named by {@code WEBHOOK_PUBLIC_KEY_FILE} if set (for example the simulator's
     * key). Listens on all interfaces.
     *
     * @param args optional: the port
     * @throws Exception if the server cannot start
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        int port = args.length > 0
                ? Integer.parseInt(args[0])
                : Integer.parseInt(env.getOrDefault("WEBHOOK_PORT", "8080"));
        String envName = env.getOrDefault("WISE_ENV", "sandbox");
        WebhookVerifier.Builder verifier = WebhookVerifier.builder().environment(Environment.named(envName));
        String keyFile = env.get("WEBHOOK_PUBLIC_KEY_FILE");
        if (keyFile != null && !keyFile.isBlank()) {
            verifier.addTrustedKeyPem(Files.readString(Path.of(keyFile)));
        }
        WebhookHandler handler = WebhookHandler.builder()
                .verifier(verifier.build())
                .seenKeyStore(InMemorySeenKeyStore.create())
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        WebhookReceiverExample receiver = start(new InetSocketAddress(port), handler, WebhookReceiverExample::log);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            receiver.close();
            stopped.countDown();
        }));
        LOG.info("Receiving Wise {} webhooks on port {} at {}", envName, receiver.port(), PATH);
        stopped.await();
    }
}
