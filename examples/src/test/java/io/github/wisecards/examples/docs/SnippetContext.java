package io.github.wisecards.examples.docs;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.CardOrderCreateParams;
import io.github.wisecards.cards.model.CardOrderStatus;
import io.github.wisecards.cards.model.CardStatus;
import io.github.wisecards.cards.model.DeliveryOption;
import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.kiosk.KioskClient;
import io.github.wisecards.kiosk.model.CardProductionStatus;
import io.github.wisecards.kiosk.model.ProductionErrorCode;
import io.github.wisecards.kiosk.model.ProductionStatus;
import io.github.wisecards.testing.WiseSimulator;
import io.github.wisecards.webhooks.event.WebhookEvent;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the Java blocks of README.md and docs/*.md may use without declaring it: the variables a
 * partner's code would have (credentials, IDs, clients, a logger) and the application's own
 * methods the examples call. A block marked {@code run} runs with these bound to a simulator by
 * {@link #bind(WiseSimulator)}; for the others they only need to compile.
 */
public abstract class SnippetContext {
    protected String clientId = "sim-client-id";
    protected String clientSecret = "sim-client-secret";
    protected String refreshToken = "sim-refresh-token";
    protected long profileId = 123456L;
    protected long cardOrderId = 1001L;
    protected String cardToken = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    protected String myOrderRequestId = "order-8812";
    protected static final UUID CARD_ORDERS = UUID.fromString("5b3c2c1e-6a8f-4d1e-9c57-2f0b6f2d9a41");
    protected byte[] body = "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    protected WiseSimulator simulator;
    protected ClientOptions options;
    protected CardsClient cards;
    protected KioskClient kiosk;
    protected DataSource dataSource;
    protected WebhookEvent event;
    protected int threads = 8;
    protected final Logger log = LoggerFactory.getLogger("snippets");
    protected final BlockingQueue<WebhookEvent> queue = new LinkedBlockingQueue<>();
    protected final OrderRecords orderRecords = (id, status) -> {};
    protected final CardRecords cardRecords = (token, status) -> {};
    protected final KioskRecords kioskRecords = (status, errorCode) -> {};

    /** A {@code statements} block's code; members and unit blocks have nothing to run here. */
    public void run() throws Exception {
        // overridden by the class a statements block is compiled into
    }

    /**
     * Binds the variables to a running simulator, for blocks marked {@code run}, and creates one
     * card order there ({@code cardOrderId}).
     */
    public final void bind(WiseSimulator simulator, CardsClient cards, KioskClient kiosk) {
        this.simulator = simulator;
        this.options = simulator.clientOptions().build();
        this.clientId = simulator.oauthClientId();
        this.clientSecret = simulator.oauthClientSecret();
        this.refreshToken = simulator.refreshToken();
        this.cards = cards;
        this.kiosk = kiosk;
        // One PLACED kiosk order, waiting for its PIN, for the blocks that use cardOrderId.
        this.cardOrderId = cards.cardOrders()
                .create(
                        profileId,
                        CardOrderCreateParams.builder()
                                .program("VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API")
                                .cardHolderName("Ada Lovelace")
                                .embossedName("ADA LOVELACE")
                                .address(Address.other("GB")
                                        .firstLine("1 Example Street")
                                        .city("London")
                                        .postCode("E1 6JJ")
                                        .build())
                                .deliveryOption(DeliveryOption.KIOSK_COLLECTION)
                                .build())
                .id();
    }

    /** The application's card order table. */
    public interface OrderRecords {
        void updateStatus(String orderId, CardOrderStatus status);
    }

    /** The application's card table. */
    public interface CardRecords {
        void updateStatus(String cardToken, CardStatus status);
    }

    /** The application's kiosk production log. */
    public interface KioskRecords {
        void record(ProductionStatus status, Optional<ProductionErrorCode> errorCode);
    }

    protected char[] pinFromSecureInput() {
        return new char[] {'1', '2', '3', '4'};
    }

    protected void alertKioskOperator(ProductionErrorCode code) {}

    protected void scheduleProduceAgain() {}

    protected void openSupportTicket(CardProductionStatus status) {}

    protected void apply(WebhookEvent event) {}
}
