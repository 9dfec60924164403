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
}
