package io.github.wisecards.benchmarks.raw;

import java.math.BigDecimal;

/** The raw baseline's create body: the fields of the SDK's {@code CardOrderCreateParams}. */
public final class RawCardOrderCreateRequest {
    public String program;
    public String cardHolderName;
    public String embossedName;
    public String phoneNumber;
    public RawAddress address;
    public String deliveryOption;
    public BigDecimal lifetimeLimit;
    public Long cardHolderProfileId;
    public RawReplacementDetails replacementDetails;

    /** Returns a physical card replacement order for a British address, built as a raw caller would. */
    public static RawCardOrderCreateRequest sample() {
        RawAddress a = new RawAddress();
        a.firstLine = "56 Shoreditch High St";
        a.secondLine = "The Tea Bldg";
        a.city = "London";
        a.postCode = "E1 6JJ";
        a.country = "GB";
        RawReplacementDetails r = new RawReplacementDetails();
        r.cardToken = "4a75fdb7-5791-49ac-832c-81c4347e4df0";
        r.reason = "CARD_DAMAGED";
        RawCardOrderCreateRequest c = new RawCardOrderCreateRequest();
        c.program = "VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API";
        c.cardHolderName = "John Smith";
        c.embossedName = "Smith John";
        c.address = a;
        c.lifetimeLimit = BigDecimal.valueOf(100);
        c.cardHolderProfileId = 654321L;
        c.replacementDetails = r;
        return c;
    }
}
