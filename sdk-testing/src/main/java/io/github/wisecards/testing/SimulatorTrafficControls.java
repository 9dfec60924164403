package io.github.wisecards.testing;

import java.security.PublicKey;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * {@link WiseSimulator}'s traffic: injected faults, recorded requests and the webhooks it signs
 * and sends.
 */
abstract class SimulatorTrafficControls extends SimulatorOrderControls {
    SimulatorTrafficControls(WiseSimulator.Builder b) {
        super(b);
    }

    /**
     * Injects {@code fault} into the next {@code count} requests.
     *
     * @param count how many requests to fail; at least 1
     * @param fault what those requests get instead of a normal answer
     * @throws IllegalArgumentException if {@code count} is below 1
     * @throws NullPointerException if {@code fault} is null
     */
    public void failNext(int count, Fault fault) {
        faults.next(count, Objects.requireNonNull(fault, "fault"), null, null);
    }

    /**
     * Injects {@code fault} into the next {@code count} requests matching a method and a path
     * pattern, in which {@code *} matches one path segment and {@code **} the rest of the path,
     * for example method {@code POST} with <code>/v3/spend/profiles/&#42;/card-orders</code>.
     *
     * @param method an HTTP method, or null for any
     * @param pathPattern a path pattern, or null for any path
     * @param count how many requests to fail; at least 1
     * @param fault what those requests get instead of a normal answer
     * @throws IllegalArgumentException if {@code count} is below 1
     * @throws NullPointerException if {@code fault} is null
     */
    public void failNext(int count, Fault fault, String method, String pathPattern) {
        faults.next(count, Objects.requireNonNull(fault, "fault"), method, pathPattern);
    }

    /**
     * Injects {@code fault} into a fraction (0 to 1] of all requests, drawn from the seeded random.
     *
     * @param fraction the probability that a request is faulted, in (0, 1]
     * @param fault what those requests get instead of a normal answer
     * @throws IllegalArgumentException if {@code fraction} is outside (0, 1]
     * @throws NullPointerException if {@code fault} is null
     */
    public void failFraction(double fraction, Fault fault) {
        faults.fraction(fraction, Objects.requireNonNull(fault, "fault"), null, null);
    }

    /**
     * Injects {@code fault} into a fraction of the requests matching a method and path pattern.
     *
     * @param fraction the probability that a request is faulted, in (0, 1]
     * @param fault what those requests get instead of a normal answer
     * @param method an HTTP method, or null for any
     * @param pathPattern a path pattern as in {@link #failNext(int, Fault, String, String)}, or
     *      null for any path
     * @throws IllegalArgumentException if {@code fraction} is outside (0, 1]
     * @throws NullPointerException if {@code fault} is null
     */
    public void failFraction(double fraction, Fault fault, String method, String pathPattern) {
        faults.fraction(fraction, Objects.requireNonNull(fault, "fault"), method, pathPattern);
    }

    /** Disarms every fault. */
    public void clearFaults() {
        faults.clear();
    }

    // ---- recorded traffic ----

    /** {@return every request received so far (at most the last 10,000), oldest first} */
    public List<ReceivedRequest> requests() {
        return dispatcher.received();
    }

    /**
     * {@return the received requests matching a method (null for any) and a path pattern (see
     * {@link #failNext(int, Fault, String, String)})}
     *
     * @param method an HTTP method, case-insensitive, or null for any
     * @param pathPattern a path pattern, or null for any path
     */
    public List<ReceivedRequest> requests(String method, String pathPattern) {
        java.util.regex.Pattern p = FaultInjector.glob(pathPattern);
        return requests().stream()
                .filter(r -> method == null || method.equalsIgnoreCase(r.method()))
                .filter(r -> p == null || p.matcher(r.path()).matches())
                .toList();
    }

    /** Forgets the received requests. */
    public void clearRequests() {
        dispatcher.clearReceived();
    }

    // ---- webhooks ----

    /**
     * Delivers webhooks to {@code url} from now on (one subscription).
     *
     * @param url an http(s) URL
     * @throws IllegalArgumentException if {@code url} is not an http(s) URL
     * @throws NullPointerException if {@code url} is null
     */
    public void registerWebhookUrl(String url) {
        Objects.requireNonNull(url, "url");
        if (HttpUrl.parse(url) == null) {
            throw new IllegalArgumentException("url: not an http(s) URL: " + url);
        }
        publisher.url(url);
    }

    /** Stops delivering webhooks; they are still produced, signed and recorded. */
    public void unregisterWebhookUrl() {
        publisher.url(null);
    }

    /** {@return the {@code subscription_id} sent in every event} */
    public String webhookSubscriptionId() {
        return publisher.subscriptionId();
    }

    /** {@return every webhook event produced so far, in order} */
    public List<SentWebhook> webhooks() {
        return publisher.sent();
    }

    /**
     * {@return the webhook events of one type, for example {@code
     * cards#card-production-status-change}}
     *
     * @param eventType the event type to match exactly
     */
    public List<SentWebhook> webhooks(String eventType) {
        return webhooks().stream().filter(w -> w.eventType().equals(eventType)).toList();
    }

    /** {@return the public key that verifies the simulator's webhook signatures} */
    public PublicKey webhookPublicKey() {
        return signer.publicKey();
    }

    /** {@return the webhook public key as a PEM {@code PUBLIC KEY} block} */
    public String webhookPublicKeyPem() {
        return signer.publicKeyPem();
    }
}
