package io.github.wisecards.examples;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.errors.ApiException;
import io.github.wisecards.core.errors.SdkException;
import io.github.wisecards.kiosk.KioskClient;
import io.github.wisecards.testing.WiseSimulator;
import io.github.wisecards.webhooks.InMemorySeenKeyStore;
import io.github.wisecards.webhooks.WebhookHandler;
import io.github.wisecards.webhooks.WebhookVerifier;
import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The whole kiosk card flow with the real SDK clients, narrated step by step.
 *
 * <p>With no configuration it starts the {@link WiseSimulator} in-process (no network, no Wise
 * account): it lists card programs, validates an address locally and with Wise, creates a physical
 * {@code KIOSK_COLLECTION} order through a dropped connection (the SDK's retry reuses the
 * idempotency key, so one order exists), completes the requirements, presets the PIN with the JWE
 * helper, waits for {@code READY} through a verified, deduplicated webhook, produces the card at a
 * kiosk, survives a printer error, produces it again and sees the order become {@code PRODUCED}.
 *
 * <p>With {@code WISE_ACCESS_TOKEN} and {@code WISE_PROFILE_ID} set (and optionally {@code
 * WISE_ENV=sandbox}) the same flow runs against the Wise sandbox: simulator-only steps are skipped
 * with a note, the sandbox simulation endpoint plays the kiosk, and the SDK's waiters replace the
 * webhooks (Wise cannot reach a receiver on 127.0.0.1). It refuses to run against production.
 *
 * <pre>{@code
 * ./mvnw -B -q -pl examples -am package -DskipTests -Pdemo
 * }</pre>
 */
public final class KioskFlowDemo {
    static final long SIMULATOR_PROFILE_ID = 123456L;
    private static final Duration WEBHOOK_WAIT = Duration.ofSeconds(10);
    private static final Duration SANDBOX_WAIT = Duration.ofMinutes(10);

    private KioskFlowDemo() {}

    /**
     * Runs the demo and exits with status 1 if it failed; on success it returns normally, once
     * every client, the simulator and the webhook receiver are closed.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        DemoResult result = run(System.out, System.getenv());
        if (result.exitCode() != 0) {
            System.exit(result.exitCode());
        }
    }

    /**
     * Runs the demo, printing the narrative to {@code out}; never exits the JVM.
     *
     * @param out where the narrative goes
     * @param env the environment variables to read ({@code WISE_ACCESS_TOKEN}, {@code
     *     WISE_PROFILE_ID}, {@code WISE_ENV}); without a token or profile the simulator is used
     * @return what happened; {@link DemoResult#exitCode()} is 0 only on success
     */
    public static DemoResult run(PrintStream out, Map<String, String> env) {
        Narrator n = new Narrator(out);
        DemoFacts facts = new DemoFacts();
        boolean sandbox = isSet(env, "WISE_ACCESS_TOKEN") || isSet(env, "WISE_PROFILE_ID");
        facts.mode = sandbox ? "sandbox" : "simulator";
        n.title("Wise Cards SDK: kiosk card collection, end to end (" + facts.mode + ")");
        Optional<String> failure = Optional.empty();
        try {
            if (sandbox) {
                runAgainstSandbox(n, env, facts);
            } else {
                runAgainstSimulator(n, facts);
            }
        } catch (RuntimeException e) {
            failure = Optional.of(describe(e));
            n.blank();
            n.line("FAILED in step " + n.steps() + ": " + failure.get());
            if (!(e instanceof SdkException) && !(e instanceof DemoFailure)) {
                e.printStackTrace(out);
            }
        }
        String summary = summary(facts, failure);
        n.blank();
        n.line(summary);
        out.flush();
        return DemoResult.of(facts, failure, summary);
    }

