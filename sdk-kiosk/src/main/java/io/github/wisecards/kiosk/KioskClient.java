package io.github.wisecards.kiosk;

import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.ClientOptionsBuilder;
import io.github.wisecards.core.internal.Transport;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The client of Wise's card kiosk collection API.
 *
 * <p>Immutable and thread-safe: build one and share it. It owns its connection pool and
 * dispatcher, created when it is built and closed by {@link #close()}; clients derived with {@link
 * #withOptions} share them. To share one pool between clients built separately (for example with
 * a {@code CardsClient}), give them your OkHttp client ({@link ClientOptionsBuilder#okHttpClient}),
 * which the SDK never closes. Close it when the application stops.
 *
 * <pre>{@code
 * try (KioskClient kiosk = KioskClient.builder()
 *         .environment(Environment.SANDBOX)
 *         .tokenProvider(TokenProvider.refreshing(clientId, clientSecret, refreshToken))
 *         .build()) {
 *     kiosk.cardProductions().produce(profileId, cardToken,
 *         CardProductionParams.builder().kioskId("WIS00001").build());
 *     CardProductionStatus end =
 *         kiosk.cardProductions().awaitProduction(profileId, cardToken, WaitOptions.defaults());
 * } catch (KioskRequestException e) {
 *     // the card did not reach the kiosk: e.errorCode(), e.recommendedAction()
 * } catch (ProductionWaitTimeoutException e) {
 *     // no end of production within the wait's timeout; the production itself goes on
 * }
 * }</pre>
 *
 * <p>Operations throw only unchecked {@link io.github.wisecards.core.errors.SdkException}s: {@link
 * KioskRequestException} (a 422 {@code REQUEST_ERROR}), the other {@link
 * io.github.wisecards.core.errors.ApiException}s, {@link
 * io.github.wisecards.core.errors.ApiConnectionException}, {@link
 * io.github.wisecards.core.errors.ValidationException} before sending, and {@link
 * SandboxOnlyException} for a simulation call outside the sandbox; waiters also throw {@link
 * ProductionWaitTimeoutException}.
 */
public final class KioskClient implements AutoCloseable {
    private final ClientOptions options;
    private final Transport transport;
    private final CardProductionService cardProductions;

    private KioskClient(ClientOptions options, Transport transport) {
        this.options = options;
        this.transport = transport;
        this.cardProductions = new CardProductionService(options, transport);
    }

    /**
     * Returns a builder with every {@link ClientOptions} setting.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates a client from options, with a connection pool of its own (or your OkHttp client's,
     * when the options name one). Close it when done.
     *
     * @param options the options
     * @return the client
     */
    public static KioskClient create(ClientOptions options) {
        Objects.requireNonNull(options, "options");
        return new KioskClient(options, Transport.create(options));
    }

    /** {@return the options this client was built with} */
    public ClientOptions options() {
        return options;
    }

    /** {@return the kiosk card production service} */
    public CardProductionService cardProductions() {
        return cardProductions;
    }

    /**
     * Returns a client with some options changed that shares this client's connection pool and
     * dispatcher; this client is not affected. Close it when done: the pool closes when the last
     * client sharing it is closed, whichever that is.
     *
     * <pre>{@code
     * KioskClient patient = kiosk.withOptions(o -> o.maxRetries(5));
     * }</pre>
     *
     * @param modifier the changes, applied to a builder holding this client's options
     * @return the derived client
     * @throws IllegalStateException if this client is closed
     */
    public KioskClient withOptions(Consumer<ClientOptions.OptionsBuilder> modifier) {
        Objects.requireNonNull(modifier, "modifier");
        ClientOptions.OptionsBuilder b = options.toBuilder();
        modifier.accept(b);
        ClientOptions derived = b.build();
        return new KioskClient(derived, transport.derive(derived));
    }

    /**
     * Gives back this client's share of the connection pool and dispatcher (the last client
     * sharing them closes them); calls made afterwards fail. Idempotent.
     */
    @Override
    public void close() {
        transport.close();
    }

    /** Builds a {@link KioskClient}; has every {@link ClientOptionsBuilder} setter. Not thread-safe. */
    public static final class Builder extends ClientOptionsBuilder<Builder> {
        private Builder() {}

        /**
         * Builds the client, with a connection pool of its own (or your OkHttp client's).
         *
         * @return the client
         * @throws IllegalStateException naming each missing required setting
         */
        public KioskClient build() {
            return create(buildOptions());
        }
    }
}
