package io.github.wisecards.benchmarks;

import io.github.wisecards.benchmarks.fixture.Fixtures;
import io.github.wisecards.benchmarks.raw.RawCardOrder;
import io.github.wisecards.benchmarks.raw.RawCardOrderCreateRequest;
import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.cards.model.CardOrderCreateParams;
import io.github.wisecards.cards.model.ReplacementDetails;
import io.github.wisecards.cards.model.ReplacementReason;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Case 2: create a card order. Each op builds the request (SDK params with local validation and a
 * generated idempotency key; raw POJO with a random UUID header), serializes it and POSTs it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class CreateBenchmark {

    /** SDK: build params, validate, serialize, POST with an idempotency key, parse. */
    @Benchmark
    public CardOrder sdk(HttpState s) {
        return s.sdk.cardOrders().create(Fixtures.PROFILE_ID, params());
    }

    /** Raw: build the POJO, serialize, POST with an idempotency key, parse. */
    @Benchmark
    public RawCardOrder raw(HttpState s) throws IOException {
        return s.raw.create(RawCardOrderCreateRequest.sample());
    }

    /** Returns the SDK params equal to {@link RawCardOrderCreateRequest#sample()}. */
    static CardOrderCreateParams params() {
        return CardOrderCreateParams.builder()
                .program("VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API")
                .cardHolderName("John Smith")
                .embossedName("Smith John")
                .address(Address.other("GB")
                        .firstLine("56 Shoreditch High St")
                        .secondLine("The Tea Bldg")
                        .city("London")
                        .postCode("E1 6JJ")
                        .build())
                .lifetimeLimit(100)
                .cardHolderProfileId(654321)
                .replacementDetails(
                        ReplacementDetails.of("4a75fdb7-5791-49ac-832c-81c4347e4df0", ReplacementReason.CARD_DAMAGED))
                .build();
    }
}