    private static void runAgainstSimulator(Narrator n, DemoFacts facts) {
        Map<String, String> requirements = new LinkedHashMap<>();
        requirements.put("PIN", "NOT_INITIATED");
        requirements.put("VERIFICATION", "PENDING");
        requirements.put("ADDRESS", "COMPLETED");
        try (WiseSimulator simulator = WiseSimulator.builder()
                .requirements(requirements)
                .kioskIds(KioskFlow.KIOSK_ID)
                .build()
                .start()) {
            WebhookProductionSignals signals = new WebhookProductionSignals(n, WEBHOOK_WAIT);
            WebhookHandler handler = WebhookHandler.builder()
                    .verifier(WebhookVerifier.builder()
                            .addTrustedKey(simulator.webhookPublicKey())
                            .build())
                    .seenKeyStore(InMemorySeenKeyStore.create())
                    .build();
            try (WebhookReceiverExample receiver = WebhookReceiverExample.startOnLoopback(handler, signals)) {
                simulator.registerWebhookUrl(receiver.url().toString());
                n.say(
                        "Wise simulator (sdk-testing) at %s (card data %s); no network, no Wise account",
                        simulator.apiBaseUrl(), simulator.cardDataBaseUrl());
                n.say(
                        "webhook receiver (JDK HttpServer) at %s, trusting only the simulator's signing key",
                        receiver.url());
                ClientOptions options = simulator
                        .clientOptions()
                        .appInfo("kiosk-flow-demo", "1")
                        .build();
                try (CardsClient cards = CardsClient.create(options);
                        KioskClient kiosk = KioskClient.create(options)) {
                    new KioskFlow(
                                    n,
                                    cards,
                                    kiosk,
                                    SIMULATOR_PROFILE_ID,
                                    Optional.of(simulator),
                                    Optional.of(receiver),
                                    signals,
                                    facts)
                            .run();
                } finally {
                    facts.webhooksProcessed = receiver.processedCount();
                    facts.duplicateWebhooks = receiver.duplicateCount();
                    facts.rejectedWebhooks = receiver.rejectedCount();
                }
            }
        }
    }

    private static void runAgainstSandbox(Narrator n, Map<String, String> env, DemoFacts facts) {
        ClientOptions options =
                ClientOptions.fromEnv(env).appInfo("kiosk-flow-demo", "1").build();
        if (options.environment().isProduction()) {
            throw new DemoFailure("refusing to run against Wise production: this demo orders a real card."
                    + " Unset WISE_ENV or set it to sandbox");
        }
        if (!isSet(env, "WISE_PROFILE_ID")) {
            throw new DemoFailure("WISE_PROFILE_ID is not set (the business profile to order the card for)");
        }
        long profileId;
        try {
            profileId = Long.parseLong(env.get("WISE_PROFILE_ID").trim());
        } catch (NumberFormatException e) {
            throw new DemoFailure("WISE_PROFILE_ID is not a number");
        }
        n.say(
                "Wise API at %s (environment %s), profile %d",
                options.environment().apiBaseUrl(), options.environment().name(), profileId);
        n.say("webhooks from Wise cannot reach a receiver on 127.0.0.1: waiting with the SDK's waiters instead"
                + " (run WebhookReceiverExample behind a public URL to receive them)");
        try (CardsClient cards = CardsClient.create(options);
                KioskClient kiosk = KioskClient.create(options)) {
            ProductionSignals signals = new PollingProductionSignals(cards, kiosk, profileId, n, SANDBOX_WAIT);
            new KioskFlow(n, cards, kiosk, profileId, Optional.empty(), Optional.empty(), signals, facts).run();
        }
    }

    private static String summary(DemoFacts f, Optional<String> failure) {
        if (failure.isPresent()) {
            return String.format(
                    Locale.ROOT,
                    "RESULT: FAILED (%s): card order %s, order status %s, production %s: %s",
                    f.mode,
                    f.cardOrderId < 0 ? "none" : String.valueOf(f.cardOrderId),
                    f.orderStatus,
                    f.productionStatus,
                    failure.get());
        }
        String idempotency = f.ordersForIdempotencyKey < 0
                ? "created once"
                : f.ordersForIdempotencyKey + " order for its idempotency key after " + f.createAttempts
                        + " create attempts";
        String webhooks = f.mode.equals("simulator")
                ? f.webhooksProcessed + " webhook events verified and processed once, " + f.duplicateWebhooks
                        + " redelivery ignored"
                : "waited by polling";
        return String.format(
                Locale.ROOT,
                "RESULT: OK (%s): card order %d %s at kiosk %s, card %s; %s; survived %s; %s",
                f.mode,
                f.cardOrderId,
                f.orderStatus,
                KioskFlow.KIOSK_ID,
                f.maskedCardToken,
                idempotency,
                String.join(", ", f.productionErrors),
                webhooks);
    }

    private static String describe(RuntimeException e) {
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (e instanceof ApiException api
                && api.traceId().isPresent()
                && !text.contains(api.traceId().get())) {
            text += " (x-trace-id " + api.traceId().get() + ")";
        }
        return text;
    }

    private static boolean isSet(Map<String, String> env, String name) {
        String value = env.get(name);
        return value != null && !value.isBlank();
    }
}
