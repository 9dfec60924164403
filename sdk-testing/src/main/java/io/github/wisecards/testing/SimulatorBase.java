package io.github.wisecards.testing;

import io.github.wisecards.core.FakeClock;
import io.github.wisecards.core.RecordingSleeper;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * What every part of {@link WiseSimulator} shares: the configuration, the platform state, the
 * token store, the fault injector, the webhook publisher, the request dispatcher and the clients'
 * virtual time. The simulator's public operations are split by responsibility into the classes
 * between this one and {@link WiseSimulator}: {@link SimulatorAuthControls} (tokens and users),
 * {@link SimulatorOrderControls} (card orders and kiosk production) and {@link
 * SimulatorTrafficControls} (faults, recorded requests and webhooks); their public methods are
 * part of {@link WiseSimulator}'s API (as {@code AbstractStringBuilder}'s are of {@code
 * StringBuilder}'s).
 */
abstract class SimulatorBase {
    final WiseSimulator.Builder config;
    final SimulatorState state;
    final TokenStore tokens;
    final FaultInjector faults = new FaultInjector();
    final WebhookPublisher publisher;
    final WebhookSigner signer;
    final SimulatorDispatcher dispatcher;
    final RecordingSleeper clientSleeper;

    SimulatorBase(WiseSimulator.Builder b) {
        this.config = b;
        this.clientSleeper =
                new RecordingSleeper(b.clock instanceof FakeClock fake ? fake : new FakeClock(b.clock.instant()));
        this.signer = b.webhookSigner != null ? b.webhookSigner : WebhookSigner.of(DefaultKeys.webhook());
        this.publisher = new WebhookPublisher(b.clock, signer, b.subscriptionId, b.webhookUrl);
        this.state = new SimulatorState(b, publisher);
        this.tokens = new TokenStore(b);
        KeyPair encryption = b.encryptionKeys != null ? b.encryptionKeys : DefaultKeys.encryption();
        this.dispatcher = new SimulatorDispatcher(
                state, tokens, faults, publisher, new PinRoutes(state, encryption, b.encryptionKeyPem));
        List<WiseSimulator.ExchangeObserver> observers = new ArrayList<>();
        ServiceLoader.load(WiseSimulator.ExchangeObserver.class).forEach(observers::add);
        if (b.exchangeObserver != null) {
            observers.add(b.exchangeObserver);
        }
        this.dispatcher.observe(
                observers.isEmpty() ? null : (r, h, body) -> observers.forEach(o -> o.onExchange(r, h, body)));
    }

    final <T> T admin(Supplier<T> action) {
        T result;
        try {
            synchronized (state) {
                result = action.get();
            }
        } catch (SimError e) {
            throw new IllegalStateException(String.valueOf(e.response().body()));
        } finally {
            publisher.drain();
        }
        return result;
    }

    static String nonBlank(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
        return value;
    }

    static Duration positive(Duration d, String field) {
        Objects.requireNonNull(d, field);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(field + ": must be positive");
        }
        return d;
    }
}
