package io.github.wisecards.cards;

import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.ClientOptionsBuilder;
import io.github.wisecards.core.internal.Transport;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Client of Wise's card order API. Create one and share it: it is immutable and thread-safe, and
 * owns its connection pool and dispatcher, created when it is built and closed by {@link
 * #close()}. Clients derived with {@link #withOptions} share them; to share one pool between
 * clients built separately, give them your OkHttp client ({@link
 * ClientOptionsBuilder#okHttpClient}), which the SDK never closes.
 *
 * <pre>{@code
 * try (CardsClient cards = CardsClient.builder()
 *         .environment(Environment.SANDBOX)
 *         .tokenProvider(TokenProvider.refreshing(clientId, clientSecret, refreshToken))
 *         .build()) {
 *     CardOrder order = cards.cardOrders().create(profileId, params);
 *     CardOrder current = cards.cardOrders().retrieve(profileId, order.id());
 * } catch (ValidationException e) {
 *     // refused locally, nothing was sent: e.violations() names each field and rule
 * } catch (ApiException e) {
 *     // Wise answered with an error: e.statusCode(), e.errors(), e.traceId() for Wise support
 * } catch (ApiConnectionException e) {
 *     // no answer after the retries: repeat later with e.idempotencyKey() for a create
 * }
 * }</pre>
 *
 * <p>Every operation throws only unchecked {@link io.github.wisecards.core.errors.SdkException}s:
 * {@link io.github.wisecards.core.errors.ValidationException} before anything is sent, a subclass
 * of {@link io.github.wisecards.core.errors.ApiException} per HTTP status, {@link
 * io.github.wisecards.core.errors.ApiConnectionException} when no answer came, and {@link
 * io.github.wisecards.core.errors.InvalidResponseException} for an answer that is not the documented
 * JSON. In tests, {@code CardsClient.create(simulator.clientOptions().build())} points a client at
 * the {@code sdk-testing} simulator, in virtual time.
 */
public final class CardsClient implements AutoCloseable {
    private final ClientOptions options;
    private final Transport transport;
    private final CardOrderService cardOrders;

    private CardsClient(ClientOptions options, Transport transport) {
        this.options = options;
        this.transport = transport;
        this.cardOrders = new CardOrderService(new CardOrderCalls(transport));
    }

    /** {@return a builder with the SDK defaults (sandbox, 2 retries, 60 s per call)} */
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
    public static CardsClient create(ClientOptions options) {
        Objects.requireNonNull(options, "options");
        return new CardsClient(options, Transport.create(options));
    }

    /** {@return the card order operations} */
    public CardOrderService cardOrders() {
        return cardOrders;
    }

    /** {@return the options this client was built from} */
    public ClientOptions options() {
        return options;
    }

    /**
     * Returns a client with some options changed that shares this client's connection pool and
     * dispatcher; this client is not affected. Close it when done: the pool closes when the last
     * client sharing it is closed, whichever that is.
     *
     * <pre>{@code
     * CardsClient patient = cards.withOptions(o -> o.maxRetries(5).callTimeout(Duration.ofMinutes(2)));
     * }</pre>
     *
     * @param changes the changes, applied to a builder holding this client's options
     * @return the derived client
     * @throws IllegalStateException if this client is closed
     */
    public CardsClient withOptions(Consumer<ClientOptions.OptionsBuilder> changes) {
        Objects.requireNonNull(changes, "changes");
        ClientOptions.OptionsBuilder b = options.toBuilder();
        changes.accept(b);
        ClientOptions derived = b.build();
        return new CardsClient(derived, transport.derive(derived));
    }

    /**
     * Gives back this client's share of the connection pool and dispatcher (the last client
     * sharing them closes them); calls made afterwards fail. Idempotent.
     */
    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "CardsClient{" + options + "}";
    }

    /** Builds a {@link CardsClient}; has every setter of {@link ClientOptions}. Not thread-safe. */
    public static final class Builder extends ClientOptionsBuilder<Builder> {
        private Builder() {}

        /**
         * Builds the client, with a connection pool of its own (or your OkHttp client's).
         *
         * @return the client
         * @throws IllegalStateException naming each missing required setting
         */
        public CardsClient build() {
            return create(buildOptions());
        }
    }
}
