package io.github.wisecards.reliability.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.core.errors.ValidationException;
import io.github.wisecards.core.testkit.MockServers;
import io.github.wisecards.kiosk.KioskClient;
import io.github.wisecards.kiosk.model.CardProductionParams;
import io.github.wisecards.kiosk.model.CardProductionSimulateParams;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every path value reaches exactly its own segment. The card token is the only string path value
 * (profile and card order ids are {@code long}s, checked at their extremes): every hostile value is
 * percent-encoded into its segment, and the values a URL would resolve ({@code .}, {@code ..}) or
 * drop (empty) are refused locally with nothing sent.
 */
class PathSegmentTest extends HostileServerBase {

    /** The kiosk operations with a card token in their path, and the path before and after it. */
    enum TokenOperation {
        PRODUCE(
                "PUT",
                "/v3/spend/profiles/123456/cards/",
                "/production",
                (k, t) -> k.cardProductions()
                        .produce(
                                Hostile.PROFILE_ID,
                                t,
                                CardProductionParams.builder()
                                        .kioskId("WIS00001")
                                        .build())),
        RETRIEVE(
                "GET",
                "/v3/spend/profiles/123456/cards/",
                "/production",
                (k, t) -> k.cardProductions().retrieve(Hostile.PROFILE_ID, t)),
        SIMULATE(
                "POST",
                "/v1/simulation/spend/profiles/123456/cards/",
                "/production",
                (k, t) -> k.cardProductions().simulate(Hostile.PROFILE_ID, t, CardProductionSimulateParams.produced())),
        ASYNC_RETRIEVE("GET", "/v3/spend/profiles/123456/cards/", "/production", (k, t) -> {
            try {
                k.cardProductions().async().retrieve(Hostile.PROFILE_ID, t).join();
            } catch (CompletionException e) {
                throw (RuntimeException) e.getCause();
            }
        });

        final String method;
        final String before;
        final String after;
        final BiConsumer<KioskClient, String> call;

        TokenOperation(String method, String before, String after, BiConsumer<KioskClient, String> call) {
            this.method = method;
            this.before = before;
            this.after = after;
            this.call = call;
        }
    }

    static Stream<Arguments> encodedValues() {
        String[][] values = {
            {"/", "%2F"},
            {"?", "%3F"},
            {"#", "%23"},
            {"%2e", "%252e"},
            {"%2E%2E", "%252E%252E"},
            {"...", "..."},
            {"a/../b", "a%2F..%2Fb"},
            {"..;", "..%3B"},
            {"a\r\nb", "a%0D%0Ab"},
            {"a\nHost: evil", "a%0AHost%3A%20evil"},
            {"a\u0000b", "a%00b"},
            {"é", "%C3%A9"},
            {"\uD83D\uDCB3", "%F0%9F%92%B3"},
            {" ", "%20"},
            {"\\", "%5C"},
            {"+", "%2B"},
        };
        // The simulation path declares cardToken format: uuid, so no hostile value reaches it (the
        // SDK refuses it locally: see simulateRefusesEveryHostileCardTokenAsNotAUuid).
        return Stream.of(TokenOperation.values())
                .filter(op -> op != TokenOperation.SIMULATE)
                .flatMap(op -> Stream.of(values).map(v -> Arguments.of(op, v[0], v[1])));
    }

    @ParameterizedTest(name = "hostile token {index}")
    @MethodSource("hostileTokens")
    void simulateRefusesEveryHostileCardTokenAsNotAUuid(String token) {
        kiosk = kioskBuilder().build();

        assertThatThrownBy(() -> TokenOperation.SIMULATE.call.accept(kiosk, token))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("cardToken"));
        assertThat(server.getRequestCount()).isZero();
    }

    static Stream<String> hostileTokens() {
        return encodedValues().filter(a -> a.get()[0] == TokenOperation.PRODUCE).map(a -> (String) a.get()[1]);
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("encodedValues")
    void everyHostileCardTokenReachesExactlyItsOwnSegment(TokenOperation op, String token, String onTheWire)
            throws Exception {
        server.enqueue(MockServers.json(200, Hostile.IN_PROGRESS));
        kiosk = kioskBuilder().build();

        op.call.accept(kiosk, token);

        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo(op.method);
        assertThat(r.getTarget()).isEqualTo(op.before + onTheWire + op.after);
    }

    static Stream<Arguments> refusedValues() {
        return Stream.of(TokenOperation.values())
                .flatMap(op -> Stream.of("..", ".", "").map(v -> Arguments.of(op, v)));
    }

    @ParameterizedTest(name = "{0} with \"{1}\"")
    @MethodSource("refusedValues")
    void dotSegmentsAndEmptyCardTokensAreRefusedWithNothingSent(TokenOperation op, String token) {
        kiosk = kioskBuilder().build();

        assertThatThrownBy(() -> op.call.accept(kiosk, token))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("cardToken"));
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void idsAtTheirExtremesReachTheirOwnSegments() throws Exception {
        cards = cardsBuilder().build();
        server.enqueue(MockServers.json(200, Hostile.CARD_ORDER));
        server.enqueue(MockServers.json(200, "{\"requirements\":[]}"));
        server.enqueue(MockServers.json(202, ""));

        cards.cardOrders().retrieve(Long.MAX_VALUE, Long.MAX_VALUE - 1);
        cards.cardOrders().requirements(1L, Long.MAX_VALUE);
        cards.cardOrders().cancel(Long.MAX_VALUE, 1L);

        assertThat(server.takeRequest().getTarget())
                .isEqualTo("/v3/spend/profiles/9223372036854775807/card-orders/9223372036854775806");
        assertThat(server.takeRequest().getTarget())
                .isEqualTo("/v3/spend/profiles/1/card-orders/9223372036854775807/requirements");
        assertThat(server.takeRequest().getTarget())
                .isEqualTo("/v3/spend/profiles/9223372036854775807/card-orders/1/status");
    }
}
