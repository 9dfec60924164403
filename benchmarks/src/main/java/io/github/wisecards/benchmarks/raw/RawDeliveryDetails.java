package io.github.wisecards.benchmarks.raw;

/** The raw baseline's delivery details: a plain Jackson POJO. */
public final class RawDeliveryDetails {
    public String deliveryVendor;
    public String trackingUrl;
    public String trackingNumber;
}
