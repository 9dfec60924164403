package io.github.wisecards.examples;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.cards.RawCardOrderService;
import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.AddressValidationResult;
import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.cards.model.CardOrderCreateParams;
import io.github.wisecards.cards.model.CardOrderRequirements;
import io.github.wisecards.cards.model.CardProgram;
import io.github.wisecards.cards.model.CardType;
import io.github.wisecards.cards.model.DeliveryOption;
import io.github.wisecards.cards.model.PinPresetResult;
import io.github.wisecards.cards.model.Requirement;
import io.github.wisecards.cards.model.RequirementType;
import io.github.wisecards.core.ApiResponse;
import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.kiosk.KioskClient;
import io.github.wisecards.kiosk.RawCardProductionService;
import io.github.wisecards.kiosk.model.CardProductionParams;
import io.github.wisecards.kiosk.model.CardProductionSimulateParams;
import io.github.wisecards.kiosk.model.CardProductionStatus;
import io.github.wisecards.kiosk.model.ProductionErrorCode;
import io.github.wisecards.kiosk.model.ProductionStatus;
import io.github.wisecards.testing.Fault;
import io.github.wisecards.testing.WiseSimulator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kiosk flow itself, step by step, with the real SDK clients. Steps that only the simulator can
 * do (injecting faults, finishing checks Wise runs on its side, replaying a webhook) run when a
 * simulator is given and are skipped with a note otherwise.
 */
final class KioskFlow {
    static final String KIOSK_ID = "WIS00001";
    static final String PRINTER_ERROR = "PRT_RIBBON_ENDED";
    private static final String DEMO_PIN = "2580";

    private final Narrator n;
    private final CardsClient cards;
    private final KioskClient kiosk;
    private final long profileId;
    private final Optional<WiseSimulator> simulator;
    private final Optional<WebhookReceiverExample> receiver;
    private final ProductionSignals signals;
    private final DemoFacts facts;

    KioskFlow(
            Narrator narrator,
            CardsClient cards,
            KioskClient kiosk,
            long profileId,
            Optional<WiseSimulator> simulator,
            Optional<WebhookReceiverExample> receiver,
            ProductionSignals signals,
            DemoFacts facts) {
        this.n = narrator;
        this.cards = cards;
        this.kiosk = kiosk;
        this.profileId = profileId;
        this.simulator = simulator;
        this.receiver = receiver;
        this.signals = signals;
        this.facts = facts;
    }

    void run() {
        CardProgram program = chooseProgram();
        Address address = validateAddress();
        long cardOrderId = createOrder(program, address);
        facts.cardOrderId = cardOrderId;
        checkRequirements(cardOrderId);
        presetPin(cardOrderId);
        String cardToken = awaitReady(cardOrderId);
        facts.maskedCardToken = Narrator.mask(cardToken);
        produce(cardToken);
        ProductionUpdate failed = kioskPrintsWithPrinterError(cardToken);
        produceAgain(cardToken, failed);
        showOrderProduced(cardOrderId);
    }

    private RawCardOrderService orders() {
        return cards.cardOrders().withRawResponse();
    }

    private RawCardProductionService productions() {
        return kiosk.cardProductions().withRawResponse();
    }

    private CardProgram chooseProgram() {
        n.step("List the card programs available to profile " + profileId);
        ApiResponse<List<CardProgram>> available = orders().availability(profileId);
        n.call(available, "availability: %d program(s)", available.data().size());
        for (CardProgram p : available.data()) {
            n.say(
                    "- %s (%s, %s, %s)",
                    p.name().orElse("?"),
                    p.scheme().raw(),
                    p.cardType().raw(),
                    p.defaultCurrency().orElse("?"));
        }
        CardProgram physical = available.data().stream()
                .filter(p -> p.cardType().equals(CardType.PHYSICAL))
                .findFirst()
                .orElseThrow(() -> new DemoFailure("no physical card program: kiosk collection needs one"));
        n.say("chosen: %s (a kiosk prints physical cards)", physical.name().orElse("?"));
        return physical;
    }

