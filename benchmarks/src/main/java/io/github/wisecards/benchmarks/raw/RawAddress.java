package io.github.wisecards.benchmarks.raw;

/** The raw baseline's card order address: a plain Jackson POJO. */
public final class RawAddress {
    public String firstLine;
    public String secondLine;
    public String thirdLine;
    public String city;
    public String postCode;
    public String state;
    public String country;
}
