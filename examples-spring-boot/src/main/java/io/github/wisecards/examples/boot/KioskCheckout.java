package io.github.wisecards.examples.boot;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.cards.model.CardOrderCreateParams;
import io.github.wisecards.cards.model.DeliveryOption;
import io.github.wisecards.kiosk.KioskClient;
import io.github.wisecards.kiosk.model.CardProductionParams;
import io.github.wisecards.kiosk.model.CardProductionStatus;
import org.springframework.stereotype.Service;

/**
 * The kiosk flow's calls to Wise, with the clients the starter configured: order a physical card
 * for kiosk collection, preset its PIN, send it to a kiosk. What happens next arrives as webhooks
 * ({@link CardEvents}).
 */
@Service
public class KioskCheckout {
    private final CardsClient cards;
    private final KioskClient kiosk;

    KioskCheckout(CardsClient cards, KioskClient kiosk) {
        this.cards = cards;
        this.kiosk = kiosk;
    }

    /**
     * Orders a physical card to be collected at a kiosk.
     *
     * @param profileId the Wise profile
     * @param program the card program's name
     * @param holderName the card holder's name
     * @param address the card holder's address
     * @return the order, {@code PLACED} until Wise's checks and the PIN are done
     */
    public CardOrder orderCard(long profileId, String program, String holderName, Address address) {
        return cards.cardOrders()
                .create(
                        profileId,
                        CardOrderCreateParams.builder()
                                .program(program)
                                .cardHolderName(holderName)
                                .embossedName(holderName.toUpperCase(java.util.Locale.ROOT))
                                .phoneNumber("+441234567890")
                                .address(address)
                                .deliveryOption(DeliveryOption.KIOSK_COLLECTION)
                                .build());
    }

    /**
     * Presets the card's PIN: encrypted on this machine for Wise's card-data host; the array is
     * zeroed by the SDK.
     *
     * @param cardOrderId the order
     * @param pin the PIN the card holder chose
     */
    public void presetPin(long cardOrderId, char[] pin) {
        cards.cardOrders().presetPin(cardOrderId, pin);
    }

    /**
     * Sends the card to a kiosk to be printed.
     *
     * @param profileId the Wise profile
     * @param cardToken the card, from the {@code CARD_DETAILS_CREATED} webhook
     * @param kioskId the kiosk
     * @return the production's status, {@code IN_PROGRESS}
     */
    public CardProductionStatus produce(long profileId, String cardToken, String kioskId) {
        return kiosk.cardProductions()
                .produce(
                        profileId,
                        cardToken,
                        CardProductionParams.builder().kioskId(kioskId).build());
    }
}
