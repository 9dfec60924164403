package io.github.wisecards.reliability.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.cards.model.CardOrderCreateParams;
import io.github.wisecards.cards.model.DeliveryOption;
import io.github.wisecards.cards.model.ReplacementDetails;
import io.github.wisecards.cards.model.ReplacementReason;
import io.github.wisecards.core.ApiResponse;
import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.Environment;
import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.core.testkit.LogCapture;
import io.github.wisecards.kiosk.KioskClient;
import io.github.wisecards.kiosk.WaitOptions;
import io.github.wisecards.kiosk.model.CardProductionParams;
import io.github.wisecards.kiosk.model.CardProductionSimulateParams;
import io.github.wisecards.kiosk.model.CardProductionStatus;
import io.github.wisecards.kiosk.model.ProductionErrorCode;
import io.github.wisecards.kiosk.model.ProductionStatus;
import io.github.wisecards.testing.Fault;
import io.github.wisecards.testing.ReceivedRequest;
import io.github.wisecards.testing.WiseSimulator;
import io.github.wisecards.webhooks.InMemorySeenKeyStore;
import io.github.wisecards.webhooks.WebhookHandler;
import io.github.wisecards.webhooks.WebhookHeaders;
import io.github.wisecards.webhooks.WebhookVerifier;
import io.github.wisecards.webhooks.event.WebhookEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/**
 * Runs the whole card, kiosk and webhook flow (the examples' demo: order a kiosk card, preset a
 * known PIN, receive webhooks, produce, a printer error, produce again) with every SDK logger at
 * TRACE, plus the error paths, and checks that no log line, exception text or {@code toString()}
 * of a model, options or client object contains a secret: the access tokens, the refresh token,
 * the client secret, the PIN, the JWE plaintext (or the JWE itself), or a full card token.
 */
class SecretLeakTest {
    private static final long PROFILE_ID = 31_337L;
    /** Four digits; looked for as a standalone number and in JSON, not inside UUIDs or hex ids. */
    private static final String PIN = "7395";

    private final List<Object> objects = new ArrayList<>();
    private final List<Throwable> errors = new ArrayList<>();
    private final List<WebhookEvent> events = new CopyOnWriteArrayList<>();
    private final List<Throwable> receiverErrors = new CopyOnWriteArrayList<>();

    @Test
    void fullFlowAtTraceLeaksNoSecretInLogsExceptionsOrToString() throws Exception {
        String logs;
        int logEvents;
        Map<String, String> secrets = new LinkedHashMap<>();
        try (LogCapture capture = LogCapture.start("io.github.wisecards");
                MockWebServer receiver = new MockWebServer();
                WiseSimulator simulator = WiseSimulator.builder().seed(99).build()) {
            receiver.start(InetAddress.getLoopbackAddress(), 0);
            simulator.registerWebhookUrl(receiver.url("/wise/webhooks").toString());
            simulator.start();
            WebhookHandler handler = WebhookHandler.builder()
                    .verifier(WebhookVerifier.builder()
                            .addTrustedKey(simulator.webhookPublicKey())
                            .build())
                    .seenKeyStore(InMemorySeenKeyStore.create())
                    .build();
            receiver.setDispatcher(new Receiver(handler));
            objects.add(handler);
            objects.add(handler.verifier());

            runFlow(simulator);

            secrets.put("client secret", simulator.oauthClientSecret());
            secrets.put("refresh token", simulator.refreshToken());
            secrets.put("static access token", simulator.accessToken());
            Set<String> bearers = new java.util.LinkedHashSet<>();
            for (ReceivedRequest r : simulator.requests()) {
                r.header("Authorization")
                        .filter(v -> v.startsWith("Bearer "))
                        .ifPresent(v -> bearers.add(v.substring(7)));
                if (r.path().endsWith("/preset-pin")) {
                    secrets.put("JWE of request " + r.sequence(), jwe(r.body()));
                }
            }
            int n = 0;
            for (String bearer : bearers) {
                secrets.put("access token #" + ++n, bearer);
            }
            assertThat(n)
                    .as("access tokens used: the static one is replaced by refreshed ones")
                    .isGreaterThanOrEqualTo(2);
            for (long id : simulator.cardOrderIds(PROFILE_ID)) {
                simulator.cardToken(id).ifPresent(t -> secrets.put("card token of order " + id, t));
            }
            assertThat(capture.events(Level.TRACE))
                    .as("TRACE lines were captured")
                    .isNotEmpty();
            logs = capture.text();
            logEvents = capture.events().size();
        }
        assertThat(receiverErrors).as("webhook receiver failures").isEmpty();
        assertThat(events).as("webhooks verified and handled").hasSizeGreaterThanOrEqualTo(6);
        objects.addAll(events);
        secrets.put("JWE plaintext", "{\"pin\":\"" + PIN + "\"}");
        secrets.replaceAll((name, value) -> java.util.Objects.requireNonNull(value, name));
        assertThat(secrets).as("secrets to look for").hasSizeGreaterThanOrEqualTo(8);

        StringBuilder text = new StringBuilder(logs).append('\n');
        for (Throwable t : errors) {
            text.append(describe(t)).append('\n');
        }
        List<String> toStrings = SdkObjects.toStrings(objects);
        toStrings.forEach(s -> text.append(s).append('\n'));
        assertThat(errors).as("exceptions provoked along the flow").hasSizeGreaterThanOrEqualTo(7);
        assertThat(toStrings).as("toString() of models, options and clients").hasSizeGreaterThanOrEqualTo(40);
        assertThat(logs).as("the card token appears masked").contains("****");

        String all = text.toString();
        System.out.printf(
                "SECRETS %d secrets checked against %d log events, %d exceptions, %d toString() texts, %d webhooks%n",
                secrets.size() + 1, logEvents, errors.size(), toStrings.size(), events.size());
        secrets.forEach((name, value) -> assertThat(all.contains(value))
                .as("%s appears in a log line, exception or toString()", name)
                .isFalse());
        assertThat(Pattern.compile("(?<![0-9A-Za-z-])" + PIN + "(?![0-9A-Za-z-])")
                        .matcher(all)
                        .find())
                .as("the PIN appears nowhere")
                .isFalse();
    }

