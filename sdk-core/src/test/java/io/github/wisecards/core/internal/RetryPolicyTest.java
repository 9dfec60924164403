package io.github.wisecards.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.core.testkit.SequenceRandom;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final RetryPolicy policy = new RetryPolicy(
            Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60), SequenceRandom.of(0.5));

    @Test
    void retryAfterShorterThanTheBackoffWaitsTheBackoff() {
        assertThat(policy.delay(3, Duration.ZERO)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delay(1, Duration.ofMillis(100))).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void retryAfterLongerThanTheBackoffIsHonouredUpToTheMaximum() {
        assertThat(policy.delay(1, Duration.ofSeconds(7))).isEqualTo(Duration.ofSeconds(7));
        assertThat(policy.delay(1, Duration.ofDays(9000))).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void certificateFailuresAreNotRetried() {
        SSLHandshakeException untrusted = new SSLHandshakeException("PKIX path building failed");
        untrusted.initCause(new CertificateException("unable to find valid certification path"));

        assertThat(RetryPolicy.isRetryableIo(untrusted)).isFalse();
        assertThat(RetryPolicy.isRetryableIo(new SSLPeerUnverifiedException("Hostname not verified")))
                .isFalse();
    }

    @Test
    void handshakeCutByThePeerAndOtherIoFailuresAreRetried() {
        SSLHandshakeException cut = new SSLHandshakeException("Remote host terminated the handshake");
        cut.initCause(new java.io.EOFException());

        assertThat(RetryPolicy.isRetryableIo(cut)).isTrue();
        assertThat(RetryPolicy.isRetryableIo(new IOException("reset"))).isTrue();
    }

    @Test
    void runtimeFailuresInsideTheHttpClientAreNotRetried() {
        assertThat(RetryPolicy.isRetryableIo(new OkHttpGuards.InterceptorFailure(new IllegalStateException())))
                .isFalse();
    }

    @Test
    void theBackoffCeilingDoublesFromTheBaseUpToTheCap() {
        // jitter 0.5: each wait is half its ceiling (500 ms, 1 s, 2 s, 4 s, 8 s, then the 8 s cap)
        assertThat(policy.delay(1, null)).isEqualTo(Duration.ofMillis(250));
        assertThat(policy.delay(2, null)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.delay(4, null)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delay(5, null)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delay(6, null)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void aVeryLateRetryWaitsUpToTheCapWithoutOverflowing() {
        for (int retry : new int[] {31, 32, 64, 1_000, Integer.MAX_VALUE}) {
            assertThat(policy.delay(retry, null)).as("retry %d", retry).isEqualTo(Duration.ofSeconds(4));
        }
    }

    @Test
    void aLongBaseShiftedPast64BitsWaitsTheCapNotAnOverflowedValue() {
        RetryPolicy hours = new RetryPolicy(
                Duration.ofHours(1), Duration.ofHours(2), Duration.ofSeconds(60), SequenceRandom.of(0.5));

        // 1 h << 30 does not fit in a long of nanoseconds
        assertThat(hours.delay(31, null)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aDoubledBaseJustUnderTheCapIsTheCeiling() {
        // base 4 s, cap 8 s + 1 ns: the second retry's ceiling is 8 s (the doubled base), not the cap
        RetryPolicy odd = new RetryPolicy(
                Duration.ofSeconds(4),
                Duration.ofSeconds(8).plusNanos(1),
                Duration.ofSeconds(60),
                SequenceRandom.of(0.9999999999));

        assertThat(odd.delay(2, null)).isEqualTo(Duration.ofNanos(7_999_999_999L));
    }

    @Test
    void aRetryNumberBelowOneWaitsAsTheFirstRetry() {
        assertThat(policy.delay(0, null)).isEqualTo(Duration.ofMillis(250));
        assertThat(policy.delay(-5, null)).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void aBaseAboveTheCapWaitsUpToTheCap() {
        RetryPolicy inverted = new RetryPolicy(
                Duration.ofSeconds(10), Duration.ofSeconds(2), Duration.ofSeconds(60), SequenceRandom.of(0.5));

        assertThat(inverted.delay(1, null)).isEqualTo(Duration.ofSeconds(1));
        assertThat(inverted.delay(3, null)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void theJitterSpansZeroToTheCeiling() {
        RetryPolicy low = new RetryPolicy(
                Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60), SequenceRandom.of(0.0));
        RetryPolicy high = new RetryPolicy(
                Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60), SequenceRandom.of(0.75));

        assertThat(low.delay(3, null)).isZero();
        assertThat(high.delay(3, null)).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void aRetryAfterAtTheMaximumIsHonouredAsIs() {
        assertThat(policy.delay(1, Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.delay(1, Duration.ofSeconds(61))).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void onlyTheTransientStatusesAreRetryable() {
        for (int status = 100; status < 600; status++) {
            boolean transientStatus =
                    status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
            assertThat(RetryPolicy.isRetryableStatus(status))
                    .as("HTTP %d", status)
                    .isEqualTo(transientStatus);
        }
    }

    @Test
    void aSocketTimeoutOrOkHttpsCallTimeoutIsATimeout() {
        assertThat(RetryPolicy.isTimeout(new java.net.SocketTimeoutException("Read timed out")))
                .isTrue();
        assertThat(RetryPolicy.isTimeout(new java.io.InterruptedIOException("timeout")))
                .isTrue();
    }

    @Test
    void otherIoFailuresAreNotTimeouts() {
        assertThat(RetryPolicy.isTimeout(new java.io.InterruptedIOException("interrupted")))
                .isFalse();
        assertThat(RetryPolicy.isTimeout(new java.io.InterruptedIOException())).isFalse();
        assertThat(RetryPolicy.isTimeout(new IOException("timeout"))).isFalse();
    }

    @Test
    void aHandshakeFailureCausedDeepByACertificateProblemIsNotRetried() {
        SSLHandshakeException deep = new SSLHandshakeException("handshake failed");
        deep.initCause(new IOException("wrapped", new IllegalStateException(new CertificateException("expired"))));

        assertThat(RetryPolicy.isRetryableIo(deep)).isFalse();
    }

    @Test
    void aHandshakeFailureWithoutACauseIsRetried() {
        assertThat(RetryPolicy.isRetryableIo(new SSLHandshakeException("Remote host closed")))
                .isTrue();
    }

    @Test
    void getPutAndDeleteMayAlwaysBeRetried() {
        for (String method : new String[] {"GET", "PUT", "DELETE", "PATCH"}) {
            Endpoint<Void> endpoint =
                    Endpoint.builder(method, "/v1/x", ResponseDecoder.none()).build();
            assertThat(RetryPolicy.mayRetry(endpoint, false)).as(method).isTrue();
        }
    }

    @Test
    void aPostMayBeRetriedOnlyWithAnIdempotencyKeyUnlessItsEndpointAlwaysRetries() {
        Endpoint<Void> post =
                Endpoint.builder("POST", "/v1/x", ResponseDecoder.none()).build();
        Endpoint<Void> always = Endpoint.builder("POST", "/v1/x", ResponseDecoder.none())
                .retryMode(RetryMode.ALWAYS)
                .build();

        assertThat(RetryPolicy.mayRetry(post, false)).isFalse();
        assertThat(RetryPolicy.mayRetry(post, true)).isTrue();
        assertThat(RetryPolicy.mayRetry(always, false)).isTrue();
    }
}
