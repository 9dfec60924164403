package io.github.wisecards.benchmarks.raw;

/** The raw baseline's card program: a plain Jackson POJO. */
public final class RawCardProgram {
    public String name;
    public String scheme;
    public String defaultCurrency;
    public String cardType;
}