    private void runFlow(WiseSimulator simulator) {
        ClientOptions options = simulator
                .clientOptions()
                .tokenProvider(simulator.refreshingTokenProvider())
                .appInfo("secret-leak-test", "1.0")
                .putDefaultHeader("X-Partner", "acme")
                .build();
        objects.add(options);
        try (CardsClient cards = CardsClient.create(options);
                KioskClient kiosk = KioskClient.create(options)) {
            objects.add(cards);
            objects.add(kiosk);
            objects.add(cards.cardOrders().availability(PROFILE_ID));
            Address address = Address.other("GB")
                    .firstLine("56 Shoreditch High St")
                    .city("London")
                    .postCode("E1 6JJ")
                    .build();
            objects.add(cards.cardOrders().validateAddress(address));
            RequestOptions requestOptions = RequestOptions.builder()
                    .correlationId("5ec7e71e-a4f1-4c0a-9b3d-2e6f8a1c0d9e")
                    .timeout(Duration.ofSeconds(30))
                    .build();
            objects.add(requestOptions);
            CardOrderCreateParams params = CardOrderCreateParams.builder()
                    .program("VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API")
                    .cardHolderName("John Smith")
                    .embossedName("JOHN SMITH")
                    .phoneNumber("+441234567890")
                    .address(address)
                    .deliveryOption(DeliveryOption.KIOSK_COLLECTION)
                    .lifetimeLimit(100)
                    .build();
            objects.add(params);
            ApiResponse<CardOrder> created = cards.cardOrders()
                    .withRequestOptions(requestOptions)
                    .withRawResponse()
                    .create(PROFILE_ID, params);
            objects.add(created);
            long orderId = created.data().id();
            objects.add(cards.cardOrders().requirements(PROFILE_ID, orderId));
            objects.add(cards.cardOrders().fetchEncryptingKey());

            // PIN preset: an invalid PIN first (refused locally), a lost answer, then the PIN
            expectError(() -> cards.cardOrders().presetPin(orderId, "73a5".toCharArray()));
            simulator.failNext(1, Fault.serverError(503), "POST", "/twcard-data/**");
            expectError(() -> cards.cardOrders().presetPin(orderId, PIN.toCharArray()));
            objects.add(cards.cardOrders().presetPin(orderId, PIN.toCharArray()));
            assertThat(simulator.pinMatches(orderId, PIN)).isTrue();

            CardOrder order =
                    cards.cardOrders().async().retrieve(PROFILE_ID, orderId).join();
            objects.add(order);
            String cardToken = order.cardToken().orElseThrow();
            objects.add(ReplacementDetails.of(cardToken, ReplacementReason.CARD_DAMAGED));
            objects.add(params.toBuilder()
                    .replacementDetails(ReplacementDetails.of(cardToken, ReplacementReason.CARD_DAMAGED))
                    .build());

            // kiosk: ready, produce, printer error, produce again, produced
            WaitOptions wait = WaitOptions.builder()
                    .timeout(Duration.ofMinutes(1))
                    .onStatusChange(objects::add)
                    .build();
            objects.add(wait);
            objects.add(kiosk.cardProductions().awaitReady(PROFILE_ID, cardToken, wait));
            CardProductionParams produce =
                    CardProductionParams.builder().kioskId("WIS00001").build();
            objects.add(produce);
            objects.add(kiosk.cardProductions().produce(PROFILE_ID, cardToken, produce));
            expectError(() -> kiosk.cardProductions().produce(PROFILE_ID, cardToken, produce));
            objects.add(kiosk.cardProductions()
                    .simulate(
                            PROFILE_ID,
                            cardToken,
                            CardProductionSimulateParams.productionError(ProductionErrorCode.PRT_NOT_REACHABLE)));
            CardProductionStatus printerError = kiosk.cardProductions().retrieve(PROFILE_ID, cardToken);
            assertThat(printerError.status()).isEqualTo(ProductionStatus.PRODUCTION_ERROR);
            objects.add(printerError);
            objects.add(kiosk.cardProductions().withRawResponse().produce(PROFILE_ID, cardToken, produce));
            objects.add(
                    kiosk.cardProductions().simulate(PROFILE_ID, cardToken, CardProductionSimulateParams.produced()));
            objects.add(kiosk.cardProductions().awaitProduction(PROFILE_ID, cardToken, wait));

            // the token expires: the SDK refreshes after a 401 and retries
            simulator.expireAccessTokens();
            objects.add(cards.cardOrders().list(PROFILE_ID));
            cards.cardOrders().listAll(PROFILE_ID).forEach(objects::add);

            // more error paths
            expectError(() -> cards.cardOrders().retrieve(PROFILE_ID, 999_999L));
            expectError(() -> kiosk.cardProductions().retrieve(PROFILE_ID, cardToken + "x"));
            expectError(() -> CardProductionParams.builder().kioskId(" ").build());
            expectError(() -> cards.cardOrders()
                    .create(PROFILE_ID, params.toBuilder().phoneNumber("12").build()));
            expectError(() -> handlerFor(simulator)
                    .handle(
                            WebhookHeaders.of(Map.of(WebhookHeaders.SIGNATURE, "Zm9yZ2Vk")),
                            "{\"data\":{}}".getBytes(StandardCharsets.UTF_8),
                            e -> {}));
            simulator.failNext(1, Fault.disconnect(), "GET", "/v3/spend/profiles/*/card-orders/*");
            expectError(
                    () -> cards.withOptions(o -> o.maxRetries(0)).cardOrders().retrieve(PROFILE_ID, orderId));
            try (KioskClient production = KioskClient.builder()
                    .environment(Environment.PRODUCTION)
                    .accessToken(simulator.accessToken())
                    .build()) {
                expectError(() -> production
                        .cardProductions()
                        .simulate(PROFILE_ID, cardToken, CardProductionSimulateParams.produced()));
            }
            cards.cardOrders().cancel(PROFILE_ID, orderId);
            objects.add(cards.cardOrders().retrieve(PROFILE_ID, orderId));
        }
    }

