package io.github.wisecards.benchmarks.raw;

import java.util.List;

/** The raw baseline's list response: a plain Jackson POJO. */
public final class RawCardOrderPage {
    public long totalCount;
    public List<RawCardOrder> cardOrders;
}
