package io.github.wisecards.benchmarks;

import io.github.wisecards.benchmarks.fixture.Fixtures;
import io.github.wisecards.benchmarks.fixture.SdkClients;
import io.github.wisecards.benchmarks.raw.RawCardOrder;
import io.github.wisecards.benchmarks.raw.RawCardOrderApi;
import io.github.wisecards.benchmarks.raw.RawCardOrderCreateRequest;
import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.cards.model.CardOrder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cases 8a and 8b: the CPU a retrieve and a create cost on the calling thread with the network
 * stubbed out. One OkHttp client whose interceptor answers every call at once with the canned card
 * order (no socket, no server thread) serves both sides, so what is left is each side's own work:
 * for the SDK the request building, deadline and retry bookkeeping, headers, body writing, reading
 * the body and decoding the typed model; for the raw side the same call written with OkHttp and
 * Jackson. Loopback noise does not reach these cases, which makes them the steadiest measure of
 * the SDK's fixed per-call cost.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class StubbedCallBenchmark {
    /** The base URL both sides call; no request leaves the interceptor. */
    static final String BASE_URL = "http://api.stub";

    private static final MediaType JSON = MediaType.get("application/json");

    private OkHttpClient stubbed;
    private RawCardOrderApi raw;
    private CardsClient sdk;

    /** Builds the stubbed client and both sides over it. */
    @Setup
    public void start() {
        byte[] cardOrder = Fixtures.cardOrder().getBytes(StandardCharsets.UTF_8);
        stubbed = new OkHttpClient.Builder()
                .addInterceptor(chain -> answer(chain, cardOrder))
                .build();
        raw = new RawCardOrderApi(stubbed, BASE_URL, Fixtures.PROFILE_ID, Fixtures.ACCESS_TOKEN);
        sdk = SdkClients.cards(stubbed, BASE_URL);
    }

    /** Closes the SDK client. */
    @TearDown
    public void stop() {
        sdk.close();
    }

    /** SDK retrieve, network stubbed. */
    @Benchmark
    public CardOrder sdkRetrieve() {
        return sdk.cardOrders().retrieve(Fixtures.PROFILE_ID, Fixtures.CARD_ORDER_ID);
    }

    /** Raw retrieve, network stubbed. */
    @Benchmark
    public RawCardOrder rawRetrieve() throws IOException {
        return raw.retrieve(Fixtures.CARD_ORDER_ID);
    }

    /** SDK create (params built and validated, idempotency key, JSON body), network stubbed. */
    @Benchmark
    public CardOrder sdkCreate() {
        return sdk.cardOrders().create(Fixtures.PROFILE_ID, CreateBenchmark.params());
    }

    /** Raw create (POJO built, random UUID header, JSON body), network stubbed. */
    @Benchmark
    public RawCardOrder rawCreate() throws IOException {
        return raw.create(RawCardOrderCreateRequest.sample());
    }

    /** Answers every call with the card order, as the loopback server would. */
    private static Response answer(Interceptor.Chain chain, byte[] cardOrder) throws IOException {
        Request request = chain.request();
        if (request.body() != null) {
            request.body().writeTo(new okio.Buffer()); // the body is written, as a socket would be
        }
        return new Response.Builder()
                .request(request)
                .protocol(Protocol.HTTP_1_1)
                .code(200)
                .message("OK")
                .header("Content-Type", "application/json")
                .body(ResponseBody.create(cardOrder, JSON))
                .build();
    }
}
