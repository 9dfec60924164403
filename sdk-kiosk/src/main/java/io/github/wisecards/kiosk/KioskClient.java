package io.github.wisecards.kiosk;

import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.internal.Transport;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The client of Wise's card kiosk collection API.
 *
 * <p>Immutable and thread-safe: build one and share it. Clients created from the same {@link
 * ClientOptions} (or derived with {@link #withOptions}) share one connection pool. Close it when
 * the application stops.
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

    private KioskClient(ClientOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.transport = Transport.create(options);
        this.cardProductions = new CardProductionService(options, transport);
    }

    /** Returns a builder with every {@link ClientOptions} setting. */
    public static Builder builder() {
        return new Builder();
    }

    /** Creates a client from shared options. */
    public static KioskClient create(ClientOptions options) {
        return new KioskClient(options);
    }

    /** Returns the options this client was built with. */
    public ClientOptions options() {
        return options;
    }

    /** Returns the kiosk card production service. */
    public CardProductionService cardProductions() {
        return cardProductions;
    }

    /**
     * Returns a client with some options changed, sharing this client's connection pool; this
     * client is not affected. Close the derived client when done with it.
     *
     * <pre>{@code
     * KioskClient patient = kiosk.withOptions(o -> o.maxRetries(5));
     * }</pre>
     */
    public KioskClient withOptions(Consumer<ClientOptions.OptionsBuilder> modifier) {
        Objects.requireNonNull(modifier, "modifier");
        ClientOptions.OptionsBuilder b = options.toBuilder();
        modifier.accept(b);
        return new KioskClient(b.build());
    }

    /** Releases this client's HTTP resources once no other client shares them. */
    @Override
    public void close() {
        transport.close();
    }

    /** Builds a {@link KioskClient}; has every {@link ClientOptions.Builder} setter. Not thread-safe. */
    public static final class Builder extends ClientOptions.Builder<Builder> {
        private Builder() {}

        /**
         * Builds the client.
         *
         * @throws IllegalStateException naming each missing required setting
         */
        public KioskClient build() {
            return new KioskClient(buildOptions());
        }
    }
}
