package io.github.wisecards.benchmarks.raw;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The raw baseline's card order: the same fields and Java types as the SDK's {@code CardOrder}
 * (timestamps as {@link Instant}, the limit as {@link BigDecimal}), as a plain Jackson POJO with
 * public fields; enums are kept as strings.
 */
public final class RawCardOrder {
    public long id;
    public long profileId;
    public String clientId;
    public RawCardProgram cardProgram;
    public RawAddress address;
    public String cardToken;
    public String replacesCard;
    public Instant creationTime;
    public Instant modificationTime;
    public String status;
    public String cardHolderName;
    public String phoneNumber;
    public BigDecimal lifetimeLimit;
    public Instant deliveryEstimate;
    public RawDeliveryDetails deliveryDetails;
    public Long cardHolderProfileId;
}
