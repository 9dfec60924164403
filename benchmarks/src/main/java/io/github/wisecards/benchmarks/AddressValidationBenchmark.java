package io.github.wisecards.benchmarks;

import io.github.wisecards.cards.model.Address;
import io.github.wisecards.core.errors.FieldViolation;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Case 5: local address validation ({@code Address.validate()}: required fields, lengths, postcode
 * format, state codes, country, PO boxes) of a valid Brazilian, Australian and British address.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class AddressValidationBenchmark {
    private Address brazil;
    private Address australia;
    private Address unitedKingdom;

    /** Builds the three addresses (valid, so every rule runs to the end). */
    @Setup
    public void build() {
        brazil = Address.brazil()
                .addressNumber("134")
                .address("Rua Moacir da Silva Mota")
                .district("Tancredo Neves")
                .postCode("69313488")
                .city("Boa Vista")
                .state("RR")
                .build();
        australia = Address.australia()
                .firstLine("72 Botany Rd")
                .secondLine("New South Wales")
                .postCode("2017")
                .city("Sydney")
                .state("NSW")
                .build();
        unitedKingdom = Address.other("GB")
                .firstLine("56 Shoreditch High St")
                .secondLine("The Tea Bldg")
                .postCode("E1 6JJ")
                .city("London")
                .build();
        for (Address a : List.of(brazil, australia, unitedKingdom)) {
            if (!a.validate().isEmpty()) {
                throw new IllegalStateException("fixture address is invalid: " + a.validate());
            }
        }
    }

    /** A Brazilian address. */
    @Benchmark
    public List<FieldViolation> brazil() {
        return brazil.validate();
    }

    /** An Australian address. */
    @Benchmark
    public List<FieldViolation> australia() {
        return australia.validate();
    }

    /** A British address. */
    @Benchmark
    public List<FieldViolation> unitedKingdom() {
        return unitedKingdom.validate();
    }
}
