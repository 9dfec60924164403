package io.github.wisecards.reliability.faults;

import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.CardOrderCreateParams;
import io.github.wisecards.cards.model.DeliveryOption;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The healthy server's answers and the requests' inputs, small and obviously fake; shared by the
 * fault matrix and the hostile-server suite.
 */
public final class Bodies {
    public static final long PROFILE_ID = 123456L;
    public static final String CARD_TOKEN = "4dc0be88-903f-49e4-8237-735f1139e3dd";
    public static final String PIN = "4821";

    /**
     * Returns {@code message} with socket addresses ({@code 127.0.0.1:44821}) replaced, so a PIN
     * check does not fail on a port number that happens to contain the PIN's digits.
     */
    public static String withoutSocketAddresses(String message) {
        return message == null ? "" : message.replaceAll("(\\d{1,3}\\.){3}\\d{1,3}:\\d+|localhost:\\d+", "<address>");
    }

    public static final String CARD_ORDER = "{\"id\":142,\"profileId\":123456,\"clientId\":\"acme\","
            + "\"cardProgram\":{\"name\":\"VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API\",\"scheme\":\"VISA\","
            + "\"defaultCurrency\":\"GBP\",\"cardType\":\"PHYSICAL\"},"
            + "\"address\":{\"firstLine\":\"56 Shoreditch High St\",\"city\":\"London\",\"postCode\":\"E1 6JJ\","
            + "\"country\":\"GB\"},\"cardToken\":\"" + CARD_TOKEN + "\","
            + "\"creationTime\":\"2024-09-19T06:49:49.145021Z\",\"modificationTime\":\"2024-09-19T06:49:49.145021Z\","
            + "\"status\":\"PLACED\",\"cardHolderName\":\"John Smith\",\"phoneNumber\":\"+441234567890\","
            + "\"lifetimeLimit\":100}";
    public static final String ORDER_PAGE = "{\"totalCount\":1,\"cardOrders\":[" + CARD_ORDER + "]}";
    public static final String PROGRAMS = "{\"cardPrograms\":[{\"name\":\"VISA_DEBIT_BUSINESS_UK_1_CARDS_API\","
            + "\"scheme\":\"VISA\",\"defaultCurrency\":\"GBP\",\"cardType\":\"VIRTUAL_NON_UPGRADEABLE\"}]}";
    public static final String REQUIREMENTS = "{\"requirements\":[{\"type\":\"PIN\",\"status\":\"NOT_INITIATED\"},"
            + "{\"type\":\"ADDRESS\",\"status\":\"COMPLETED\"}]}";
    public static final String ADDRESS_VALID = "{\"errors\":[]}";
    public static final String PIN_RESULT = "{\"cardOrderId\":\"142\"}";
    public static final String IN_PROGRESS =
            "{\"status\":\"IN_PROGRESS\",\"kioskId\":\"WIS00001\",\"occurredAt\":\"2024-01-01T12:24:56.121Z\"}";
    public static final String PRODUCED =
            "{\"status\":\"PRODUCED\",\"kioskId\":\"WIS00001\",\"occurredAt\":\"2024-01-01T12:29:41.512Z\"}";

    /** The card-data host's encrypting key (a test RSA key generated once per run). */
    public static final String KEY;

    static {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            KeyPair pair = g.generateKeyPair();
            KEY = "{\"version\":1,\"key\":\""
                    + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\"}";
        } catch (NoSuchAlgorithmException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Bodies() {}

    public static Address address() {
        return Address.other("GB")
                .firstLine("56 Shoreditch High St")
                .city("London")
                .postCode("E1 6JJ")
                .build();
    }

    public static CardOrderCreateParams createParams() {
        return CardOrderCreateParams.builder()
                .program("VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API")
                .cardHolderName("John Smith")
                .embossedName("JOHN SMITH")
                .phoneNumber("+441234567890")
                .address(address())
                .deliveryOption(DeliveryOption.KIOSK_COLLECTION)
                .lifetimeLimit(100)
                .build();
    }
}
