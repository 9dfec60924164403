package io.github.wisecards.reliability.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.core.Environment;
import io.github.wisecards.core.FakeClock;
import io.github.wisecards.core.RecordingSleeper;
import io.github.wisecards.core.RequestAttempt;
import io.github.wisecards.core.errors.ApiConnectionException;
import io.github.wisecards.core.errors.RedirectNotFollowedException;
import io.github.wisecards.core.testkit.MockServers;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A local TLS server with a generated self-signed certificate (started per test after {@code
 * useHttps}, so not {@link HostileServerBase}'s plain server): an untrusted chain or a hostname
 * mismatch is not transient and is never retried; an https to http redirect is not followed.
 */
class TlsFailureTest {
    private final FakeClock clock = new FakeClock();
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final List<RequestAttempt> attempts = new CopyOnWriteArrayList<>();
    private final MockWebServer server = MockServers.newServer();
    private MockWebServer plain;
    private CardsClient cards;

    @AfterEach
    void tearDown() {
        if (cards != null) {
            cards.close();
        }
        server.close();
        if (plain != null) {
            plain.close();
        }
    }

    private static final String[] LOOPBACK_NAMES = {"localhost", "127.0.0.1"};

    private HeldCertificate serve(String... hostNames) throws Exception {
        HeldCertificate.Builder b = new HeldCertificate.Builder().commonName(hostNames[0]);
        for (String name : hostNames) {
            b.addSubjectAlternativeName(name);
        }
        HeldCertificate certificate = b.build();
        HandshakeCertificates serverCertificates =
                new HandshakeCertificates.Builder().heldCertificate(certificate).build();
        server.useHttps(serverCertificates.sslSocketFactory());
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
        return certificate;
    }

    private static OkHttpClient trusting(HeldCertificate certificate) {
        HandshakeCertificates trust = new HandshakeCertificates.Builder()
                .addTrustedCertificate(certificate.certificate())
                .build();
        return new OkHttpClient.Builder()
                .sslSocketFactory(trust.sslSocketFactory(), trust.trustManager())
                .build();
    }

    private CardsClient.Builder cardsBuilder() {
        String base = Hostile.baseUrl(server);
        return CardsClient.builder()
                .environment(Environment.custom(base, base))
                .accessToken(Hostile.ACCESS_TOKEN)
                .clock(clock)
                .sleeper(sleeper)
                .addRequestListener(attempts::add)
                .maxRetries(3);
    }

    @Test
    void untrustedCertificateChainIsNotRetried() throws Exception {
        serve(LOOPBACK_NAMES);
        cards = cardsBuilder().build();

        assertThatThrownBy(() -> cards.cardOrders().retrieve(Hostile.PROFILE_ID, 142L))
                .isInstanceOf(ApiConnectionException.class)
                .hasCauseInstanceOf(SSLHandshakeException.class);
        assertThat(attempts).hasSize(1);
        assertThat(sleeper.sleeps()).isEmpty();
    }

    @Test
    void hostnameMismatchIsNotRetried() throws Exception {
        HeldCertificate certificate = serve("api.wise.example");
        cards = cardsBuilder().okHttpClient(trusting(certificate)).build();

        assertThatThrownBy(() -> cards.cardOrders().retrieve(Hostile.PROFILE_ID, 142L))
                .isInstanceOf(ApiConnectionException.class)
                .hasCauseInstanceOf(SSLPeerUnverifiedException.class);
        assertThat(attempts).hasSize(1);
        assertThat(sleeper.sleeps()).isEmpty();
    }

    @Test
    void trustedCertificateWorks() throws Exception {
        HeldCertificate certificate = serve(LOOPBACK_NAMES);
        server.enqueue(MockServers.json(200, Hostile.CARD_ORDER));
        cards = cardsBuilder().okHttpClient(trusting(certificate)).build();

        assertThat(cards.cardOrders().retrieve(Hostile.PROFILE_ID, 142L).id()).isEqualTo(142L);
    }

    @Test
    void httpsToHttpRedirectIsNotFollowed() throws Exception {
        HeldCertificate certificate = serve(LOOPBACK_NAMES);
        plain = Hostile.startServer();
        server.enqueue(new MockResponse.Builder()
                .code(308)
                .setHeader("Location", plain.url("/v3/spend/profiles/123456/card-orders"))
                .build());
        cards = cardsBuilder().okHttpClient(trusting(certificate)).build();

        assertThatThrownBy(() -> cards.cardOrders().create(Hostile.PROFILE_ID, Hostile.createParams()))
                .isInstanceOf(RedirectNotFollowedException.class);
        assertThat(plain.getRequestCount()).isZero();
    }
}
