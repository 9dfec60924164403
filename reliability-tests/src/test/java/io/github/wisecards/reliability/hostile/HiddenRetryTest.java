package io.github.wisecards.reliability.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.core.RequestAttempt;
import io.github.wisecards.core.errors.ApiConnectionException;
import io.github.wisecards.core.errors.AuthenticationException;
import io.github.wisecards.core.errors.ServerException;
import io.github.wisecards.core.testkit.MockServers;
import io.github.wisecards.core.testkit.SequenceRandom;
import io.github.wisecards.kiosk.model.CardProductionSimulateParams;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Only the SDK's retry policy repeats a request: OkHttp's own follow-ups never resend a POST the
 * SDK decided not to retry, hostile {@code Retry-After} values never throw untyped exceptions nor
 * shorten the backoff, and only {@code SdkException}s leave the SDK.
 */
class HiddenRetryTest extends HostileServerBase {
    private static final String PRESET_PATH = "/twcard-data/v1/sensitive-card-data/preset-pin";

    private final List<RequestAttempt> attempts = new CopyOnWriteArrayList<>();

    private static MockResponse unavailable(String retryAfter) {
        return MockServers.jsonBuilder(503, "{\"error\":\"unavailable\"}")
                .setHeader("Retry-After", retryAfter)
                .build();
    }

    @Override
    CardsClient.Builder cardsBuilder() {
        return super.cardsBuilder().addRequestListener(attempts::add);
    }

    @Test
    void presetPinAnswered503WithRetryAfterZeroIsSentOnce() {
        server.enqueue(MockServers.json(200, Hostile.keyBody(2048)));
        server.enqueue(unavailable("0"));
        server.enqueue(MockServers.json(200, "{\"cardOrderId\":\"142\"}"));
        cards = cardsBuilder().build();

        assertThatThrownBy(() -> cards.cardOrders().presetPin(142L, "4821".toCharArray()))
                .isInstanceOf(ServerException.class);
        assertThat(server.getRequestCount()).as("key fetch + one preset").isEqualTo(2);
        assertThat(attempts)
                .filteredOn(a -> a.pathTemplate().equals(PRESET_PATH))
                .hasSize(1);
    }

    @Test
    void simulateAnswered503WithRetryAfterZeroIsSentOnce() {
        server.enqueue(unavailable("0"));
        server.enqueue(MockServers.json(200, "{\"status\":\"PRODUCED\"}"));
        kiosk = kioskBuilder().build();

        assertThatThrownBy(() -> kiosk.cardProductions()
                        .simulate(Hostile.PROFILE_ID, Hostile.CARD_TOKEN, CardProductionSimulateParams.produced()))
                .isInstanceOf(ServerException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void retryAfterOfTwoToTheThirtyOneIsATypedServerErrorNotANumberFormatException() {
        server.enqueue(unavailable("2147483648"));
        cards = cardsBuilder().maxRetries(0).build();

        assertThatThrownBy(() -> cards.cardOrders().retrieve(Hostile.PROFILE_ID, 142L))
                .isInstanceOf(ServerException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void retryAfterOfTwoToTheThirtyOneFailsTheFutureTypedOnAsync() {
        server.enqueue(unavailable("99999999999"));
        cards = cardsBuilder().maxRetries(0).build();

        assertThatThrownBy(() -> cards.cardOrders()
                        .async()
                        .retrieve(Hostile.PROFILE_ID, 142L)
                        .join())
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOf(ServerException.class);
    }

    @Test
    void hugeRetryAfterIsCutToMaxRetryAfter() {
        server.enqueue(unavailable("2147483648"));
        server.enqueue(MockServers.json(200, Hostile.CARD_ORDER));
        cards = cardsBuilder()
                .maxRetries(1)
                .maxRetryAfter(Duration.ofSeconds(5))
                .callTimeout(Duration.ofSeconds(30))
                .build();

        assertThat(cards.cardOrders().retrieve(Hostile.PROFILE_ID, 142L).id()).isEqualTo(142L);
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void partnerInterceptorThrowingARuntimeExceptionSurfacesAsAnSdkException() {
        OkHttpClient partner = new OkHttpClient.Builder()
                .addInterceptor(chain -> {
                    throw new IllegalStateException("partner interceptor bug");
                })
                .build();
        cards = cardsBuilder().okHttpClient(partner).maxRetries(3).build();

        assertThatThrownBy(() -> cards.cardOrders().retrieve(Hostile.PROFILE_ID, 142L))
                .isInstanceOf(ApiConnectionException.class)
                .hasRootCauseInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cards.cardOrders()
                        .async()
                        .retrieve(Hostile.PROFILE_ID, 142L)
                        .join())
                .cause()
                .isInstanceOf(ApiConnectionException.class);
        assertThat(sleeper.sleeps()).as("a programming error is not retried").isEmpty();
    }

    @Test
    void partnerAuthenticatorDoesNotResendA401BehindTheSdksBack() {
        AtomicInteger authenticatorCalls = new AtomicInteger();
        OkHttpClient partner = new OkHttpClient.Builder()
                .authenticator((route, response) -> {
                    authenticatorCalls.incrementAndGet();
                    return response.request()
                            .newBuilder()
                            .header("Authorization", "Basic cGFydG5lcjpzZWNyZXQ=")
                            .build();
                })
                .build();
        for (int i = 0; i < 5; i++) {
            server.enqueue(MockServers.json(401, "{\"error\":\"invalid_token\"}"));
        }
        cards = cardsBuilder().okHttpClient(partner).build();

        assertThatThrownBy(() -> cards.cardOrders().cancel(Hostile.PROFILE_ID, 142L))
                .isInstanceOf(AuthenticationException.class);
        assertThat(authenticatorCalls).hasValue(0);
        assertThat(server.getRequestCount()).as("the SDK's own attempts only").isEqualTo(attempts.size());
    }

    @Test
    void negativeRetryAfterWaitsAtLeastTheNormalBackoff() {
        server.setDispatcher(always(unavailable("-5")));
        cards = cardsBuilder().maxRetries(1000).random(SequenceRandom.of(0.5)).build();

        assertThatThrownBy(() -> cards.cardOrders().retrieve(Hostile.PROFILE_ID, 142L))
                .isInstanceOf(ServerException.class);
        // half of 0.5 s, 1 s, 2 s, 4 s, then of the 8 s cap: the 60 s deadline allows 17 requests
        assertThat(sleeper.sleeps())
                .startsWith(
                        Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2))
                .allSatisfy(d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ofMillis(250)));
        assertThat(server.getRequestCount()).isLessThan(25);
    }

    @Test
    void retryAfterDateInThePastWaitsAtLeastTheNormalBackoff() {
        String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                clock.instant().minus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC));
        server.setDispatcher(always(unavailable(past)));
        cards = cardsBuilder().maxRetries(1000).random(SequenceRandom.of(0.5)).build();

        assertThatThrownBy(() -> cards.cardOrders().retrieve(Hostile.PROFILE_ID, 142L))
                .isInstanceOf(ServerException.class);
        assertThat(sleeper.sleeps()).first().isEqualTo(Duration.ofMillis(250));
        assertThat(server.getRequestCount()).isLessThan(25);
    }

    @Test
    void retryAfterLongerThanTheBackoffIsStillHonoured() {
        server.enqueue(unavailable("3"));
        server.enqueue(MockServers.json(200, Hostile.CARD_ORDER));
        cards = cardsBuilder().maxRetries(1).build();

        cards.cardOrders().retrieve(Hostile.PROFILE_ID, 142L);
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(3));
    }

    private static Dispatcher always(MockResponse response) {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return response;
            }
        };
    }
}
