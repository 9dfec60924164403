package io.github.wisecards.benchmarks.raw;

/** The raw baseline's replacement details: a plain Jackson POJO. */
public final class RawReplacementDetails {
    public String cardToken;
    public String reason;
}
