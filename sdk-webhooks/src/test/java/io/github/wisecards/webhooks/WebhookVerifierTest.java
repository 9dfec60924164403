package io.github.wisecards.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.wisecards.core.Environment;
import io.github.wisecards.core.FakeClock;
import io.github.wisecards.core.errors.SdkException;
import io.github.wisecards.testing.WebhookSigner;
import io.github.wisecards.webhooks.WebhookVerificationException.Reason;
import io.github.wisecards.webhooks.event.CardOrderStatusChangeEvent;
import io.github.wisecards.webhooks.event.WebhookEvent;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.InvalidParameterException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Security;
import java.security.SignatureException;
import java.security.SignatureSpi;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class WebhookVerifierTest {
    static final String PRODUCTION_FINGERPRINT = "e86411cd96968b70488a1c11dcd22907075dfd25299800578c405c9010a0834a";
    static final String SANDBOX_FINGERPRINT = "30bfe2d6312e1b03eedca03db05ee5d0ba3b57e648757b57d0d89a593f710edf";

    static final WebhookSigner SIGNER = WebhookSigner.generate();
    static final WebhookSigner OTHER_SIGNER = WebhookSigner.generate();

    private final WebhookVerifier verifier =
            WebhookVerifier.builder().addTrustedKey(SIGNER.publicKey()).build();
    private final byte[] body = Fixtures.bytes("card-order-status-change.json");

    @Test
    void bundledProductionAndSandboxKeysArePinnedBySha256OfTheirDer() throws Exception {
        assertThat(WebhookVerifier.forEnvironment(Environment.PRODUCTION).trustedKeyFingerprints())
                .containsExactly(PRODUCTION_FINGERPRINT);
        assertThat(WebhookVerifier.forEnvironment(Environment.SANDBOX).trustedKeyFingerprints())
                .containsExactly(SANDBOX_FINGERPRINT);
        assertThat(derSha256OfResource("wise-production-public-key.pem")).isEqualTo(PRODUCTION_FINGERPRINT);
        assertThat(derSha256OfResource("wise-sandbox-public-key.pem")).isEqualTo(SANDBOX_FINGERPRINT);
    }

    @Test
    void productionKeyIsKeptWhenAHostIsOverriddenAndCustomEnvironmentsUseSandbox() {
        Environment proxied = Environment.PRODUCTION.withApiBaseUrl("https://wise-proxy.example.com");
        assertThat(WebhookVerifier.forEnvironment(proxied).trustedKeyFingerprints())
                .containsExactly(PRODUCTION_FINGERPRINT);
        Environment custom = Environment.custom("http://localhost:8080", "http://localhost:8081");
        assertThat(WebhookVerifier.forEnvironment(custom).trustedKeyFingerprints())
                .containsExactly(SANDBOX_FINGERPRINT);
    }

    @Test
    void acceptsABodySignedByATrustedKey() {
        verifier.verify(SIGNER.sign(body), body);
        WebhookEvent event = verifier.verifyAndParse(WebhookHeaders.of(SignedHeaders.of(SIGNER, body)), body);
        assertThat(event).isInstanceOf(CardOrderStatusChangeEvent.class);
    }

    @Test
    void acceptsPartnerAddedKeysAsPemOrDerNextToTheBundledOne() {
        WebhookVerifier rotated = WebhookVerifier.builder()
                .environment(Environment.PRODUCTION)
                .addTrustedKeyPem(SIGNER.publicKeyPem())
                .addTrustedKeyDer(OTHER_SIGNER.publicKey().getEncoded())
                .build();
        rotated.verify(SIGNER.sign(body), body);
        rotated.verify(OTHER_SIGNER.sign(body), body);
        assertThat(rotated.trustedKeyFingerprints()).hasSize(3).first().isEqualTo(PRODUCTION_FINGERPRINT);
    }

    @Test
    void trustsTheRsaKeyOfAPemCertificateAndRefusesAnyOtherCertificate() throws Exception {
        String pem = resource("test-rsa-certificate.pem");
        byte[] der = CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))
                .getPublicKey()
                .getEncoded();

        assertThat(WebhookVerifier.builder()
                        .addTrustedKeyPem("\n" + pem)
                        .build()
                        .trustedKeyFingerprints())
                .containsExactly(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(der)));
        assertThatThrownBy(() -> WebhookVerifier.builder().addTrustedKeyPem(resource("test-ec-certificate.pem")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RSA");
        assertThatThrownBy(() -> WebhookVerifier.builder()
                        .addTrustedKeyPem("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a valid PEM certificate");
    }

    @Test
    void aPemPublicKeyNeedsItsEndLineAfterItsBeginLine() {
        String pem = SIGNER.publicKeyPem().trim();
        String begin = "-----BEGIN PUBLIC KEY-----";
        String end = "-----END PUBLIC KEY-----";

        assertThat(WebhookVerifier.builder()
                        .addTrustedKeyPem("  " + pem + "\n")
                        .build()
                        .trustedKeyFingerprints())
                .hasSize(1);
        assertThatThrownBy(() -> WebhookVerifier.builder().addTrustedKeyPem(pem.replace(end, "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(begin);
        assertThatThrownBy(() -> WebhookVerifier.builder().addTrustedKeyPem(end + "\n" + pem.replace(end, "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(begin);
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = WebhookVerifierTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void theSameKeyAddedTwiceIsTrustedOnce() {
        WebhookVerifier twice = WebhookVerifier.builder()
                .addTrustedKey(SIGNER.publicKey())
                .addTrustedKeyPem(SIGNER.publicKeyPem())
                .build();
        assertThat(twice.trustedKeyFingerprints()).hasSize(1);
    }

    @Test
    void rejectsKeysThatAreNotPemPublicKeys() {
        assertThatThrownBy(() -> WebhookVerifier.builder().addTrustedKeyPem("not a key"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BEGIN PUBLIC KEY");
        assertThatThrownBy(() -> WebhookVerifier.builder().addTrustedKeyDer(new byte[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookVerifier.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no trusted webhook key");
    }

    @Test
    void rejectsABodyChangedByOneByte() {
        String signature = SIGNER.sign(body);
        byte[] changed = body.clone();
        int digit = new String(changed, StandardCharsets.UTF_8).indexOf("123456");
        changed[digit] = '9';
        assertRejected(signature, changed, Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void rejectsTheSignatureOfAnotherBody() {
        byte[] other = Fixtures.bytes("card-status-change.json");
        assertRejected(SIGNER.sign(other), body, Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void rejectsASignatureMadeWithAnUntrustedKey() {
        assertRejected(OTHER_SIGNER.sign(body), body, Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void rejectsATruncatedSignature() {
        byte[] signature = Base64.getDecoder().decode(SIGNER.sign(body));
        String truncated = Base64.getEncoder().encodeToString(Arrays.copyOf(signature, signature.length - 1));
        assertRejected(truncated, body, Reason.WRONG_SIGNATURE_LENGTH);
    }

    @Test
    void rejectsASignatureThatIsNotBase64() {
        assertRejected("not*base64!", body, Reason.INVALID_BASE64);
    }

    @Test
    void rejectsAMissingOrBlankSignatureHeader() {
        assertRejected(null, body, Reason.MISSING_SIGNATURE);
        assertRejected("  ", body, Reason.MISSING_SIGNATURE);
        WebhookVerificationException e = catchThrowableOfType(
                WebhookVerificationException.class, () -> verifier.verifyAndParse(WebhookHeaders.of(Map.of()), body));
        assertThat(e.reason()).isEqualTo(Reason.MISSING_SIGNATURE);
        assertThat(e.getMessage()).contains("X-Signature-SHA256");
    }

    @Test
    void rejectsTheSameJsonReformattedWithOtherWhitespace() {
        String signature = SIGNER.sign(body);
        byte[] reformatted =
                new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", "").getBytes(StandardCharsets.UTF_8);
        assertRejected(signature, reformatted, Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void rejectsAnEmptyBody() {
        assertRejected(SIGNER.sign(new byte[0]), new byte[0], Reason.EMPTY_BODY);
    }

    @Test
    void rejectsABodyAboveTheCapBeforeCheckingTheSignature() {
        WebhookVerifier small = WebhookVerifier.builder()
                .addTrustedKey(SIGNER.publicKey())
                .maxBodyBytes(body.length - 1)
                .build();
        WebhookVerificationException e =
                catchThrowableOfType(WebhookVerificationException.class, () -> small.verify(SIGNER.sign(body), body));
        assertThat(e.reason()).isEqualTo(Reason.BODY_TOO_LARGE);
        assertThat(verifier.maxBodyBytes()).isEqualTo(1024 * 1024);
        byte[] oneMibPlusOne = new byte[1024 * 1024 + 1];
        assertRejected(SIGNER.sign(oneMibPlusOne), oneMibPlusOne, Reason.BODY_TOO_LARGE);
    }

    @Test
    void aBodyExactlyAtTheCapIsAccepted() {
        WebhookVerifier exact = WebhookVerifier.builder()
                .addTrustedKey(SIGNER.publicKey())
                .maxBodyBytes(body.length)
                .build();

        exact.verify(SIGNER.sign(body), body);
        assertThat(exact.verifyAndParse(WebhookHeaders.of(SignedHeaders.of(SIGNER, body)), body))
                .isInstanceOf(CardOrderStatusChangeEvent.class);
    }

    @Test
    void readBodyCountsEveryChunkOfALongStreamAgainstTheCap() throws Exception {
        WebhookVerifier capped = WebhookVerifier.builder()
                .addTrustedKey(SIGNER.publicKey())
                .maxBodyBytes(20_000)
                .build();
        byte[] atCap = new byte[20_000];
        atCap[19_999] = 7;

        assertThat(capped.readBody(new ByteArrayInputStream(atCap))).isEqualTo(atCap);
        assertThatThrownBy(() -> capped.readBody(new ByteArrayInputStream(new byte[20_001])))
                .isInstanceOfSatisfying(
                        WebhookVerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.BODY_TOO_LARGE));
    }

    @Test
    void maxBodyBytesAndMaxAgeMustBePositive() {
        assertThatThrownBy(() -> WebhookVerifier.builder().maxBodyBytes(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxBodyBytes");
        assertThatThrownBy(() -> WebhookVerifier.builder().maxBodyBytes(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(WebhookVerifier.builder()
                        .addTrustedKey(SIGNER.publicKey())
                        .maxBodyBytes(1)
                        .build()
                        .maxBodyBytes())
                .isEqualTo(1);
        assertThatThrownBy(() -> WebhookVerifier.builder().maxAge(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxAge");
        assertThatThrownBy(() -> WebhookVerifier.builder().maxAge(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(WebhookVerifier.builder()
                        .addTrustedKey(SIGNER.publicKey())
                        .maxAge(Duration.ofNanos(1))
                        .maxAge(null)
                        .build()
                        .maxAge())
                .isEmpty();
    }

    @Test
    void maxAgeReturnsTheConfiguredMaximum() {
        assertThat(WebhookVerifier.builder()
                        .addTrustedKey(SIGNER.publicKey())
                        .maxAge(Duration.ofMinutes(10))
                        .build()
                        .maxAge())
                .contains(Duration.ofMinutes(10));
    }

    @Test
    void toStringNamesTheKeysByFingerprintAndTheLimits() {
        assertThat(WebhookVerifier.forEnvironment(Environment.PRODUCTION).toString())
                .isEqualTo("WebhookVerifier{keys=[" + PRODUCTION_FINGERPRINT + "], maxBodyBytes=1048576, maxAge=none}");
        assertThat(WebhookVerifier.builder()
                        .environment(Environment.SANDBOX)
                        .maxBodyBytes(4096)
                        .maxAge(Duration.ofMinutes(10))
                        .build()
                        .toString())
                .isEqualTo("WebhookVerifier{keys=[" + SANDBOX_FINGERPRINT + "], maxBodyBytes=4096, maxAge=PT10M}");
    }

    @Test
    void aSignatureTheSecurityProviderCannotDecodeIsAMismatchNeverAccepted() {
        // The JDK's own RSA verifier answers false for any signature of the right length; another
        // provider (an HSM's, a FIPS one) may throw SignatureException for one it cannot decode.
        String signature = SIGNER.sign(body);
        WebhookVerifier underOtherProvider =
                WebhookVerifier.builder().addTrustedKey(SIGNER.publicKey()).build();
        Provider throwing = new ThrowingSignatureProvider();
        Security.insertProviderAt(throwing, 1);
        try {
            assertThatThrownBy(() -> underOtherProvider.verify(signature, body))
                    .isInstanceOfSatisfying(
                            WebhookVerificationException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH));
        } finally {
            Security.removeProvider(throwing.getName());
        }
        verifier.verify(signature, body);
    }

    @Test
    void anEventExactlyAsOldAsTheMaximumAgeIsAccepted() {
        FakeClock clock = new FakeClock(Instant.parse("2024-01-01T12:24:57Z").plus(Duration.ofMinutes(10)));
        WebhookVerifier strict = WebhookVerifier.builder()
                .addTrustedKey(SIGNER.publicKey())
                .maxAge(Duration.ofMinutes(10))
                .clock(clock)
                .build();
        WebhookHeaders headers = WebhookHeaders.of(SignedHeaders.of(SIGNER, body));

        assertThat(strict.verifyAndParse(headers, body)).isNotNull();
        clock.advance(Duration.ofMillis(1));
        assertThatThrownBy(() -> strict.verifyAndParse(headers, body))
                .isInstanceOfSatisfying(
                        WebhookVerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TOO_OLD));
    }

    @Test
    void aBlankDeliveryIdIsNoDeliveryId() {
        assertThat(WebhookHeaders.of(Map.of(WebhookHeaders.DELIVERY_ID, "   ")).deliveryId())
                .isEmpty();
        assertThat(WebhookHeaders.of(Map.of(WebhookHeaders.DELIVERY_ID, "")).deliveryId())
                .isEmpty();
        assertThat(WebhookHeaders.of(Map.of(WebhookHeaders.DELIVERY_ID, " d-1 "))
                        .deliveryId())
                .contains("d-1");
        Map<String, String> headers = SignedHeaders.of(SIGNER, body);
        headers.put(WebhookHeaders.DELIVERY_ID, " ");
        assertThat(verifier.verifyAndParse(WebhookHeaders.of(headers), body)
                        .envelope()
                        .deliveryId())
                .isEmpty();
    }

    @Test
    void headersDescribeThemselvesWithoutTheSignature() {
        Map<String, String> signed = SignedHeaders.testNotification(SIGNER, body);
        signed.put(WebhookHeaders.DELIVERY_ID, "d-1");

        assertThat(WebhookHeaders.of(signed).toString())
                .isEqualTo("WebhookHeaders{deliveryId=d-1, testNotification=true, signature=<present>}")
                .doesNotContain(signed.get(WebhookHeaders.SIGNATURE));
        assertThat(WebhookHeaders.of(Map.of()).toString())
                .isEqualTo("WebhookHeaders{deliveryId=<none>, testNotification=false, signature=<absent>}");
    }

    @Test
    void onlyATrueTestNotificationHeaderMarksATestEvent() {
        for (String notTrue : List.of("false", "FALSE", "", "yes", "1", "truee")) {
            assertThat(WebhookHeaders.of(Map.of(WebhookHeaders.TEST_NOTIFICATION, notTrue))
                            .testNotification())
                    .as(notTrue)
                    .isFalse();
        }
        assertThat(WebhookHeaders.of(Map.of(WebhookHeaders.TEST_NOTIFICATION, " TRUE "))
                        .testNotification())
                .isTrue();
        Map<String, String> headers = SignedHeaders.of(SIGNER, body);
        headers.put(WebhookHeaders.TEST_NOTIFICATION, "false");
        assertThat(verifier.verifyAndParse(WebhookHeaders.of(headers), body)
                        .envelope()
                        .testNotification())
                .isFalse();
    }

    @Test
    void readBodyStopsAtTheCap() throws Exception {
        WebhookVerifier small = WebhookVerifier.builder()
                .addTrustedKey(SIGNER.publicKey())
                .maxBodyBytes(10)
                .build();
        assertThat(small.readBody(new ByteArrayInputStream(new byte[10]))).hasSize(10);
        InputStream tooBig = new ByteArrayInputStream(new byte[11]);
        WebhookVerificationException e =
                catchThrowableOfType(WebhookVerificationException.class, () -> small.readBody(tooBig));
        assertThat(e.reason()).isEqualTo(Reason.BODY_TOO_LARGE);
    }

    @Test
    void rejectionMessagesNeverEchoTheBodyOrSignature() {
        String signature = OTHER_SIGNER.sign(body);
        WebhookVerificationException e =
                catchThrowableOfType(WebhookVerificationException.class, () -> verifier.verify(signature, body));
        assertThat(e).isInstanceOf(SdkException.class);
        assertThat(e.getMessage())
                .doesNotContain("1001L")
                .doesNotContain("4dc0be88")
                .doesNotContain(signature.substring(0, 16));
    }

    @Test
    void aSignedBodyThatIsNotJsonIsMalformed() {
        byte[] notJson = "hello".getBytes(StandardCharsets.UTF_8);
        WebhookVerificationException e = catchThrowableOfType(
                WebhookVerificationException.class,
                () -> verifier.verifyAndParse(WebhookHeaders.of(SignedHeaders.of(SIGNER, notJson)), notJson));
        assertThat(e.reason()).isEqualTo(Reason.MALFORMED_PAYLOAD);
        assertThat(e.getMessage()).doesNotContain("hello");
    }

    @Test
    void noMaximumAgeByDefaultSoTwoWeekOldRedeliveriesAreAccepted() {
        assertThat(verifier.maxAge()).isEmpty();
        WebhookEvent event = verifier.verifyAndParse(WebhookHeaders.of(SignedHeaders.of(SIGNER, body)), body);
        assertThat(event.envelope().sentAt()).contains(Instant.parse("2024-01-01T12:24:57Z"));
    }

    @Test
    void optionalMaximumAgeRejectsOlderEventsAndUnreadableSentAt() {
        FakeClock clock = new FakeClock(Instant.parse("2024-01-01T12:34:57Z"));
        WebhookVerifier strict = WebhookVerifier.builder()
                .addTrustedKey(SIGNER.publicKey())
                .maxAge(Duration.ofMinutes(10))
                .clock(clock)
                .build();
        WebhookHeaders headers = WebhookHeaders.of(SignedHeaders.of(SIGNER, body));
        assertThat(strict.verifyAndParse(headers, body)).isNotNull();

        clock.advance(Duration.ofSeconds(1));
        WebhookVerificationException old =
                catchThrowableOfType(WebhookVerificationException.class, () -> strict.verifyAndParse(headers, body));
        assertThat(old.reason()).isEqualTo(Reason.TOO_OLD);

        byte[] malformed = Fixtures.bytes("card-status-change-malformed-timestamp.json");
        WebhookVerificationException unreadable = catchThrowableOfType(
                WebhookVerificationException.class,
                () -> strict.verifyAndParse(WebhookHeaders.of(SignedHeaders.of(SIGNER, malformed)), malformed));
        assertThat(unreadable.reason()).isEqualTo(Reason.TOO_OLD);
    }

    @Test
    void parseUnverifiedReadsWithoutASignature() {
        WebhookEvent event = WebhookVerifier.parseUnverified(WebhookHeaders.of(Map.of()), body);
        assertThat(event).isInstanceOf(CardOrderStatusChangeEvent.class);
    }

    @Test
    void verifiesConcurrentlyFromManyThreads() throws Exception {
        byte[] other = Fixtures.bytes("card-status-change.json");
        String goodSignature = SIGNER.sign(body);
        String forgedSignature = SIGNER.sign(other);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                boolean forged = i % 2 == 1;
                results.add(pool.submit(() -> {
                    try {
                        verifier.verify(forged ? forgedSignature : goodSignature, body);
                        return !forged;
                    } catch (WebhookVerificationException e) {
                        return forged && e.reason() == Reason.SIGNATURE_MISMATCH;
                    }
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertRejected(String signature, byte[] rawBody, Reason reason) {
        WebhookVerificationException e =
                catchThrowableOfType(WebhookVerificationException.class, () -> verifier.verify(signature, rawBody));
        assertThat(e).as("expected rejection %s", reason).isNotNull();
        assertThat(e.reason()).isEqualTo(reason);
    }

    /** A provider whose SHA256withRSA throws {@link SignatureException} on every verification. */
    private static final class ThrowingSignatureProvider extends Provider {
        private static final long serialVersionUID = 1L;

        ThrowingSignatureProvider() {
            super("WiseCardsTestThrowingSignature", "1", "SHA256withRSA that cannot decode any signature");
            putService(new Service(this, "Signature", "SHA256withRSA", ThrowingSignature.class.getName(), null, null) {
                @Override
                public Object newInstance(Object constructorParameter) {
                    return new ThrowingSignature();
                }
            });
        }
    }

    private static final class ThrowingSignature extends SignatureSpi {
        @Override
        protected void engineInitVerify(PublicKey publicKey) {}

        @Override
        protected void engineInitSign(PrivateKey privateKey) throws InvalidKeyException {
            throw new InvalidKeyException("verification only");
        }

        @Override
        protected void engineUpdate(byte b) {}

        @Override
        protected void engineUpdate(byte[] b, int off, int len) {}

        @Override
        protected byte[] engineSign() throws SignatureException {
            throw new SignatureException("verification only");
        }

        @Override
        protected boolean engineVerify(byte[] sigBytes) throws SignatureException {
            throw new SignatureException("cannot decode the signature");
        }

        @Override
        @Deprecated
        protected void engineSetParameter(String param, Object value) {
            throw new InvalidParameterException(param);
        }

        @Override
        @Deprecated
        protected Object engineGetParameter(String param) {
            throw new InvalidParameterException(param);
        }
    }

    private static String derSha256OfResource(String name) throws Exception {
        try (InputStream in = WebhookVerifier.class.getResourceAsStream(name)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            String base64 = pem.replace("-----BEGIN PUBLIC KEY-----", "")
                    .replace("-----END PUBLIC KEY-----", "")
                    .replaceAll("\\s", "");
            byte[] der = Base64.getDecoder().decode(base64);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        }
    }
}