    private void expectError(Runnable call) {
        Throwable t = catchThrowable(call::run);
        assertThat(t).as("the call fails").isNotNull();
        errors.add(t);
        objects.add(t);
    }

    private static WebhookHandler handlerFor(WiseSimulator simulator) {
        return WebhookHandler.builder()
                .verifier(WebhookVerifier.builder()
                        .addTrustedKey(simulator.webhookPublicKey())
                        .build())
                .seenKeyStore(InMemorySeenKeyStore.create())
                .build();
    }

    /** The message, toString and stack trace of a throwable with all its causes and suppressed ones. */
    private static String describe(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        StringBuilder s = new StringBuilder(w.toString());
        Set<Throwable> seen = new java.util.HashSet<>();
        for (Throwable c = t; c != null && seen.add(c); c = c.getCause()) {
            s.append('\n').append(c.getMessage()).append('\n').append(c);
            if (c instanceof io.github.wisecards.core.errors.ApiException a) {
                s.append('\n')
                        .append(a.rawBody())
                        .append('\n')
                        .append(a.headers())
                        .append('\n')
                        .append(a.errors());
            }
        }
        return s.toString();
    }

    private static String jwe(String presetBody) {
        int start = presetBody.indexOf("\"encryptedPayload\":\"") + "\"encryptedPayload\":\"".length();
        return presetBody.substring(start, presetBody.indexOf('"', start));
    }

    /** The webhook endpoint: verifies each delivery with the SDK's handler and records the event. */
    private final class Receiver extends Dispatcher {
        private final WebhookHandler handler;

        Receiver(WebhookHandler handler) {
            this.handler = handler;
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            try {
                WebhookHeaders headers =
                        WebhookHeaders.ofMultiValue(request.getHeaders().toMultimap());
                byte[] body = request.getBody() == null
                        ? new byte[0]
                        : request.getBody().toByteArray();
                objects.add(headers);
                handler.handle(headers, body, events::add);
                return new MockResponse.Builder().code(200).build();
            } catch (RuntimeException e) {
                receiverErrors.add(e);
                return new MockResponse.Builder().code(400).build();
            }
        }
    }
}
