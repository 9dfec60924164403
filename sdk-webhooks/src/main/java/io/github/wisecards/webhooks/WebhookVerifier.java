package io.github.wisecards.webhooks;

import io.github.wisecards.core.Environment;
import io.github.wisecards.webhooks.WebhookVerificationException.Reason;
import io.github.wisecards.webhooks.event.WebhookEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies that a webhook request was signed by Wise, then parses it.
 *
 * <p>Wise signs the <em>raw body bytes</em> with RSA PKCS#1 v1.5 SHA-256 and sends the Base64
 * signature in {@code X-Signature-SHA256}. Pass the body exactly as received: never a
 * re-serialized JSON document and never a {@code String} decoded and re-encoded, either of which
 * breaks the signature.
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.builder()
 *     .environment(Environment.PRODUCTION)      // trusts the Wise production key bundled in the jar
 *     .addTrustedKeyPem(rotatedKeyPem)          // optional: a key Wise rotated to
 *     .build();
 * try {
 *     WebhookEvent event = verifier.verifyAndParse(WebhookHeaders.from(request::getHeader), rawBody);
 *     // handle the event, then answer 200
 * } catch (WebhookVerificationException e) {
 *     // answer 400: not signed by Wise, too large or malformed (e.reason() says which)
 * }
 * }</pre>
 *
 * <p>Keys are parsed once, when the verifier is built. Instances are immutable and thread-safe;
 * share one. Each thread reuses its own {@link Signature} engine, so verifying allocates little.
 */
public final class WebhookVerifier {
    /** The default body size cap: 1 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

    private static final Logger LOG = LoggerFactory.getLogger(WebhookVerifier.class);
    private static final String ALGORITHM = "SHA256withRSA";

    private final List<RSAPublicKey> keys;
    private final int[] signatureLengths;
    private final int maxBodyBytes;
    private final Duration maxAge;
    private final Clock clock;
    private final ThreadLocal<Signature> engines = ThreadLocal.withInitial(WebhookVerifier::newEngine);

    private WebhookVerifier(Builder b) {
        this.keys = List.copyOf(b.keys.values());
        this.signatureLengths =
                keys.stream().mapToInt(PublicKeys::signatureLength).distinct().toArray();
        this.maxBodyBytes = b.maxBodyBytes;
        this.maxAge = b.maxAge;
        this.clock = b.clock;
    }

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return a verifier that trusts the Wise key bundled for {@code environment}, with default
     * settings}
     *
     * @param environment picks the production or the sandbox key
     * @throws NullPointerException if {@code environment} is null
     */
    public static WebhookVerifier forEnvironment(Environment environment) {
        return builder().environment(environment).build();
    }

    /**
     * Verifies the signature in {@code headers} over {@code rawBody}.
     *
     * <p>This checks only the signature and the body size. The optional maximum age on {@code
     * sent_at} is checked by {@link #verifyAndParse}, which reads the body.
     *
     * @param headers the request headers; only the signature is read
     * @param rawBody the body bytes exactly as received
     * @throws WebhookVerificationException if the request is rejected
     * @throws NullPointerException if {@code headers} or {@code rawBody} is null
     */
    public void verify(WebhookHeaders headers, byte[] rawBody) {
        Objects.requireNonNull(headers, "headers");
        verify(headers.signature().orElse(null), rawBody);
    }

