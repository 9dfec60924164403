package io.github.wisecards.cards;

import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.internal.Transport;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Client of Wise's card order API. Create one and share it: it is immutable and thread-safe, and
 * holds the connection pool (closed by {@link #close()} unless you supplied your own OkHttp
 * client).
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

    private CardsClient(ClientOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.transport = Transport.create(options);
        this.cardOrders = new CardOrderService(new CardOrderCalls(transport));
    }

    /** Returns a builder with the SDK defaults (sandbox, 2 retries, 60 s per call). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates a client from shared options; clients created from the same options share one
     * connection pool.
     */
    public static CardsClient create(ClientOptions options) {
        return new CardsClient(options);
    }

    /** Returns the card order operations. */
    public CardOrderService cardOrders() {
        return cardOrders;
    }

    /** Returns the options this client was built from. */
    public ClientOptions options() {
        return options;
    }

    /**
     * Returns a client with some options changed, sharing this client's connection pool; close it
     * when done (the pool stays open while any client using it is open).
     *
     * <pre>{@code
     * CardsClient patient = cards.withOptions(o -> o.maxRetries(5).callTimeout(Duration.ofMinutes(2)));
     * }</pre>
     */
    public CardsClient withOptions(Consumer<ClientOptions.OptionsBuilder> changes) {
        ClientOptions.OptionsBuilder b = options.toBuilder();
        changes.accept(b);
        return new CardsClient(b.build());
    }

    /** Releases this client's share of the HTTP resources; calls made afterwards fail. */
    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "CardsClient{" + options + "}";
    }

    /** Builds a {@link CardsClient}; has every setter of {@link ClientOptions}. Not thread-safe. */
    public static final class Builder extends ClientOptions.Builder<Builder> {
        private Builder() {}

        /**
         * Builds the client.
         *
         * @throws IllegalStateException naming each missing required setting
         */
        public CardsClient build() {
            return new CardsClient(buildOptions());
        }
    }
}