    private Address validateAddress() {
        n.step("Validate the card holder's address, locally (Address.validate) and with Wise (validateAddress)");
        Address mistyped = Address.other("GB")
                .firstLine("56 Shoreditch High St")
                .postCode("E1 6JJ 99")
                .build();
        List<FieldViolation> problems = mistyped.validate();
        n.say("local, no I/O: an address without a city and with a bad postcode: %s", describe(problems));
        expect(!problems.isEmpty(), "the local rules to reject an address without a city");
        ApiResponse<AddressValidationResult> wiseOnMistyped = orders().validateAddress(mistyped);
        n.call(
                wiseOnMistyped,
                "Wise's verdict on it: %s",
                describe(wiseOnMistyped.data().errors()));

        Address address = Address.other("GB")
                .firstLine("56 Shoreditch High St")
                .secondLine("The Tea Bldg")
                .city("London")
                .postCode("E1 6JJ")
                .build();
        List<FieldViolation> none = address.validate();
        n.say("local: 56 Shoreditch High St, London E1 6JJ, GB: %s", describe(none));
        expect(none.isEmpty(), "the corrected address to pass the local rules, got " + describe(none));
        ApiResponse<AddressValidationResult> verdict = orders().validateAddress(address);
        n.call(verdict, "Wise's verdict: %s", describe(verdict.data().errors()));
        expect(verdict.data().isValid(), "Wise to accept the corrected address");
        return address;
    }

    private long createOrder(CardProgram program, Address address) {
        n.step("Create a physical card order for KIOSK_COLLECTION, idempotently");
        CardOrderCreateParams params = CardOrderCreateParams.builder()
                .program(program.name().orElseThrow(() -> new DemoFailure("the chosen program has no name")))
                .cardHolderName("Ada Lovelace")
                .embossedName("ADA LOVELACE")
                .phoneNumber("+441234567890")
                .address(address)
                .deliveryOption(DeliveryOption.KIOSK_COLLECTION)
                .build();
        simulator.ifPresentOrElse(
                s -> {
                    s.failNext(1, Fault.disconnectAfterProcessing(), "POST", "/v3/spend/profiles/*/card-orders");
                    n.simulatorOnly("armed Fault.disconnectAfterProcessing(): the order is created, then the"
                            + " connection drops before the answer");
                },
                () -> n.skipped("injecting a dropped connection after the create is processed"));
        ApiResponse<CardOrder> created = orders().create(profileId, params);
        CardOrder order = created.data();
        String key = created.idempotencyKey()
                .orElseThrow(() -> new DemoFailure("the create response carries no idempotency key"));
        facts.createAttempts = created.attempts();
        n.call(
                created,
                "card order %d is %s; answered on attempt %d with X-idempotence-uuid %s",
                order.id(),
                order.status().raw(),
                created.attempts(),
                key);
        if (simulator.isPresent()) {
            expect(created.attempts() >= 2, "the SDK to retry the create after the dropped connection");
            n.say("the SDK retried with the same key, and Wise answered with the order it had already created");
        }

        RequestOptions sameKey = RequestOptions.builder().idempotencyKey(key).build();
        ApiResponse<CardOrder> repeated = orders().withRequestOptions(sameKey).create(profileId, params);
        n.call(
                repeated,
                "creating it again with the same key returns card order %d (%s)",
                repeated.data().id(),
                repeated.data().status().raw());
        expect(repeated.data().id() == order.id(), "the same order for the same idempotency key");
        simulator.ifPresent(s -> {
            facts.ordersForIdempotencyKey = s.ordersCreatedWithIdempotencyKey(key);
            n.simulatorOnly(
                    "orders created with that key: %d; card orders of the profile: %d",
                    facts.ordersForIdempotencyKey, s.cardOrderIds(profileId).size());
            expect(facts.ordersForIdempotencyKey == 1, "exactly one order for the idempotency key");
        });
        return order.id();
    }