    /**
     * Verifies a signature header value over {@code rawBody}.
     *
     * @param signatureHeader the value of {@code X-Signature-SHA256}, or null when absent
     * @param rawBody the body bytes exactly as received
     * @throws WebhookVerificationException if the request is rejected
     */
    public void verify(String signatureHeader, byte[] rawBody) {
        Objects.requireNonNull(rawBody, "rawBody");
        if (rawBody.length == 0) {
            throw reject(Reason.EMPTY_BODY, "webhook body is empty");
        }
        if (rawBody.length > maxBodyBytes) {
            throw reject(
                    Reason.BODY_TOO_LARGE,
                    "webhook body has " + rawBody.length + " bytes, above the limit of " + maxBodyBytes);
        }
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw reject(Reason.MISSING_SIGNATURE, "webhook has no " + WebhookHeaders.SIGNATURE + " header");
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(signatureHeader.trim());
        } catch (IllegalArgumentException e) {
            throw reject(Reason.INVALID_BASE64, WebhookHeaders.SIGNATURE + " is not valid Base64");
        }
        if (!hasExpectedLength(signature.length)) {
            throw reject(
                    Reason.WRONG_SIGNATURE_LENGTH,
                    WebhookHeaders.SIGNATURE + " decodes to " + signature.length
                            + " bytes, which no trusted key produces");
        }
        Signature engine = engines.get();
        for (RSAPublicKey key : keys) {
            if (PublicKeys.signatureLength(key) == signature.length && matches(engine, key, rawBody, signature)) {
                return;
            }
        }
        throw reject(
                Reason.SIGNATURE_MISMATCH,
                "webhook signature does not match the body under any of the " + keys.size() + " trusted keys");
    }

    /**
     * Verifies the request, then parses it into a typed event. This is the normal entry point.
     *
     * <p>When a maximum age is configured, an event whose {@code sent_at} is older than it, or is
     * missing or unreadable, is rejected with {@link Reason#TOO_OLD}.
     *
     * @param headers the request headers (signature, delivery id, test flag)
     * @param rawBody the body bytes exactly as received
     * @return the event; never null. Unknown event types and schema versions parse to {@link
     *     io.github.wisecards.webhooks.event.UnknownWebhookEvent}
     * @throws WebhookVerificationException if the request is rejected
     */
    public WebhookEvent verifyAndParse(WebhookHeaders headers, byte[] rawBody) {
        verify(headers, rawBody);
        WebhookEvent event = WebhookEventParser.parseUnverified(
                rawBody, headers.deliveryId().orElse(null), headers.testNotification());
        if (maxAge != null) {
            Optional<Instant> sentAt = event.envelope().sentAt();
            if (sentAt.isEmpty()) {
                throw reject(Reason.TOO_OLD, "webhook sent_at is missing or unreadable and a maximum age is set");
            }
            Duration age = Duration.between(sentAt.get(), clock.instant());
            if (age.compareTo(maxAge) > 0) {
                throw reject(
                        Reason.TOO_OLD,
                        "webhook delivery " + headers.deliveryId().orElse("<no id>") + " was sent " + age
                                + " ago, above the maximum age of " + maxAge);
            }
        }
        return event;
    }

    /**
     * Parses a webhook <strong>without verifying its signature</strong>.
     *
     * <p>Anyone can POST to a webhook URL: use this only for payloads whose origin you have
     * established another way, for example events stored after {@link #verify} succeeded, or in
     * tests. Receiving code should call {@link #verifyAndParse}.
     *
     * @param headers the request headers (delivery id, test flag); the signature is ignored
     * @param rawBody the body bytes exactly as received
     * @return the parsed event; an {@link io.github.wisecards.webhooks.event.UnknownWebhookEvent}
     *     for event types this SDK does not model
     * @throws NullPointerException if {@code headers} or {@code rawBody} is null
     * @throws WebhookVerificationException with {@link Reason#MALFORMED_PAYLOAD} if the body is
     *     not a JSON object
     */
    public static WebhookEvent parseUnverified(WebhookHeaders headers, byte[] rawBody) {
        Objects.requireNonNull(headers, "headers");
        return WebhookEventParser.parseUnverified(
                rawBody, headers.deliveryId().orElse(null), headers.testNotification());
    }

    /**
     * Reads a request body, refusing to buffer more than the body size cap.
     *
     * <p>Use it instead of reading the whole stream yourself, so an oversized request costs at
     * most {@link #maxBodyBytes()} + 1 bytes of memory. Does not close the stream.
     *
     * @param in the request body stream, read to its end
     * @return the body bytes, at most {@link #maxBodyBytes()} of them
     * @throws NullPointerException if {@code in} is null
     * @throws WebhookVerificationException with {@link Reason#BODY_TOO_LARGE} past the cap
     * @throws IOException if the stream fails
     */
    public byte[] readBody(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBodyBytes, 8192));
        byte[] buffer = new byte[8192];
        int total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > maxBodyBytes) {
                throw reject(Reason.BODY_TOO_LARGE, "webhook body is above the limit of " + maxBodyBytes + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** {@return the body size cap in bytes} */
    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    /**
     * {@return the maximum age on {@code sent_at}, or empty when none is enforced (the default)}
     */
    public Optional<Duration> maxAge() {
        return Optional.ofNullable(maxAge);
    }

    /**
     * {@return the lowercase hex SHA-256 of each trusted key's DER encoding, in the order they were
     * added; handy to log which keys a deployment trusts}
     */
    public List<String> trustedKeyFingerprints() {
        return keys.stream().map(PublicKeys::fingerprint).toList();
    }

    private boolean hasExpectedLength(int length) {
        for (int expected : signatureLengths) {
            if (expected == length) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Signature engine, PublicKey key, byte[] body, byte[] signature) {
        try {
            engine.initVerify(key);
            engine.update(body);
            return engine.verify(signature);
        } catch (SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot verify with a trusted webhook key", e);
        }
    }

    private static Signature newEngine() {
        try {
            return Signature.getInstance(ALGORITHM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this JVM", e);
        }
    }

    private static WebhookVerificationException reject(Reason reason, String message) {
        LOG.debug("Rejected webhook ({}): {}", reason, message);
        return new WebhookVerificationException(reason, message);
    }

    @Override
    public String toString() {
        return "WebhookVerifier{keys=" + trustedKeyFingerprints() + ", maxBodyBytes=" + maxBodyBytes + ", maxAge="
                + (maxAge == null ? "none" : maxAge) + "}";
    }

    /** Builds a {@link WebhookVerifier}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, RSAPublicKey> keys = new LinkedHashMap<>();
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private Duration maxAge;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /**
         * Trusts the Wise key bundled in this jar for {@code environment}: the production key when
         * {@link Environment#isProduction()}, otherwise the sandbox key.
         *
         * @param environment picks the production or the sandbox key
         * @return this builder
         * @throws NullPointerException if {@code environment} is null
         */
        public Builder environment(Environment environment) {
            Objects.requireNonNull(environment, "environment");
            return addTrustedKey(PublicKeys.bundled(environment));
        }

        /**
         * Trusts a key given as PEM: a {@code PUBLIC KEY} block (X.509 SubjectPublicKeyInfo) or a
         * {@code CERTIFICATE}. Use it to add a key Wise rotated to without waiting for an SDK
         * release.
         *
         * @param pem the PEM text; surrounding whitespace is ignored
         * @return this builder
         * @throws IllegalArgumentException if it is not an RSA key of at least 2048 bits
         * @throws NullPointerException if {@code pem} is null
         */
        public Builder addTrustedKeyPem(String pem) {
            return addTrustedKey(PublicKeys.fromPem(pem));
        }

        /**
         * Trusts a key given as DER (X.509 SubjectPublicKeyInfo).
         *
         * @param der the encoded key
         * @return this builder
         * @throws IllegalArgumentException if it is not an RSA key of at least 2048 bits
         * @throws NullPointerException if {@code der} is null
         */
        public Builder addTrustedKeyDer(byte[] der) {
            return addTrustedKey(PublicKeys.fromDer(der));
        }

        /**
         * Trusts a public key. Adding a key already trusted changes nothing.
         *
         * @param key the key
         * @return this builder
         * @throws IllegalArgumentException if it is not an RSA key of at least 2048 bits
         * @throws NullPointerException if {@code key} is null
         */
        public Builder addTrustedKey(PublicKey key) {
            RSAPublicKey rsa = PublicKeys.requireRsa(key);
            keys.putIfAbsent(PublicKeys.fingerprint(rsa), rsa);
            return this;
        }

        /**
         * Sets the body size cap in bytes; larger bodies are rejected before any signature work.
         * Default {@link #DEFAULT_MAX_BODY_BYTES} (1 MiB).
         *
         * @param maxBodyBytes the largest body accepted, in bytes
         * @return this builder
         * @throws IllegalArgumentException if {@code maxBodyBytes} is zero or negative
         */
        public Builder maxBodyBytes(int maxBodyBytes) {
            if (maxBodyBytes <= 0) {
                throw new IllegalArgumentException("maxBodyBytes must be positive but was " + maxBodyBytes);
            }
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /**
         * Rejects events whose {@code sent_at} is older than {@code maxAge}. Off by default.
         *
         * <p>Caveat: Wise redelivers a failed event for up to two weeks. With a maximum age
         * shorter than that, a delivery that failed during an outage longer than the maximum age
         * is rejected on every retry and lost. Set it only if you reconcile missed events another
         * way (for example by polling card orders).
         *
         * @param maxAge the maximum age, or null for none
         * @return this builder
         * @throws IllegalArgumentException if {@code maxAge} is zero or negative
         */
        public Builder maxAge(Duration maxAge) {
            if (maxAge != null && (maxAge.isNegative() || maxAge.isZero())) {
                throw new IllegalArgumentException("maxAge must be positive but was " + maxAge);
            }
            this.maxAge = maxAge;
            return this;
        }

        /**
         * Sets the clock the maximum age is measured with. Default the UTC system clock.
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
         * Builds the verifier.
         *
         * @return the verifier
         * @throws IllegalStateException if no key is trusted: call {@link #environment} or add a
         *     key
         */
        public WebhookVerifier build() {
            if (keys.isEmpty()) {
                throw new IllegalStateException(
                        "no trusted webhook key: call environment(..) or addTrustedKeyPem/Der(..)");
            }
            return new WebhookVerifier(this);
        }
    }
}
