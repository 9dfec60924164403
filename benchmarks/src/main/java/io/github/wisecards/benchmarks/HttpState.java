package io.github.wisecards.benchmarks;

import io.github.wisecards.benchmarks.fixture.Fixtures;
import io.github.wisecards.benchmarks.fixture.HttpSettings;
import io.github.wisecards.benchmarks.fixture.LoopbackServer;
import io.github.wisecards.benchmarks.fixture.SdkClients;
import io.github.wisecards.benchmarks.raw.RawCardOrderApi;
import io.github.wisecards.cards.CardsClient;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The HTTP cases' shared state: one loopback server listing 10,000 card orders in pages of 100, one
 * OkHttp client, the raw API over it and an SDK client given the same OkHttp client.
 */
@State(Scope.Benchmark)
public class HttpState {
    /** Orders the list endpoint holds. */
    public static final int TOTAL_ORDERS = 10_000;

    /** Orders per page in the paging case. */
    public static final int PAGE_SIZE = 100;

    LoopbackServer server;
    OkHttpClient http;
    RawCardOrderApi raw;
    CardsClient sdk;

    /** Starts the server and builds both clients. */
    @Setup(Level.Trial)
    public void start() {
        server = LoopbackServer.start(TOTAL_ORDERS, PAGE_SIZE);
        http = HttpSettings.newClient();
        raw = new RawCardOrderApi(http, server.baseUrl(), Fixtures.PROFILE_ID, Fixtures.ACCESS_TOKEN);
        sdk = SdkClients.cards(http, server.baseUrl());
    }

    /** Drops the requests the server recorded, so they do not pile up in the heap. */
    @TearDown(Level.Iteration)
    public void drain() {
        server.drainRecorded();
    }

    /** Closes both clients and the server. */
    @TearDown(Level.Trial)
    public void stop() {
        sdk.close();
        HttpSettings.shutdown(http);
        server.close();
    }
}