    private void checkRequirements(long cardOrderId) {
        n.step("Check what card order " + cardOrderId + " still needs");
        ApiResponse<CardOrderRequirements> answer = orders().requirements(profileId, cardOrderId);
        n.call(answer, "requirements: %s", describe(answer.data()));
        for (Requirement r : answer.data().outstanding()) {
            if (r.type().equals(RequirementType.PIN)) {
                continue;
            }
            simulator.ifPresentOrElse(
                    s -> {
                        s.completeRequirement(cardOrderId, r.type().raw());
                        n.simulatorOnly(
                                "Wise finishes its %s check: completeRequirement(%d, \"%s\")",
                                r.type().raw(), cardOrderId, r.type().raw());
                    },
                    () -> n.skipped(
                            "completing %s: Wise does that on its side",
                            r.type().raw()));
        }
        ApiResponse<CardOrderRequirements> now = orders().requirements(profileId, cardOrderId);
        n.call(now, "requirements: %s", describe(now.data()));
        expect(now.data().requirement(RequirementType.PIN).isPresent(), "a PIN requirement on a physical card order");
    }

    private void presetPin(long cardOrderId) {
        n.step("Preset the card's PIN (JWE-encrypted with the card-data host's key)");
        char[] pin = DEMO_PIN.toCharArray();
        ApiResponse<PinPresetResult> answer = orders().presetPin(cardOrderId, pin);
        boolean zeroed = new String(pin).chars().allMatch(c -> c == 0);
        n.call(
                answer,
                "PIN preset for card order %s (JWE RSA-OAEP-256 + A256GCM); the PIN is never printed and the SDK"
                        + " zeroed our char[]: %s",
                answer.data().cardOrderId().orElse(String.valueOf(cardOrderId)),
                zeroed);
        simulator.ifPresent(s -> {
            boolean matches = s.pinMatches(cardOrderId, DEMO_PIN);
            String algorithm = s.pinAlgorithm(cardOrderId).orElse("none");
            n.simulatorOnly(
                    "decrypted the %s JWE and stored a hash; it matches the PIN we chose: %s", algorithm, matches);
            expect(matches, "the simulator to have received the PIN");
            expect("RSA-OAEP-256".equals(algorithm), "the PIN to arrive under RSA-OAEP-256");
        });
    }

    private String awaitReady(long cardOrderId) {
        n.step("Wait until the card is READY for the kiosk (" + signals.description() + ")");
        String cardToken = signals.awaitReady(cardOrderId);
        if (simulator.isPresent() && receiver.isPresent()) {
            replayReadyWebhook(simulator.get(), receiver.get(), cardToken);
        }
        return cardToken;
    }

    /** Wise redelivers until it gets a 200 and may send an event twice: the handler dedupes. */
    private void replayReadyWebhook(WiseSimulator s, WebhookReceiverExample r, String cardToken) {
        var ready = s.webhooks("cards#card-production-status-change").stream()
                .filter(w -> w.body().contains(cardToken) && w.body().contains("\"READY\""))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new DemoFailure("the simulator recorded no READY webhook"));
        int before = r.duplicateCount();
        int status = WebhookRedelivery.post(r.url(), ready.bodyBytes(), ready.signature(), ready.deliveryId() + "-r1");
        n.simulatorOnly(
                "redelivered the READY webhook: HTTP %d, acknowledged as a duplicate and not processed again: %s",
                status, r.duplicateCount() == before + 1);
        expect(status == 200 && r.duplicateCount() == before + 1, "the redelivery to be acknowledged as a duplicate");
    }

    private void produce(String cardToken) {
        n.step("Produce the card %s at kiosk %s".formatted(Narrator.mask(cardToken), KIOSK_ID));
        sendToKiosk(cardToken);
    }

    private ProductionUpdate kioskPrintsWithPrinterError(String cardToken) {
        n.step("The kiosk prints the card... and its printer fails");
        ApiResponse<Optional<CardProductionStatus>> finished;
        if (simulator.isPresent()) {
            simulator.get().failNextProduction(cardToken, PRINTER_ERROR);
            n.simulatorOnly("armed failNextProduction(card, \"%s\")", PRINTER_ERROR);
            finished = productions().simulate(profileId, cardToken, CardProductionSimulateParams.produced());
            n.call(finished, "simulation endpoint: the kiosk finishes printing");
        } else {
            finished = productions()
                    .simulate(
                            profileId,
                            cardToken,
                            CardProductionSimulateParams.productionError(ProductionErrorCode.of(PRINTER_ERROR)));
            n.call(finished, "simulation endpoint: the kiosk reports %s", PRINTER_ERROR);
        }
        ProductionUpdate failed = signals.awaitProductionEnd(cardToken);
        n.say(
                "%s: production %s, %s",
                failed.source(),
                failed.status().raw(),
                failed.errorCode().map(c -> c.raw()).orElse("no error code"));
        expect(
                failed.status().equals(ProductionStatus.PRODUCTION_ERROR),
                "a PRODUCTION_ERROR, got " + failed.status().raw());
        n.say("description: %s", failed.description().orElse("-"));
        n.say(
                "category %s, recommended action: %s",
                failed.errorCode().map(c -> c.category().toString()).orElse("-"), failed.recommendedAction());
        facts.productionErrors.add(failed.errorCode().map(c -> c.raw()).orElse("UNKNOWN"));
        return failed;
    }

    private void produceAgain(String cardToken, ProductionUpdate failed) {
        n.step("Fix the printer and produce the card again");
        n.say(
                "the kiosk operator loads a new ribbon (%s), then the card goes to the kiosk again",
                failed.recommendedAction());
        sendToKiosk(cardToken);
        ApiResponse<Optional<CardProductionStatus>> finished =
                productions().simulate(profileId, cardToken, CardProductionSimulateParams.produced());
        n.call(finished, "simulation endpoint: the kiosk finishes printing");
        ProductionUpdate done = signals.awaitProductionEnd(cardToken);
        n.say("%s: production %s", done.source(), done.status().raw());
        expect(
                done.status().equals(ProductionStatus.PRODUCED),
                "PRODUCED, got " + done.status().raw());
        facts.productionStatus = done.status().raw();
    }

    private void sendToKiosk(String cardToken) {
        ApiResponse<CardProductionStatus> started = productions()
                .produce(
                        profileId,
                        cardToken,
                        CardProductionParams.builder().kioskId(KIOSK_ID).build());
        n.call(
                started,
                "produce: production is %s at kiosk %s",
                started.data().status().raw(),
                started.data().kioskId().orElse(KIOSK_ID));
        signals.awaitInProgress(cardToken);
    }

    private void showOrderProduced(long cardOrderId) {
        n.step("See card order " + cardOrderId + " move to PRODUCED");
        String source = signals.awaitOrderStatus(cardOrderId, "PRODUCED");
        n.say("%s: card order %d is PRODUCED", source, cardOrderId);
        ApiResponse<CardOrder> answer = orders().retrieve(profileId, cardOrderId);
        CardOrder order = answer.data();
        n.call(
                answer,
                "card order %d is %s, card %s",
                order.id(),
                order.status().raw(),
                order.cardToken().map(Narrator::mask).orElse("-"));
        facts.orderStatus = order.status().raw();
        expect(order.status().raw().equals("PRODUCED"), "the card order to be PRODUCED");
    }

    private static String describe(List<FieldViolation> violations) {
        if (violations.isEmpty()) {
            return "valid";
        }
        return violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
    }

    private static String describe(CardOrderRequirements requirements) {
        return requirements.requirements().stream()
                .map(r -> r.type().raw() + " " + r.status().raw())
                .collect(Collectors.joining(", "));
    }

    private static void expect(boolean condition, String what) {
        if (!condition) {
            throw new DemoFailure("expected " + what);
        }
    }
}
